import { BrowserWindow } from 'electron';
import { APP_ORIGIN, LOCKED_DOWN_WEB_PREFERENCES } from './security';

export function createMainWindow(preloadPath: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title,
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: { ...LOCKED_DOWN_WEB_PREFERENCES, preload: preloadPath },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
