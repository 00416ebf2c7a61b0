import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, MENU_COMMAND_CHANNEL, OPERATION_NAMES } from '../../api/operations';

/**
 * Exposes one method per operation of the contract as window.atlas, and a subscription to
 * native-menu commands. ipcRenderer itself never reaches the page.
 */
const operations = Object.fromEntries(
  OPERATION_NAMES.map((operation) => [operation, (args: unknown) => ipcRenderer.invoke(channelOf(operation), args)]),
);

contextBridge.exposeInMainWorld('atlas', {
  ...operations,
  onMenuCommand(listener: (command: unknown) => void): () => void {
    const forward = (_event: unknown, command: unknown) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
});
