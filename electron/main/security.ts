import type { Session, WebContents, WebFrameMain, WebPreferences } from 'electron';

/**
 * Electron's security checklist, applied to every window and session. The decisions are
 * pure functions so they can be unit-tested without an Electron binary.
 */

export const APP_ORIGIN = 'app://atlas';

/** The renderer is an ordinary sandboxed web page; the preload's bridge is its only way out. */
export const LOCKED_DOWN_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
} as const satisfies WebPreferences;


/** Only the app's own pages, served from app://atlas/, may call into the main process. */
export function isTrustedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'atlas';
  } catch {
    return false;
  }
}

export function isTrustedSender(frame: Pick<WebFrameMain, 'url'> | null | undefined): boolean {
  return isTrustedUrl(frame?.url);
}

/** Nothing may navigate, redirect, open windows or attach webviews: the app is one page. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Cameras, notifications, geolocation, clipboard reads…: all refused. The one exception is
 * writing to the clipboard, which the "Copy address" buttons of the sources list need.
 */
export function isPermissionGranted(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}

/** Offline means offline: any request to the network is cancelled before it leaves. */
export function blockNetworkRequests(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
}
