import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import { pmpTrack } from './preparationCases';

/**
 * The page arguments of `sessions:list` and `reminders:list` (issue 10): pages follow one another
 * without gaps or repeats, the last says so, and each bad page argument is refused naming its
 * field while the stored list stays as it was. Used by those methods' good cases.
 */

interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; details?: { issues?: { path: string }[] } };
}

async function call<T>(host: WebHost, method: string, input: unknown): Promise<Answer<T>> {
  const { status, body } = await host.call<T>(method, input);
  expect(status).toBe(200);
  return body as Answer<T>;
}

interface Paged {
  page?: { total: number; nextBefore: string | null };
}

/** Every bad page argument names its field and changes nothing. */
async function expectBadPagesRefused(host: WebHost, method: string, base: Record<string, unknown>, whole: () => Promise<unknown>, cursorOfOther: string): Promise<void> {
  const before = await whole();
  const bad: [Record<string, unknown>, string][] = [
    [{ limit: 0 }, 'limit'],
    [{ limit: 5000 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ limit: '10' }, 'limit'],
    [{ before: '' }, 'before'],
    [{ before: 42 }, 'before'],
    [{ before: 'no-such-row' }, 'before'],
    [{ before: cursorOfOther }, 'before'],
    [{ limit: 10, after: 'x' }, ''],
  ];
  for (const [extra, field] of bad) {
    const answer = await call(host, method, { ...base, ...extra });
    expect(answer.ok, JSON.stringify(extra)).toBe(false);
    expect(answer.error?.code).toBe('invalid_input');
    expect(answer.error?.details?.issues?.map((i) => i.path), JSON.stringify(extra)).toContain(field);
  }
  expect(await whole()).toEqual(before);
}

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const answer = await call<T>(host, method, input);
  if (!answer.ok || answer.data === undefined) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

/** Seven sessions on a fresh track (two on one day), read in pages of three. */
export async function checkSessionPages(host: WebHost, trackId: string, otherTrackId: string): Promise<void> {
  const days = ['2026-11-24', '2026-11-24', '2026-11-20', '2026-11-18', '2026-11-10', '2026-10-01', '2026-09-30'];
  for (const date of days) await ok(host, 'sessions:add', { trackId, date, minutes: 30 });
  const other = await ok<{ id: string }>(host, 'sessions:add', { trackId: otherTrackId, date: '2026-11-24', minutes: 30 });
  type List = { sessions: { id: string; date: string }[]; timer: unknown } & Paged;
  const whole = await ok<List>(host, 'sessions:list', { trackId });
  expect(whole.page).toBeUndefined();
  expect(whole.sessions).toHaveLength(days.length);

  const seen: string[] = [];
  let before: string | undefined;
  for (let pages = 0; pages < 5; pages++) {
    const page = await ok<List>(host, 'sessions:list', { trackId, limit: 3, ...(before ? { before } : {}) });
    expect(page.page?.total).toBe(days.length);
    seen.push(...page.sessions.map((s) => s.id));
    if (page.page?.nextBefore === null) break;
    expect(page.sessions).toHaveLength(3);
    before = page.page?.nextBefore;
  }
  expect(seen).toEqual(whole.sessions.map((s) => s.id));
  // `before` alone asks for a page of the default size.
  const rest = await ok<List>(host, 'sessions:list', { trackId, before: whole.sessions[0]?.id });
  expect(rest.sessions.map((s) => s.id)).toEqual(whole.sessions.slice(1).map((s) => s.id));

  await expectBadPagesRefused(host, 'sessions:list', { trackId }, () => ok(host, 'sessions:list', { trackId }), other.id);
}

/** The upcoming reminders (here: a plan's study days) in pages, the short parts whole on each page. */
export async function checkReminderPages(host: WebHost): Promise<void> {
  type List = { due: { id: string }[]; snoozed: unknown[]; upcoming: { id: string }[]; handled: unknown[] } & Paged;
  const trackId = await pmpTrack(host);
  await ok(host, 'prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 7200, availability: [60, 60, 60, 60, 60, 240, 120] });
  const whole = await ok<List>(host, 'reminders:list', {});
  expect(whole.page).toBeUndefined();
  expect(whole.upcoming.length).toBeGreaterThan(40);
  const seen: string[] = [];
  let before: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await ok<List>(host, 'reminders:list', { limit: 25, ...(before ? { before } : {}) });
    expect(page.page?.total).toBe(whole.upcoming.length);
    expect(page.due).toEqual(whole.due);
    seen.push(...page.upcoming.map((r) => r.id));
    if (page.page?.nextBefore === null) break;
    before = page.page?.nextBefore;
  }
  expect(seen).toEqual(whole.upcoming.map((r) => r.id));
  // A due reminder is not a place in the upcoming list.
  const notUpcoming = whole.due[0]?.id ?? 'not-upcoming';
  await expectBadPagesRefused(host, 'reminders:list', {}, () => ok(host, 'reminders:list', {}), notUpcoming);
}
