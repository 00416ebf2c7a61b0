import { join } from 'node:path';
import { app, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../api/operations';
import { pickUiLanguage, type UiLanguage } from '../../domain/languages';
import { parseCommandLine } from '../../backend/command-line';
import { createDispatcher } from '../../backend/dispatch';
import { DATABASE_FILE_NAME } from '../../backend/open-atlas';
import { openWorkspace, type Workspace } from '../../backend/workspace';
import { startupErrorFrom } from '../../backend/startup-error';
import { readSettings } from '../../db/queries/user-state';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { exportBriefingPdf } from './pdf-export';
import { createPresentingController } from './presenting';
import { blockNetworkRequests, denyPermissions, hardenWebContents } from './security';
import { showStartupError } from './startup-error-dialog';
import { createMainWindow } from './window';

/**
 * The main process: owns the database, serves the renderer, answers the contract's
 * operations over IPC. Everything else lives in the small modules beside this file.
 */

let atlas: Workspace | null = null;
let mainWindow: BrowserWindow | null = null;

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function applyMenu(language: UiLanguage): void {
  const template = buildMenuTemplate(language, { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, send: sendMenuCommand });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  const options = parseCommandLine(process.argv);
  const appPath = app.getAppPath();
  const nativeBinding = electronNativeBinding(appPath, app.isPackaged);
  const dataDirectory = options.dataDirectory ?? app.getPath('userData');
  const preloadPath = join(__dirname, 'preload.cjs');
  const systemLanguage = pickUiLanguage(app.getPreferredSystemLanguages());
  try {
    atlas = openWorkspace(
      {
        dataDirectory,
        bundledDatasetPath: join(appPath, 'assets', 'dataset', 'alliance-atlas.json'),
        requestedDatasetPath: options.datasetPath,
        systemLanguage,
        ...(nativeBinding ? { nativeBinding } : {}),
      },
      {
        hooks: {
          onSettingsChanged: (settings) => applyMenu(settings.uiLanguage ?? 'en'),
          setPresenting: createPresentingController(() => mainWindow, preloadPath),
          exportPdf: (request) => exportBriefingPdf(request, mainWindow, preloadPath),
          importWorkerFile: join(__dirname, 'import-worker.cjs'),
        },
        onBackupError: (error) => console.error('A backup failed:', error),
      },
    );
  } catch (error) {
    // The database holds the chosen language, so before it opens the system's language is all there is.
    await showStartupError(startupErrorFrom(error, { dataDirectory, databaseFile: join(dataDirectory, DATABASE_FILE_NAME) }), systemLanguage);
    app.exit(1);
    return;
  }

  denyPermissions(session.defaultSession);
  blockNetworkRequests(session.defaultSession);
  serveRenderer(join(appPath, 'dist', 'renderer'));
  registerIpcHandlers(ipcMain, createDispatcher(atlas.handlers));

  const language = readSettings(atlas.session().db).uiLanguage ?? systemLanguage;
  applyMenu(language);
  mainWindow = createMainWindow(preloadPath, 'Alliance Atlas');
  mainWindow.on('closed', () => (mainWindow = null));
}

registerAppScheme();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    atlas?.close();
  });
  void app.whenReady().then(start);
}
