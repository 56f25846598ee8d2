import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registered } from './registered';
import { EVENT_NAMES, METHOD_NAMES } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/result';
import type { Core } from '../../../src/main/core/createCore';

type Handler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<Result<unknown>>;

const handlers = vi.hoisted(() => new Map<string, unknown>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: unknown) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { bindIpc, UNTRUSTED_SENDER } = await import('../../../src/main/electron/ipc');

function setUp() {
  handlers.clear();
  const listeners = new Map<string, (payload: unknown) => void>();
  const core = {
    call: vi.fn((method: string, input: unknown) => Promise.resolve({ ok: true, data: { method, input } })),
    on: vi.fn((event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    }),
  };
  const send = vi.fn();
  const window = { isDestroyed: vi.fn(() => false), webContents: { send } };
  let current: typeof window | null = window;
  const unbind = bindIpc(
    core as unknown as Core,
    () => current as unknown as BrowserWindow | null,
    null,
  );
  return { handlers: handlers as Map<string, Handler>, listeners, core, send, window, unbind, closeWindow: () => (current = null) };
}

describe('bindIpc', () => {
  it('handles exactly the contract methods', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('passes a trusted call straight to the core', async () => {
    const { handlers, core } = setUp();
    const result = await registered(handlers.get('app:info'), 'app:info')({ senderFrame: { url: 'app://certplan/index.html' } }, {});
    expect(core.call).toHaveBeenCalledWith('app:info', {});
    expect(result).toEqual({ ok: true, data: { method: 'app:info', input: {} } });
  });

  it('refuses untrusted senders without calling the core', async () => {
    const { handlers, core } = setUp();
    for (const senderFrame of [null, { url: 'https://example.com/' }, { url: 'file:///etc/passwd' }]) {
      expect(await registered(handlers.get('app:info'), 'app:info')({ senderFrame }, {})).toEqual(UNTRUSTED_SENDER);
    }
    expect(UNTRUSTED_SENDER.error).toEqual({ code: 'invalid_input', message: 'Untrusted sender' });
    expect(core.call).not.toHaveBeenCalled();
  });

  it('forwards every core event to the window as event:<name>', () => {
    const { listeners, send } = setUp();
    expect([...listeners.keys()].sort()).toEqual([...EVENT_NAMES].sort());
    registered(listeners.get('data:changed'), 'data:changed')({ areas: ['tracks'] });
    expect(send).toHaveBeenCalledWith('event:data:changed', { areas: ['tracks'] });
  });

  it('drops events while there is no window', () => {
    const { listeners, send, window, closeWindow } = setUp();
    window.isDestroyed.mockReturnValue(true);
    registered(listeners.get('data:changed'), 'data:changed')({ areas: ['tracks'] });
    closeWindow();
    registered(listeners.get('data:changed'), 'data:changed')({ areas: ['tracks'] });
    expect(send).not.toHaveBeenCalled();
  });

  it('unbinds handlers and listeners', () => {
    const { handlers, listeners, unbind } = setUp();
    unbind();
    expect(handlers.size).toBe(0);
    expect(listeners.size).toBe(0);
  });
});
