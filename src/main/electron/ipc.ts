import { type BrowserWindow, ipcMain } from 'electron';
import { EVENT_NAMES, METHOD_NAMES } from '../../shared/contract';
import type { Err, Result } from '../../shared/result';
import type { Core } from '../core/createCore';
import { eventChannel } from './channels';
import { isTrustedSender } from './security';

export const UNTRUSTED_SENDER: Err = {
  ok: false,
  error: { code: 'invalid_input', message: 'Untrusted sender' },
};

/**
 * One `ipcMain.handle` per contract method, each a straight call into the core (which validates
 * the input), and every core event forwarded to the window. Returns a function that undoes both.
 */
export function bindIpc(
  core: Core,
  getWindow: () => BrowserWindow | null,
  devServerOrigin: string | null,
): () => void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(name, (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame, devServerOrigin)) return Promise.resolve(UNTRUSTED_SENDER);
      return core.call(name, input);
    });
  }
  const unsubscribes = EVENT_NAMES.map((name) =>
    core.on(name, (payload) => {
      const window = getWindow();
      if (window && !window.isDestroyed()) window.webContents.send(eventChannel(name), payload);
    }),
  );
  return () => {
    for (const name of METHOD_NAMES) ipcMain.removeHandler(name);
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
