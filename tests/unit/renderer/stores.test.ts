import { describe, expect, it, vi } from 'vitest';
import type { CertplanApi } from '../../../src/shared/contract';
import type { CatalogList } from '../../../src/shared/contract/catalog';
import { takeTokenFromLocation } from '../../../src/renderer/api/createHttpClient';
import { createCatalogStore } from '../../../src/renderer/stores/createCatalogStore';
import { createDashboardStore } from '../../../src/renderer/stores/createDashboardStore';
import { createNoticeStore } from '../../../src/renderer/stores/createNoticeStore';
import { createSettingsStore } from '../../../src/renderer/stores/createSettingsStore';

const emptyList = (n: number): CatalogList => ({ items: [], bodies: [], levels: [], total: n });

function fakeApi(overrides: Partial<Record<keyof CertplanApi, unknown>>): CertplanApi {
  return overrides as unknown as CertplanApi;
}

describe('catalog store', () => {
  it('sends only the filters that are set and keeps them', async () => {
    const list = vi.fn().mockResolvedValue({ ok: true, data: emptyList(3) });
    const store = createCatalogStore(fakeApi({ 'catalog:list': list }));
    await store.getState().setFilter({ query: '  pmp ', level: 'professional' });
    expect(list).toHaveBeenLastCalledWith({ query: 'pmp', level: 'professional' });
    expect(store.getState().filter.query).toBe('  pmp ');
    expect(store.getState().list.status).toBe('ready');
  });

  it('lets only the newest of overlapping searches land', async () => {
    let resolveFirst: (v: unknown) => void = () => undefined;
    const list = vi
      .fn()
      .mockImplementationOnce(() => new Promise((r) => (resolveFirst = r)))
      .mockResolvedValueOnce({ ok: true, data: emptyList(2) });
    const store = createCatalogStore(fakeApi({ 'catalog:list': list }));
    const first = store.getState().setFilter({ query: 'p' });
    await store.getState().setFilter({ query: 'pm' });
    resolveFirst({ ok: true, data: emptyList(1) });
    await first;
    expect(store.getState().list.data?.total).toBe(2);
  });

  it('keeps the previous list when a search fails', async () => {
    const list = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, data: emptyList(5) })
      .mockResolvedValueOnce({ ok: false, error: { code: 'storage', message: 'down' } });
    const store = createCatalogStore(fakeApi({ 'catalog:list': list }));
    await store.getState().load();
    await store.getState().load();
    const state = store.getState().list;
    expect(state.status).toBe('error');
    expect(state.data?.total).toBe(5);
  });
});

describe('settings store', () => {
  it('reports failure and keeps the old settings', async () => {
    const store = createSettingsStore(
      fakeApi({
        'settings:get': vi.fn().mockResolvedValue({ ok: true, data: { theme: 'dark' } }),
        'settings:update': vi.fn().mockResolvedValue({ ok: false, error: { code: 'storage', message: 'disk full' } }),
      }),
    );
    await store.getState().load();
    expect(await store.getState().update({ theme: 'light' })).toBe(false);
    expect(store.getState().settings.theme).toBe('dark');
    expect(store.getState().error?.message).toBe('disk full');
  });

  it('shows a change at once, before the core answers', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const store = createSettingsStore(fakeApi({ 'settings:update': vi.fn(() => new Promise((r) => (answer = r))) }));
    const pending = store.getState().update({ notifications: false });
    expect(store.getState().settings.notifications).toBe(false);
    answer({ ok: true, data: { ...store.getState().settings, notifications: false } });
    expect(await pending).toBe(true);
  });
});

describe('notice store', () => {
  it('keeps errors until dismissed and times out the rest', () => {
    vi.useFakeTimers();
    const store = createNoticeStore();
    store.getState().show({ kind: 'success', message: 'Saved' });
    const errorId = store.getState().show({ kind: 'error', message: 'Broken' });
    vi.advanceTimersByTime(60_000);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['Broken']);
    store.getState().dismiss(errorId);
    expect(store.getState().notices).toEqual([]);
    vi.useRealTimers();
  });
});

describe('web token hand-off', () => {
  it('moves the token from the URL fragment into session storage and clears the fragment', () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) } as Storage;
    const replaceState = vi.fn();
    const token = takeTokenFromLocation({ hash: '#token=abc_DEF-123', pathname: '/', search: '' } as Location, storage, { replaceState } as unknown as History);
    expect(token).toBe('abc_DEF-123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
    // A reload (no fragment) finds it again in this tab's storage.
    expect(takeTokenFromLocation({ hash: '', pathname: '/', search: '' } as Location, storage, { replaceState } as unknown as History)).toBe('abc_DEF-123');
  });
});

describe('dashboard store', () => {
  it('keeps the last answer for a while, until the core announces any change', () => {
    let announce: (payload: { areas: string[] }) => void = () => undefined;
    const on = vi.fn((_event: string, listener: (payload: { areas: string[] }) => void) => {
      announce = listener;
      return () => undefined;
    });
    const store = createDashboardStore(fakeApi({ on }));
    const answer = { today: '2026-11-25', tracks: [], credentials: [], reminders: { dueCount: 0, next: [] }, studyHours: [] };
    store.getState().keep(answer, 1_000);
    expect(store.getState().recent(60_000, 30_000)).toBe(answer);
    expect(store.getState().recent(60_000, 61_000)).toBeNull();
    announce({ areas: ['settings'] });
    expect(store.getState().recent(60_000, 1_001)).toBeNull();
    expect(store.getState().changes).toBe(1);
    store.getState().keep(answer, 2_000);
    expect(on).toHaveBeenCalledTimes(1);
    expect(store.getState().recent(60_000, 2_001)).toBe(answer);
  });
});
