import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { callOk, testCore } from '../support/core';

/** The exam-preparation tables: hot queries use their indexes, and a track takes its rows with it. */

const SLICE_TABLES = ['exam_schedules', 'preparations', 'preparation_breaks', 'plan_items', 'study_sessions', 'study_timers', 'practice_results', 'exam_attempts'];

async function preparedDatabase() {
  const core = await testCore();
  const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  await callOk(core, 'prep:setup', { trackId: track.id, examDate: '2027-02-17', goalMinutes: 7200, availability: [60, 60, 60, 60, 60, 240, 120] });
  await callOk(core, 'prep:add-break', { trackId: track.id, kind: 'pause', startDate: '2026-12-21', endDate: '2026-12-27' });
  await callOk(core, 'sessions:add', { trackId: track.id, date: '2026-11-24', minutes: 30 });
  await callOk(core, 'sessions:start-timer', { trackId: track.id });
  await callOk(core, 'practice:add', { trackId: track.id, date: '2026-11-20', source: 'Sim', totalPercent: 70 });
  await callOk(core, 'exam:record-attempt', { trackId: track.id, date: '2026-11-25', outcome: 'failed' });
  return { core, trackId: track.id };
}

describe('exam preparation storage', () => {
  it.each([
    ['the plan of a track in date order', 'SELECT id, date, seq FROM plan_items WHERE track_id = ? ORDER BY date, seq', ['t'], 'plan_items_by_track_date'],
    ['the plan from today on', 'SELECT id FROM plan_items WHERE track_id = ? AND date >= ?', ['t', '2026-11-25'], 'plan_items_by_track_date'],
    ['the sessions of a track, newest first', 'SELECT id FROM study_sessions WHERE track_id = ? ORDER BY studied_on DESC', ['t'], 'study_sessions_by_track_date'],
    ['the practice results of a track', 'SELECT id FROM practice_results WHERE track_id = ? ORDER BY taken_on DESC', ['t'], 'practice_results_by_track_date'],
    ['the attempts of a track', 'SELECT id FROM exam_attempts WHERE track_id = ? ORDER BY taken_on', ['t'], 'exam_attempts_by_track_date'],
    ['the breaks of a track', 'SELECT id FROM preparation_breaks WHERE track_id = ? ORDER BY start_date', ['t'], 'preparation_breaks_by_track'],
  ])('finds %s through its index', async (_what, sql, params, index) => {
    const { core } = await preparedDatabase();
    core.close();
    const db = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    db.close();
    expect(plan.map((p) => p.detail).join('\n')).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}`));
  });

  it('removes every preparation row with its track', async () => {
    const { core, trackId } = await preparedDatabase();
    const count = () => {
      const db = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
      const counts = Object.fromEntries(SLICE_TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
      db.close();
      return counts;
    };
    expect(Object.values(count()).every((n) => n > 0)).toBe(true);
    await callOk(core, 'tracks:remove', { id: trackId });
    expect(Object.values(count())).toEqual(SLICE_TABLES.map(() => 0));
    core.close();
  });
});
