import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, OPERATION_NAMES } from '../../api/operations';
import { fail } from '../../api/result';
import type { Dispatch } from '../../backend/dispatch';
import { isTrustedSender } from './security';

/**
 * One invoke handler per operation of the contract. A call from any frame that is not the
 * app's own page is refused before its arguments are looked at.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const operation of OPERATION_NAMES) {
    ipcMain.handle(channelOf(operation), (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, args: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('forbidden', `${operation} may only be called by the Alliance Atlas window.`);
      }
      return dispatch(operation, args);
    });
  }
}
