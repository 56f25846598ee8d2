import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES } from '../../../src/shared/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, data: { channel, input } })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

await import('../../../src/main/electron/preload');
const exposed = electron.contextBridge.exposeInMainWorld.mock.calls;
const api = exposed[0]?.[1] as Record<string, unknown> & {
  on: (event: string, callback: (payload: unknown) => void) => () => void;
};

beforeEach(() => {
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

describe('preload', () => {
  it('exposes one object, window.certplan', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('certplan');
  });

  it('has exactly the contract methods plus on, all functions', () => {
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    for (const forbidden of ['invoke', 'send', 'ipcRenderer', 'process', 'env', 'require']) {
      expect(api).not.toHaveProperty(forbidden);
    }
  });

  it('invokes the channel named after each method with the input', async () => {
    for (const name of METHOD_NAMES) {
      const call = api[name] as (input: unknown) => Promise<unknown>;
      await expect(call({ probe: name })).resolves.toEqual({ ok: true, data: { channel: name, input: { probe: name } } });
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('subscribes to known events and passes only the payload', () => {
    const callback = vi.fn();
    const unsubscribe = api.on('data:changed', callback);
    const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as [string, (...args: unknown[]) => void];
    expect(channel).toBe('event:data:changed');
    listener({ sender: electron.ipcRenderer, senderId: 0 }, { areas: ['tracks'] });
    expect(callback).toHaveBeenCalledWith({ areas: ['tracks'] });
    expect(callback.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('event:data:changed', listener);
  });

  it('covers every contract event', () => {
    for (const name of EVENT_NAMES) expect(() => api.on(name, () => undefined)()).not.toThrow();
  });

  it.each(['reminders:nope', 'catalog:list', 'event:data:changed', '__proto__', ''])(
    'rejects the unknown event %s',
    (name) => {
      expect(() => api.on(name, () => undefined)).toThrow(TypeError);
      expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    },
  );

  it('rejects a callback that is not a function', () => {
    expect(() => api.on('data:changed', 'nope' as unknown as () => void)).toThrow(TypeError);
  });
});
