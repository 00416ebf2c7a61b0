import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { dialog, shell } from 'electron';
import { uiText } from '../../backend/messages';
import type { StartupError } from '../../backend/startup-error';
import type { UiLanguage } from '../../domain/languages';

/** The data folder, or the closest folder above it that exists, for the file manager to open. */
export function nearestExistingFolder(path: string): string {
  let folder = path;
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * Says why the app cannot start, in the system's language, with the data folder's path and a
 * button that opens it in the file manager, where most of these problems are solved.
 */
export async function showStartupError(error: StartupError, language: UiLanguage): Promise<void> {
  const openFolder = 0;
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: uiText('startup.title', language),
    message: uiText('startup.title', language),
    detail: error.inLanguage(language),
    buttons: [uiText('startup.openDataFolder', language), uiText('startup.quit', language)],
    defaultId: openFolder,
    cancelId: 1,
    noLink: true,
  });
  if (choice === openFolder) await shell.openPath(nearestExistingFolder(error.dataDirectory));
}
