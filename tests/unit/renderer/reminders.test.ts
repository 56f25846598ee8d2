import { describe, expect, it, vi } from 'vitest';
import type { CertplanApi } from '../../../src/shared/contract';
import type { ReminderList } from '../../../src/shared/schemas/reminders';
import { createReminderStore } from '../../../src/renderer/stores/createReminderStore';
import { parseLeadDays } from '../../../src/renderer/views/settings/leadDays';

const list = (due: number): ReminderList => ({ due: Array.from({ length: due }, () => ({}) as ReminderList['due'][number]), snoozed: [], upcoming: [], handled: [] });

describe('reminder store', () => {
  it('lets only the newest of overlapping loads land (a delivery announces itself twice)', async () => {
    let resolveFirst: (v: unknown) => void = () => undefined;
    const load = vi
      .fn()
      .mockImplementationOnce(() => new Promise((r) => (resolveFirst = r)))
      .mockResolvedValueOnce({ ok: true, data: list(2) });
    const store = createReminderStore({ 'reminders:list': load } as unknown as CertplanApi);
    const first = store.getState().load();
    await store.getState().load();
    resolveFirst({ ok: true, data: list(1) });
    await first;
    expect(store.getState().list.data?.due).toHaveLength(2);
  });

  it('keeps the last list when a load fails', async () => {
    const load = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, data: list(1) })
      .mockResolvedValueOnce({ ok: false, error: { code: 'storage', message: 'down' } });
    const store = createReminderStore({ 'reminders:list': load } as unknown as CertplanApi);
    await store.getState().load();
    await store.getState().load();
    expect(store.getState().list).toMatchObject({ status: 'error', data: { due: [{}] } });
  });

  it('asks for a first page of the upcoming reminders, not all of them', async () => {
    const load = vi.fn().mockResolvedValue({ ok: true, data: list(0) });
    await createReminderStore({ 'reminders:list': load } as unknown as CertplanApi).getState().load();
    expect(load).toHaveBeenCalledWith({ limit: 20 });
  });
});

describe('parseLeadDays', () => {
  it.each([
    ['180, 90, 30, 7', { ok: true, days: [180, 90, 30, 7] }],
    ['7 30', { ok: true, days: [30, 7] }],
    ['', { ok: true, days: [] }],
    ['0', { ok: true, days: [0] }],
    ['30, thirty', { ok: false, message: '“thirty” is not a whole number of days from 0 to 730' }],
    ['1.5', { ok: false, message: '“1.5” is not a whole number of days from 0 to 730' }],
    ['800', { ok: false, message: '“800” is not a whole number of days from 0 to 730' }],
    ['7, 7', { ok: false, message: '7 appears twice' }],
    ['1,2,3,4,5,6,7', { ok: false, message: 'At most 6 reminders for one date' }],
  ])('%j', (text, expected) => {
    expect(parseLeadDays(text)).toEqual(expected);
  });
});
