import { BrowserWindow, screen, type Rectangle } from 'electron';
import type { PresentingResult } from '../../api/types';
import { presentationDisplays } from './presentation-displays';
import { APP_ORIGIN, LOCKED_DOWN_WEB_PREFERENCES } from './security';

/**
 * Arranges the windows for presenting: the main window full screen (on the projector when one
 * is attached) and, with two displays, a presenter window on the laptop showing the current
 * and next scene with notes. Both are the same app page; they keep in step themselves.
 */
export function createPresentingController(mainWindow: () => BrowserWindow | null, preloadPath: string): (presenting: boolean) => PresentingResult {
  let presenterWindow: BrowserWindow | null = null;
  let boundsBefore: Rectangle | null = null;

  return (presenting) => {
    const main = mainWindow();
    if (!main) return { presenterWindow: false };
    if (!presenting) {
      presenterWindow?.close();
      presenterWindow = null;
      main.setFullScreen(false);
      if (boundsBefore) main.setBounds(boundsBefore);
      boundsBefore = null;
      return { presenterWindow: false };
    }
    boundsBefore = main.getBounds();
    const displays = presentationDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
    if (!displays) {
      main.setFullScreen(true);
      return { presenterWindow: false };
    }
    main.setBounds(displays.audience.bounds);
    main.setFullScreen(true);
    presenterWindow = new BrowserWindow({
      ...displays.presenter.workArea,
      title: 'Alliance Atlas — presenter',
      backgroundColor: '#111827',
      webPreferences: { ...LOCKED_DOWN_WEB_PREFERENCES, preload: preloadPath },
    });
    presenterWindow.on('closed', () => (presenterWindow = null));
    void presenterWindow.loadURL(`${APP_ORIGIN}/index.html#presenter`);
    return { presenterWindow: true };
  };
}
