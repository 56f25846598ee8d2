import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, it } from 'vitest';
import { AdjustableClock } from '../../src/main/core/clock';
import { type Core, createCore, DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { localTimeOn } from '../../src/main/core/domain/calendarDays';
import { HEAVY_PROFILE_TODAY } from '../support/heavyProfile/buildHeavyProfile';
import { LoadSession } from '../support/heavyProfile/loadSession';
import { callOk } from '../support/core';
import { PROJECT_ROOT, startWebHost } from '../support/webHost';
import { percentile, sample, sampleWithin } from './harness';
import { browserFigures, firstScreenBundle } from './heavy/browserCases';
import { GOALS, KNOWN_DATES_FLOOR, type ProfileIds, readCases } from './heavy/coreCases';
import { cachedProfile, workingCopy } from './heavy/profileCache';
import { figureRow, formatResults, growthExponent, machine, type ResultRow, timedRow, writeJson } from './heavy/report';
import { SqlFloor, SqlWriteFloor } from './heavy/sqlFloor';

/** `npm run bench -- --quick` (scripts/bench.mjs sets this): no 16× profile, fewer runs. */
const QUICK = process.env.CERTPLAN_BENCH_QUICK === '1';
const RUNS = QUICK ? 11 : 21;
/** `CERTPLAN_BENCH_CORE=1`: only the core's cases (reads, upkeep, writes, scan, start), no browser or growth. */
const CORE_ONLY = process.env.CERTPLAN_BENCH_CORE === '1';
const NOON = localTimeOn(HEAVY_PROFILE_TODAY, 12);
const RESULTS_FILE = join(PROJECT_ROOT, 'test-results', 'bench', 'heavy-profile.json');

/** The core both hosts serve, on a folder, with the profile's day pinned and no timer. */
function openCore(dataDir: string): Promise<Core> {
  return createCore({ dataDir, host: 'web', version: '0.0.0-bench', clock: new AdjustableClock(NOON), refreshIntervalMs: 0, log: () => undefined });
}

/**
 * A write answers first and does its follow-up (reminders, statuses, the calendar file) right
 * after; it is only done once that has run, so the write cases wait for `core.idle()`.
 */

/**
 * Issue 10's bench: every screen's read, the writes with their follow-up, the reminder scan and
 * start-up on the heavy profile, each against the raw SQL floor of the same rows; the renderer's
 * first-screen bundle, Chromium click → content and the web host's memory; and the dashboard at
 * 1×, 4× and 16× for its growth exponent. Prints a table and writes test-results/bench/heavy-profile.json.
 */
it('the heavy profile: every screen, the writes, start-up, the renderer and growth', { timeout: 3_600_000 }, async () => {
  const rows: ResultRow[] = [];
  const log = (line: string) => console.log(`[bench] ${line}`);
  const started = performance.now();
  const profile = await cachedProfile(1);
  log(`profile 1×: ${profile.reused ? 'reused from the cache' : `built in ${(profile.summary.buildMs / 1000).toFixed(1)} s`} (${profile.dir})`);
  const [trackId] = profile.summary.trackIds;
  const [credentialId] = profile.summary.credentialIds;
  if (!trackId || !credentialId) throw new Error('The profile has no track or credential');
  const ids: ProfileIds = { trackId, credentialId, credentialIds: profile.summary.credentialIds };

  // ---- Reads, through the core, against the SQL floor ----------------------------------------
  const dir = workingCopy(profile);
  const databaseFile = join(dir, DATABASE_FILE_NAME);
  const core = await openCore(dir);
  const floor = new SqlFloor(databaseFile);
  try {
    for (const c of readCases(core, ids)) {
      const times = await sampleWithin(c.run, { maxRuns: c.runs ?? RUNS });
      const floorTimes = c.floor ? await sample(() => floor.read(c.floor ?? []), RUNS, 2) : null;
      rows.push(timedRow(c.name, times, c.goalMs, floorTimes));
      log(`${c.name}: ${percentile(times, 0.5).toFixed(1)} ms`);
    }
    const knownDatesFloor = await sample(() => floor.read(KNOWN_DATES_FLOOR), RUNS, 2);
    rows.push(timedRow('refresh() (all upkeep: reminders, statuses, calendar file)', await sampleWithin(() => core.refresh(), { maxRuns: RUNS }), GOALS.scan, knownDatesFloor));

    // ---- Writes with their follow-up -----------------------------------------------------------
    const sharing = await callOk(core, 'renewal:get', { credentialId });
    const categoryId = sharing.progress?.groups[0]?.categories[0]?.id;
    if (!categoryId) throw new Error('The first credential has no CE category');
    const options = await callOk(core, 'ce:preview-sharing', { credentialId, categoryId, date: '2026-11-24' });
    const credentialIds = [credentialId, ...options.filter((o) => o.credentialId !== credentialId && o.eligible && (o.required || o.chosenByDefault)).map((o) => o.credentialId)];
    const writeFloor = (table: 'study_sessions' | 'ce_activities') => {
      const w = new SqlWriteFloor(databaseFile, table, trackId);
      return sample(() => w.write(), RUNS, 2).finally(() => w.close());
    };
    const sessionFloor = await writeFloor('study_sessions');
    const addSession = await sampleWithin(async () => {
      await callOk(core, 'sessions:add', { trackId, date: HEAVY_PROFILE_TODAY, minutes: 30 });
      await core.idle();
    }, { maxRuns: RUNS });
    rows.push(timedRow('sessions:add + follow-up', addSession, GOALS.write, sessionFloor));
    const ceFloor = await writeFloor('ce_activities');
    const logCe = await sampleWithin(async () => {
      await callOk(core, 'ce:log', { credentialIds, date: '2026-11-24', title: 'Bench webinar', units: 1, categoryId });
      await core.idle();
    }, { maxRuns: RUNS });
    rows.push(timedRow('ce:log + follow-up', logCe, GOALS.write, ceFloor));
  } finally {
    floor.close();
    core.close();
  }

  // ---- The reminder scan alone (the core's own task, on the same kind of copy) ------------------
  {
    const scanDir = workingCopy(profile);
    const session = new LoadSession(scanDir, HEAVY_PROFILE_TODAY, { existing: true });
    const scanFloor = new SqlFloor(join(scanDir, DATABASE_FILE_NAME));
    try {
      const times = await sampleWithin(() => session.runTask('reminders'), { maxRuns: RUNS });
      rows.push(timedRow('reminder scan', times, GOALS.scan, await sample(() => scanFloor.read(KNOWN_DATES_FLOOR), RUNS, 2)));
    } finally {
      scanFloor.close();
      await session.settle();
      session.close();
    }
  }

  // ---- Start to dashboard ready (opening the folder: checks, migrations, catalog, first read) ---
  {
    const times: number[] = [];
    for (let i = 0; i < (QUICK ? 3 : 5); i++) {
      const copy = workingCopy(profile);
      const t0 = performance.now();
      const fresh = await openCore(copy);
      await callOk(fresh, 'dashboard:get', {});
      times.push(performance.now() - t0);
      fresh.close();
    }
    rows.push(timedRow('start → dashboard ready', times.sort((a, b) => a - b), GOALS.start, null));
  }

  if (CORE_ONLY) {
    console.log(`\nHeavy profile, core cases only (CERTPLAN_BENCH_CORE=1)\n${formatResults(rows)}\n`);
    expect(rows.length).toBeGreaterThan(20);
    return;
  }

  // ---- The renderer: first-screen bundle, click → content, web host memory --------------------
  const bundle = firstScreenBundle();
  rows.push(figureRow(`renderer first screen, gzip (${bundle.files.length} files)`, 'KB', bundle.gzipKb, GOALS.bundleKb));
  log(`first screen ${bundle.gzipKb.toFixed(0)} KB gzip; writes and start-up: ${rows.slice(-5, -1).map((r) => `${r.case} ${r.median.toFixed(0)} ms`).join(', ')}`);
  const host = await startWebHost({ dataDir: workingCopy(profile), clock: NOON.toISOString() });
  try {
    // Every kind of screen: each tab of two tracks, every track's overview, every credential.
    const tabs = ['overview', 'prerequisites', 'prepare', 'exam', 'maintain'];
    const paths = [
      ...profile.summary.trackIds.slice(0, 2).flatMap((id) => tabs.map((tab) => `/tracks/${id}/${tab}`)),
      ...profile.summary.trackIds.slice(2).map((id) => `/tracks/${id}/overview`),
      ...profile.summary.credentialIds.map((id) => `/credentials/${id}`),
    ];
    const browser = await browserFigures(host, paths, QUICK ? 3 : 5);
    for (const [screen, times] of Object.entries(browser.clickToContent)) rows.push(timedRow(`click → ${screen} (Chromium)`, times, GOALS.clickToContent, null));
    rows.push(figureRow(`web host RSS after ${browser.screensVisited} screens`, 'MB', browser.rssMb, GOALS.rssMb));
    rows.push(figureRow('web host peak RSS', 'MB', browser.peakRssMb, GOALS.rssMb));
    log(`click → content medians: ${Object.entries(browser.clickToContent).map(([s, t]) => `${s} ${percentile(t, 0.5).toFixed(0)} ms`).join(', ')}; RSS ${browser.rssMb.toFixed(0)} MB`);
  } finally {
    await host.stop();
  }

  // Everything but growth so far, in case a long growth phase is interrupted.
  writeJson(RESULTS_FILE, { at: new Date().toISOString(), quick: QUICK, machine: machine(), profile: profile.summary.shape, partial: true, rows });
  log(`so far:\n${formatResults(rows)}`);

  // ---- Growth of the dashboard with history ----------------------------------------------------
  const scales = QUICK ? [1, 4] : [1, 4, 16];
  const points: { scale: number; ms: number }[] = [];
  // A kept answer makes a warm read flat; the first read after a write (a session just logged)
  // re-derives what the write touched, and that is what grows with history.
  const coldPoints: { scale: number; ms: number }[] = [];
  for (const scale of scales) {
    const scaled = await cachedProfile(scale);
    log(`profile ${scale}×: ${scaled.reused ? 'reused' : `built in ${(scaled.summary.buildMs / 1000).toFixed(1)} s`}`);
    const scaledCore = await openCore(workingCopy(scaled));
    try {
      const times = await sampleWithin(() => callOk(scaledCore, 'dashboard:get', {}), { maxRuns: RUNS, minRuns: scale >= 16 ? 3 : 5, budgetMs: 15_000 });
      points.push({ scale, ms: percentile(times, 0.5) });
      if (scale !== 1) rows.push(timedRow(`dashboard:get at ${scale}×`, times, GOALS.read, null));
      const trackId = scaled.summary.trackIds[0] ?? '';
      const cold: number[] = [];
      for (let run = 0; run < (QUICK ? 7 : 11); run++) {
        await callOk(scaledCore, 'sessions:add', { trackId, date: HEAVY_PROFILE_TODAY, minutes: 20 });
        await scaledCore.idle();
        const start = performance.now();
        await callOk(scaledCore, 'dashboard:get', {});
        cold.push(performance.now() - start);
      }
      cold.sort((a, b) => a - b);
      coldPoints.push({ scale, ms: percentile(cold, 0.5) });
      rows.push(timedRow(`dashboard:get after a session is logged, at ${scale}×`, cold, GOALS.read, null));
    } finally {
      scaledCore.close();
    }
  }
  const exponent = growthExponent(points);
  rows.push(figureRow(`dashboard growth exponent (${scales.join('×/')}×)`, 'exponent', exponent, 1));
  const coldExponent = growthExponent(coldPoints);
  rows.push(figureRow(`dashboard after a write, growth exponent (${scales.join('×/')}×)`, 'exponent', coldExponent, 1));

  const table = formatResults(rows);
  const about = machine();
  console.log(`\nHeavy profile (issue 10) — ${about.cpus} CPUs, ${about.cpuModel}, Node ${about.node}${QUICK ? ', quick run' : ''}\n${table}\n`);
  writeJson(RESULTS_FILE, {
    at: new Date().toISOString(),
    quick: QUICK,
    machine: about,
    profile: profile.summary.shape,
    growth: { points, exponent, afterWrite: { points: coldPoints, exponent: coldExponent } },
    bundle,
    rows,
    benchSeconds: (performance.now() - started) / 1000,
  });
  log(`results written to ${RESULTS_FILE}`);
  expect(rows.length).toBeGreaterThan(20);
});
