import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore';
import { callOk, testCore } from '../../support/core';

/** Public holidays and moved sessions through the core's edge (issue 11). */

let core: Core;
afterEach(() => core.close());

// Today is Wed 2026-11-25 (pinned); Thanksgiving is Thu 2026-11-26, Christmas Fri 2026-12-25.
const SETUP = { examDate: '2027-01-20', goalMinutes: 40 * 60, availability: [60, 60, 60, 60, 60, 0, 0] };

async function preparedTrack(country: string | null): Promise<string> {
  core = await testCore();
  if (country) await callOk(core, 'settings:update', { patch: { holidayCountry: country } });
  const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
  await callOk(core, 'prep:setup', { trackId, ...SETUP });
  return trackId;
}

const plannedOn = (view: { plan: { days: { date: string; plannedMinutes: number; breakLabel: string | null }[] } | null }, date: string) =>
  view.plan?.days.find((d) => d.date === date);

describe('public holidays', () => {
  it('are skipped for the chosen country and named on the day', async () => {
    const trackId = await preparedTrack('US');
    const view = await callOk(core, 'prep:get', { trackId });
    expect(plannedOn(view, '2026-11-26')).toMatchObject({ plannedMinutes: 0, breakLabel: 'Thanksgiving Day' });
    expect(plannedOn(view, '2026-12-25')).toMatchObject({ plannedMinutes: 0, breakLabel: 'Christmas Day' });
    expect(plannedOn(view, '2026-11-27')?.plannedMinutes).toBeGreaterThan(0);
    expect(view.publicHolidays).toMatchObject({ country: 'US', known: true, message: null });
    expect(view.publicHolidays.days.map((d) => d.date)).toEqual(expect.arrayContaining(['2026-11-26', '2026-12-25', '2027-01-01', '2027-01-18']));
  });

  it('are not skipped without a country, and choosing one later says what changed', async () => {
    const trackId = await preparedTrack(null);
    expect(plannedOn(await callOk(core, 'prep:get', { trackId }), '2026-12-25')?.plannedMinutes).toBeGreaterThan(0);
    await callOk(core, 'settings:update', { patch: { holidayCountry: 'GB' } });
    const view = await callOk(core, 'prep:replan', { trackId });
    expect(plannedOn(view, '2026-12-25')).toMatchObject({ plannedMinutes: 0, breakLabel: 'Christmas Day' });
    expect(view.plan?.changes.join(' ')).toMatch(/^Public holidays skipped: 12\/25\/2026 \(Christmas Day\), 12\/26\/2026 \(Boxing Day\), .*01\/01\/2027 \(New Year's Day\)\.$/);
  });

  it('an unknown country falls back to no holidays, with a message', async () => {
    const trackId = await preparedTrack('ZZ');
    const view = await callOk(core, 'prep:get', { trackId });
    expect(plannedOn(view, '2026-12-25')?.plannedMinutes).toBeGreaterThan(0);
    expect(view.publicHolidays).toMatchObject({ country: 'ZZ', known: false, days: [] });
    expect(view.publicHolidays.message).toMatch(/no list of public holidays for “ZZ”/);
  });

  it('a malformed country code is refused and nothing is stored', async () => {
    core = await testCore();
    const result = await core.call('settings:update', { patch: { holidayCountry: 'usa' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.issues?.[0]?.path).toBe('patch.holidayCountry');
    expect((await callOk(core, 'settings:get', {})).holidayCountry).toBeNull();
    expect((await callOk(core, 'holidays:list-countries', {})).find((c) => c.code === 'DE')?.name).toBe('Germany');
  });
});

describe('moving a planned session', () => {
  it('keeps it on the new day, frees the old one and says what changed', async () => {
    const trackId = await preparedTrack(null);
    const before = await callOk(core, 'prep:get', { trackId });
    const item = before.plan?.items.find((i) => i.date === '2026-11-27');
    if (!item) throw new Error('no item on 2026-11-27');
    const view = await callOk(core, 'prep:move-item', { trackId, itemId: item.id, toDate: '2026-11-28' });
    const moved = view.plan?.items.filter((i) => i.date === '2026-11-28') ?? [];
    expect(moved).toEqual([expect.objectContaining({ minutes: item.minutes, domainId: item.domainId, reason: expect.stringMatching(/moved here by you from 11\/27\/2026/) })]);
    expect(plannedOn(view, '2026-11-27')?.plannedMinutes).toBe(Math.max(0, (plannedOn(before, '2026-11-27')?.plannedMinutes ?? 0) - item.minutes));
    expect(view.plan?.totals.plannedMinutes).toBe(before.plan?.totals.plannedMinutes);
    expect(view.plan?.changes).toContain(`Moved ${item.minutes === 60 ? '1 h' : `${item.minutes} min`} of study from 11/27/2026 to 11/28/2026; the other days were planned around it.`);
    expect(view.settings?.moves).toEqual([{ fromDate: '2026-11-27', toDate: '2026-11-28', minutes: item.minutes, domainId: item.domainId }]);

    // Moving it back where it came from drops the move.
    const again = view.plan?.items.find((i) => i.date === '2026-11-28');
    const back = await callOk(core, 'prep:move-item', { trackId, itemId: again?.id ?? '', toDate: '2026-11-27' });
    expect(back.settings?.moves).toEqual([]);
    expect(back.plan?.changes.join(' ')).toMatch(/moved back to 11\/27\/2026/);
  });

  it.each([
    ['a past day', '2026-11-24', /today or a later day/],
    ['the exam day', '2027-01-20', /before the exam/],
    ['the same day', 'same', /different day/],
  ])('refuses %s and changes nothing', async (_what, toDate, message) => {
    const trackId = await preparedTrack(null);
    const before = await callOk(core, 'prep:get', { trackId });
    const item = before.plan?.items.find((i) => i.date === '2026-11-27');
    const result = await core.call('prep:move-item', { trackId, itemId: item?.id ?? '', toDate: toDate === 'same' ? '2026-11-27' : toDate });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.details?.issues?.[0]?.path).toBe('toDate');
      expect(result.error.message).toMatch(message);
    }
    expect((await callOk(core, 'prep:get', { trackId })).settings?.moves).toEqual([]);
  });

  it('refuses a holiday or a break as the new day, and an item that is not in the plan', async () => {
    const trackId = await preparedTrack('US');
    const before = await callOk(core, 'prep:get', { trackId });
    const item = before.plan?.items.find((i) => i.date === '2026-11-27');
    const holiday = await core.call('prep:move-item', { trackId, itemId: item?.id ?? '', toDate: '2026-12-25' });
    expect(holiday.ok === false && holiday.error).toMatchObject({ code: 'rule_violation', message: expect.stringMatching(/Christmas Day/) });
    const unknown = await core.call('prep:move-item', { trackId, itemId: 'nope', toDate: '2026-11-30' });
    expect(unknown.ok === false && unknown.error.code).toBe('not_found');
  });
});
