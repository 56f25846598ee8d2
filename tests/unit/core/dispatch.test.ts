import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src/main/core/api/dispatch';
import type { HandlerTable } from '../../../src/main/core/api/handlers';
import { AppFailure } from '../../../src/main/core/errors';
import { DEFAULT_SETTINGS } from '../../../src/shared/schemas/settings';

function table(overrides: Partial<Record<string, (input: never) => unknown>>): HandlerTable {
  return overrides as unknown as HandlerTable;
}

const info = {
  version: '1',
  host: 'web',
  dataDir: '/tmp/x',
  today: '2026-11-25',
  now: '2026-11-25T10:00:00.000Z',
  catalogVersion: 1,
  capabilities: { printToPdf: false, nativeNotifications: false },
};

describe('dispatch', () => {
  it('rejects an unknown method as not_found naming it', async () => {
    const result = await dispatch(table({}), 'catalog:explode', {}, { validateOutputs: true });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown method "catalog:explode"', details: { method: 'catalog:explode' } } });
  });

  it('rejects invalid input before the handler runs, naming the field', async () => {
    const handler = vi.fn();
    const result = await dispatch(table({ 'tracks:create': handler }), 'tracks:create', { certificationId: 42 }, { validateOutputs: true });
    expect(handler).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toBe('certificationId: Must be text');
      expect(result.error.details?.issues).toEqual([{ path: 'certificationId', message: 'Must be text' }]);
    }
  });

  it('rejects unknown fields so typos do not pass silently', async () => {
    const result = await dispatch(table({ 'tracks:get': vi.fn() }), 'tracks:get', { id: 'x', idd: 'y' }, { validateOutputs: true });
    expect(result.ok ? null : result.error.message).toBe('Unknown field: idd');
  });

  it('passes an AppFailure through as its code and message', async () => {
    const result = await dispatch(
      table({ 'tracks:get': () => { throw new AppFailure('conflict', 'Already tracked'); } }),
      'tracks:get',
      { id: 'x' },
      { validateOutputs: false },
    );
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: 'Already tracked' } });
  });

  it('turns an unexpected exception into internal without leaking it', async () => {
    const log = vi.fn();
    const result = await dispatch(table({ 'tracks:get': () => { throw new TypeError('secret stack'); } }), 'tracks:get', { id: 'x' }, { validateOutputs: false, log });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toMatch(/secret/);
    }
    expect(log).toHaveBeenCalled();
  });

  it('maps SQLite errors to storage', async () => {
    const sqlite = Object.assign(new Error('disk I/O error'), { name: 'SqliteError', code: 'SQLITE_IOERR' });
    const result = await dispatch(table({ 'tracks:get': () => { throw sqlite; } }), 'tracks:get', { id: 'x' }, { validateOutputs: false });
    expect(result.ok ? null : result.error.code).toBe('storage');
  });

  it('catches output drift in validating mode', async () => {
    const result = await dispatch(table({ 'app:info': () => ({ ...info, today: 'not a date' }) }), 'app:info', {}, { validateOutputs: true, log: () => undefined });
    expect(result.ok ? null : result.error.code).toBe('internal');
  });

  it('announces mutations by area, not reads', async () => {
    const onMutation = vi.fn();
    await dispatch(table({ 'app:info': () => info }), 'app:info', {}, { validateOutputs: true, onMutation });
    expect(onMutation).not.toHaveBeenCalled();
    await dispatch(table({ 'settings:update': () => ({ ...DEFAULT_SETTINGS, theme: 'dark' }) }), 'settings:update', { patch: { theme: 'dark' } }, { validateOutputs: true, onMutation });
    expect(onMutation).toHaveBeenCalledWith('settings', 'settings:update');
  });
});
