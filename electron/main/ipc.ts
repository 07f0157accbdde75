// Binds every channel of the contract to ipcMain through one guard: trusted sender, then dispatch().
import { ipcMain } from 'electron';

import { CHANNELS } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { ErrorLog } from '../../shared/ipc/dispatch';
import { err } from '../../shared/ipc/result';

import { isTrustedSender } from './policy';

export function bindIpc(handlers: Handlers, log: ErrorLog): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, raw: unknown) => {
      const frame = event.senderFrame;
      // Only the top frame of our own page, loaded from app://bundle, may call (docs/reliability.md §3.5 items 17, 20).
      const trusted = isTrustedSender(
        frame ? { url: frame.url, isTopFrame: frame.parent === null } : null,
      );
      if (!trusted) {
        return err('UNAUTHORISED', 'That request came from outside the app and was refused.');
      }
      return dispatch(channel, raw, handlers, log);
    });
  }
}
