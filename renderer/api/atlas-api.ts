import type { AtlasApi } from '../../api/contract';
import { MENU_COMMANDS, type MenuCommand } from '../../api/operations';
import { createHttpApi } from './http-transport';

/** What Electron's preload exposes as window.atlas: the operations plus native-menu commands. */
interface DesktopBridge extends AtlasApi {
  onMenuCommand(listener: (command: unknown) => void): () => void;
}

declare global {
  interface Window {
    atlas?: DesktopBridge;
  }
}

/** The renderer's single way to reach the main process: Electron IPC on the desktop, HTTP in the preview. */
export const api: AtlasApi = window.atlas ?? createHttpApi();

export const isDesktop = window.atlas !== undefined;

/** Subscribes to the native menu (desktop only); commands outside the known list are ignored. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  if (!window.atlas) return () => undefined;
  return window.atlas.onMenuCommand((command) => {
    if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
  });
}
