import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore';
import { StudyWeeksRepository } from '../../../../src/main/core/db/repositories/studyWeeksRepository';
import { plusDays, weekStart } from '../../../../src/main/core/domain/calendarDays';
import type { Dashboard } from '../../../../src/shared/contract/dashboard';
import { callOk, testCore } from '../../../support/core';
import { preparationSlice } from '../../../support/preparationSlice';

/**
 * Issue 10: the dashboard's study figures are SQL aggregates over the chart's weeks, and the
 * answers it asks for per track (eligibility, readiness) are kept until what they read changes.
 * Each test compares with the same figures computed in code from every row.
 */

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

describe('minutes per week in SQL', () => {
  const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland'];
  const savedZone = process.env.TZ;
  afterEach(() => {
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  it.each(zones)('equal summing the sessions in code, Monday-first, across DST days and year ends (TZ %s)', (zone) => {
    process.env.TZ = zone;
    const slice = preparationSlice();
    try {
      const track = slice.tracks.create('pmi-capm');
      const insert = slice.db.prepare(
        `INSERT INTO study_sessions (id, track_id, studied_on, minutes, domain_id, plan_item_id, notes, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, NULL, NULL, '', 'manual', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      );
      // Sundays and Mondays either side of week boundaries; the EU and US daylight-saving days of
      // 2026 (29 March, 25 October; 8 March, 1 November); a year end on a Thursday; a leap day.
      const days = [
        '2026-03-08', '2026-03-09', '2026-03-29', '2026-03-30', '2026-10-25', '2026-10-26', '2026-11-01', '2026-11-02',
        '2026-11-22', '2026-11-23', '2026-12-31', '2027-01-03', '2027-01-04', '2028-02-29', '2026-03-29', '2026-11-01',
      ];
      days.forEach((day, i) => insert.run(`s${i}`, track.id, day, 10 + i));
      const expected = new Map<string, number>();
      for (const [i, day] of days.entries()) if (day >= '2026-03-01' && day < '2027-01-04') expected.set(weekStart(day), (expected.get(weekStart(day)) ?? 0) + 10 + i);

      const rows = new StudyWeeksRepository(slice.db).doneByWeek(track.id, '2026-03-01', '2027-01-04');
      expect(rows).toEqual([...expected.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, minutes]) => ({ weekStart, minutes })));
      // Every week starts on a Monday; the week of Sunday 3 January 2027 began in 2026.
      expect(rows.map((r) => new Date(`${r.weekStart}T12:00:00Z`).getUTCDay())).toEqual(rows.map(() => 1));
      expect(rows.find((r) => r.weekStart === '2026-12-28')?.minutes).toBe(10 + 10 + (10 + 11));
      // The range's end is excluded; an empty range is no rows, not a zero row.
      expect(rows.some((r) => r.weekStart === '2027-01-04')).toBe(false);
      expect(new StudyWeeksRepository(slice.db).doneByWeek(track.id, '2026-04-01', '2026-10-01')).toEqual([]);
      expect(new StudyWeeksRepository(slice.db).span(track.id)).toEqual({ first: '2026-03-08', last: '2028-02-29' });
    } finally {
      slice.close();
    }
  });

  it('read only the weeks asked for, through the (track, date) indexes', () => {
    const slice = preparationSlice();
    try {
      const plan = (sql: string) => slice.db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all('t', '2026-01-01', '2026-02-01').map((r) => r.detail).join('\n');
      expect(plan("SELECT SUM(minutes) FROM study_sessions WHERE track_id = ? AND studied_on >= ? AND studied_on < ? GROUP BY date(studied_on, 'weekday 0', '-6 days')")).toMatch(/SEARCH study_sessions USING INDEX study_sessions_by_track_date \(track_id=\? AND studied_on>\? AND studied_on<\?\)/);
      expect(plan("SELECT SUM(minutes) FROM plan_items WHERE track_id = ? AND date >= ? AND date < ? GROUP BY date(date, 'weekday 0', '-6 days')")).toMatch(/SEARCH plan_items USING INDEX plan_items_by_track_date \(track_id=\? AND date>\? AND date<\?\)/);
    } finally {
      slice.close();
    }
  });
});

/** The chart as it was computed before issue 10: each prepared track's whole progress, its weeks summed in code. */
async function chartFromProgress(core: Core, trackIds: string[], today: string) {
  const thisWeek = weekStart(today);
  const from = plusDays(thisWeek, -56);
  const until = plusDays(thisWeek, 28);
  const byWeek = new Map<string, { planned: number; done: number }>();
  const weekOf = new Map<string, { plannedMinutes: number; doneMinutes: number }>();
  for (const trackId of trackIds) {
    const progress = await callOk(core, 'prep:get-progress', { trackId });
    const week = progress.weeks.find((w) => w.weekStart === thisWeek);
    weekOf.set(trackId, { plannedMinutes: week?.plannedMinutes ?? 0, doneMinutes: week?.doneMinutes ?? 0 });
    for (const w of progress.weeks) {
      if (w.weekStart < from || w.weekStart > until) continue;
      const sum = byWeek.get(w.weekStart) ?? { planned: 0, done: 0 };
      sum.planned += w.plannedMinutes;
      sum.done += w.doneMinutes;
      byWeek.set(w.weekStart, sum);
    }
  }
  const studyHours = [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, s]) => ({ weekStart, planned: hours(s.planned), done: hours(s.done) }));
  return { studyHours, weekOf };
}

const weeksOf = (dashboard: Dashboard) => new Map(dashboard.tracks.flatMap((t) => (t.week ? [[t.id, t.week] as const] : [])));

describe('the dashboard’s study chart and hours this week', () => {
  let core: Core | null = null;
  afterEach(() => core?.close());

  it('equal each track’s progress summed in code, with empty weeks, boundaries and sessions outside the chart', async () => {
    core = await testCore();
    const c = core;
    const acp = (await callOk(c, 'tracks:create', { certificationId: 'pmi-acp' })).id;
    const capm = (await callOk(c, 'tracks:create', { certificationId: 'pmi-capm' })).id;
    // Nothing prepared yet: no chart, no hours.
    expect((await callOk(c, 'dashboard:get', {})).studyHours).toEqual([]);
    await callOk(c, 'prep:setup', { trackId: acp, examDate: '2027-01-20', goalMinutes: 40 * 60, availability: [60, 60, 0, 60, 60, 90, 0] });
    await callOk(c, 'prep:setup', { trackId: capm, examDate: '2027-03-10', goalMinutes: 30 * 60, availability: [0, 45, 45, 0, 45, 0, 120] });
    // Today is Wednesday 25 November 2026; the chart runs from Monday 28 September to 21 December.
    const sessions: [string, string, number][] = [
      [acp, '2026-09-27', 50], // the Sunday before the chart: left out
      [acp, '2026-09-28', 40], // its first Monday
      [acp, '2026-10-25', 30], // EU daylight-saving day (a Sunday)
      [capm, '2026-11-01', 25], // US daylight-saving day (a Sunday)
      [capm, '2026-11-02', 35],
      [acp, '2026-11-22', 20], // Sunday, last week
      [acp, '2026-11-23', 15], // Monday, this week
      [capm, '2026-11-25', 45], // today
      [acp, '2024-05-06', 60], // years ago: lengthens the track's span, not the chart
    ];
    for (const [trackId, date, minutes] of sessions) await callOk(c, 'sessions:add', { trackId, date, minutes });
    const dashboard = await callOk(c, 'dashboard:get', {});
    const expected = await chartFromProgress(c, [acp, capm], dashboard.today);
    expect(dashboard.studyHours).toEqual(expected.studyHours);
    expect(weeksOf(dashboard)).toEqual(expected.weekOf);
    // The weeks with no session (e.g. 5 October) are there with nothing done; the planned weeks ahead too.
    expect(dashboard.studyHours.find((w) => w.weekStart === '2026-10-05')?.done).toBe(0);
    expect(dashboard.studyHours.at(0)?.weekStart).toBe('2026-09-28');
    expect(dashboard.studyHours.at(-1)?.weekStart).toBe('2026-12-21');
    expect(dashboard.studyHours.find((w) => w.weekStart === '2026-09-28')?.done).toBe(hours(40));
    expect(dashboard.studyHours.find((w) => w.weekStart === '2026-10-19')?.done).toBe(hours(30));
    expect(dashboard.studyHours.find((w) => w.weekStart === '2026-10-26')?.done).toBe(hours(25));
    expect(dashboard.studyHours.find((w) => w.weekStart === '2026-11-23')?.done).toBe(hours(15 + 45));
    expect(weeksOf(dashboard).get(acp)?.doneMinutes).toBe(15);

    // A session written now moves the chart and this week's hours on the next read.
    await callOk(c, 'sessions:add', { trackId: capm, date: '2026-11-24', minutes: 30 });
    const after = await callOk(c, 'dashboard:get', {});
    expect(after.studyHours.find((w) => w.weekStart === '2026-11-23')?.done).toBe(hours(15 + 45 + 30));
    expect(weeksOf(after).get(capm)?.doneMinutes).toBe(75);
    expect(after.studyHours).toEqual((await chartFromProgress(c, [acp, capm], after.today)).studyHours);
  });

  it('a track prepared with no session yet has its planned weeks and zero done', async () => {
    core = await testCore();
    const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-acp' })).id;
    await callOk(core, 'prep:setup', { trackId, examDate: '2027-01-20', goalMinutes: 40 * 60, availability: [60, 60, 60, 60, 60, 0, 0] });
    const dashboard = await callOk(core, 'dashboard:get', {});
    expect(dashboard.studyHours).toEqual((await chartFromProgress(core, [trackId], dashboard.today)).studyHours);
    expect(dashboard.studyHours.length).toBeGreaterThan(0);
    expect(dashboard.studyHours.every((w) => w.done === 0)).toBe(true);
  });
});

describe('answers kept per track for the dashboard', () => {
  let core: Core | null = null;
  afterEach(() => core?.close());

  it('eligibility is evaluated again after a record is written or the day moves', async () => {
    const c = await testCore();
    core = c;
    const trackId = (await callOk(c, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
    await callOk(c, 'profile:update', { educationLevel: 'bachelor' });
    const before = await callOk(c, 'eligibility:get', { trackId });
    expect(await callOk(c, 'eligibility:get', { trackId })).toEqual(before);
    await callOk(c, 'experience:add', { organisation: 'Acme', title: 'ERP rollout', startMonth: '2021-01', endMonth: '2024-06', areas: ['leading projects'] });
    const withExperience = await callOk(c, 'eligibility:get', { trackId });
    expect(withExperience.paths).not.toEqual(before.paths);
    const dashboard = await callOk(c, 'dashboard:get', {});
    await callOk(c, 'training:add', { course: 'PMP boot camp', provider: 'Academy', hours: 35, completedOn: '2025-03-10', topic: 'PM education' });
    expect(await callOk(c, 'eligibility:get', { trackId })).not.toEqual(withExperience);
    expect((await callOk(c, 'dashboard:get', {})).tracks).not.toEqual(dashboard.tracks);
    // A month later the months counted move on: the answer is not yesterday's.
    c.clock.set(new Date(c.clock.now().getTime() + 31 * 86_400_000));
    const later = await callOk(c, 'eligibility:get', { trackId });
    expect(later.today).not.toBe(withExperience.today);
    expect(later.currentMonth).not.toBe(withExperience.currentMonth);
  });

  it('readiness is estimated again after a practice result is written', async () => {
    const c = await testCore();
    core = c;
    const trackId = (await callOk(c, 'tracks:create', { certificationId: 'pmi-capm' })).id;
    await callOk(c, 'prep:setup', { trackId, examDate: '2027-01-20', goalMinutes: 40 * 60, availability: [60, 60, 60, 60, 60, 0, 0] });
    const before = (await callOk(c, 'dashboard:get', {})).tracks.find((t) => t.id === trackId)?.readiness;
    for (const [date, totalPercent] of [['2026-11-01', 61], ['2026-11-10', 68], ['2026-11-20', 74]] as const) {
      await callOk(c, 'practice:add', { trackId, date, source: 'Mock', totalPercent, domainScores: [] });
    }
    const after = (await callOk(c, 'dashboard:get', {})).tracks.find((t) => t.id === trackId)?.readiness;
    expect(after).not.toEqual(before);
    expect(after).toEqual((({ sufficient, estimate, low, high, band, reason }) => ({ sufficient, estimate, low, high, band, reason }))(await callOk(c, 'readiness:get', { trackId })));
  });
});
