import { type CertplanApi, EVENT_NAMES, type EventName, METHOD_NAMES } from '../../shared/contract';
import { eventChannel } from './channels';

/** The slice of ipcRenderer the preload uses; kept narrow so nothing else can leak through. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.certplan`: exactly one function per contract method plus `on`. No raw IPC, no
 * generic invoke, no process or environment. The core validates every input, so the functions
 * pass it through untouched.
 */
export function createPreloadApi(ipc: PreloadIpc): CertplanApi {
  const api: Record<string, unknown> = {};
  for (const name of METHOD_NAMES) {
    api[name] = (input: unknown): Promise<unknown> => ipc.invoke(name, input);
  }
  api.on = (event: string, callback: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new TypeError(`Unknown event "${String(event)}"`);
    if (typeof callback !== 'function') throw new TypeError('on(event, callback): callback must be a function');
    const channel = eventChannel(event);
    // Hand over only the payload: the IpcRendererEvent carries `sender`, i.e. ipcRenderer itself.
    const listener = (_event: unknown, payload: unknown): void => callback(payload);
    ipc.on(channel, listener);
    return () => {
      ipc.removeListener(channel, listener);
    };
  };
  return Object.freeze(api) as unknown as CertplanApi;
}

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
