import { PMI_APPLICATION } from '../../src/main/core/catalog/builtin/pmiShared';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../src/main/core/clock';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { openDatabase } from '../../src/main/core/db/connection';
import { ApplicationRepository } from '../../src/main/core/db/repositories/applicationRepository';
import { CertificationRepository } from '../../src/main/core/db/repositories/certificationRepository';
import { TrackRepository } from '../../src/main/core/db/repositories/trackRepository';
import { CoreEvents } from '../../src/main/core/events';
import { ApplicationService } from '../../src/main/core/services/applicationService';
import { CatalogService } from '../../src/main/core/services/catalogService';
import { TrackService } from '../../src/main/core/services/trackService';
import { PINNED_NOW, callOk, testCore } from '../support/core';

/** The application service on a real migrated database, as wireHandlers builds it. */
async function applicationStore() {
  const core = await testCore();
  const pmp = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  const capm = await callOk(core, 'tracks:create', { certificationId: 'pmi-capm' });
  core.close();
  const db = openDatabase(join(core.dataDir, DATABASE_FILE_NAME));
  const clock = new AdjustableClock(new Date(PINNED_NOW));
  const now = () => clock.now();
  const trackRepo = new TrackRepository(db);
  const tracks = new TrackService(trackRepo, new CatalogService(new CertificationRepository(db), trackRepo, [], now), now);
  const attempts = { attemptsUsed: (id: string) => (id === pmp.id ? 1 : 0) };
  const service = new ApplicationService(new ApplicationRepository(db), tracks, attempts, new CoreEvents(), (work) => db.transaction(work)(), now);
  return { db, service, trackRepo, tracks, pmp, capm };
}

describe('application dates for reminders', () => {
  it('are known dates of open tracks, keyed so reminder state survives recomputation', async () => {
    const { db, service, tracks, pmp, capm } = await applicationStore();
    service.record({ trackId: pmp.id, status: 'in-audit', on: '2026-10-05', note: '' });
    service.record({ trackId: capm.id, status: 'approved', on: '2026-11-02', note: '' });
    expect(service.knownDates()).toEqual([
      expect.objectContaining({ key: `application-audit-due:${pmp.id}:2027-01-03`, kind: 'application-audit-due', date: '2027-01-03', title: 'PMP audit documents due', trackId: pmp.id }),
      expect.objectContaining({ key: `application-eligibility-end:${capm.id}:2027-11-02`, kind: 'application-eligibility-end', date: '2027-11-02', title: 'CAPM eligibility period ends', trackId: capm.id }),
    ]);
    expect(service.applicationWindow(capm.id)).toEqual({ approvedOn: '2026-11-02', eligibilityEndsOn: '2027-11-02', attemptsAllowed: 3 });
    expect(service.applicationWindow(pmp.id)).toBeNull();
    expect(service.get(pmp.id).attemptsUsed).toBe(1);

    tracks.setArchived(capm.id, true);
    expect(service.knownDates().map((d) => d.trackId)).toEqual([pmp.id]);
    db.close();
  });

  it('follow the track’s rules when newer ones are adopted', async () => {
    const { db, service, trackRepo, pmp } = await applicationStore();
    service.record({ trackId: pmp.id, status: 'in-audit', on: '2026-10-05', note: '' });
    const stored = trackRepo.get(pmp.id);
    if (!stored) throw new Error('track');
    trackRepo.adoptSnapshot(
      pmp.id,
      { ...stored.snapshot, revision: stored.snapshot.revision + 1, application: { ...PMI_APPLICATION, auditResponseDays: 30 } },
      { fromRevision: stored.snapshot.revision, changes: ['Days to answer an audit: 90 → 30'], status: stored.status, reason: 'Adopted newer rules' },
      PINNED_NOW,
    );
    service.refreshStoredDates();
    expect(service.knownDates()[0]?.date).toBe('2026-11-04');
    db.close();
  });
});

describe('hot queries use their indexes', () => {
  it.each([
    ['what an evidence file is attached to', 'SELECT course FROM training_entries WHERE evidence_id = ?', /USING (COVERING )?INDEX training_entries_by_evidence/],
    ['a track’s application steps in order', 'SELECT id FROM application_events WHERE track_id = ? ORDER BY occurred_on, id', /USING (COVERING )?INDEX application_events_by_track/],
    ['the experience log newest first', 'SELECT id FROM experience_entries ORDER BY start_month DESC, id', /SCAN experience_entries USING (COVERING )?INDEX experience_entries_by_start/],
    ['the training log newest first', 'SELECT id FROM training_entries ORDER BY completed_on DESC, id', /SCAN training_entries USING (COVERING )?INDEX training_entries_by_completed/],
  ])('%s', async (_name, sql, expected) => {
    const core = await testCore();
    core.close();
    const db = openDatabase(join(core.dataDir, DATABASE_FILE_NAME));
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.includes('?') ? ['x'] : [])) as { detail: string }[]).map((p) => p.detail).join('\n');
    db.close();
    expect(plan).toMatch(expected);
  });

  it('the database refuses an end before the start even past the service', async () => {
    const core = await testCore();
    core.close();
    const db = openDatabase(join(core.dataDir, DATABASE_FILE_NAME));
    const insert = db.prepare(
      "INSERT INTO experience_entries (id, organisation, title, start_month, end_month, created_at, updated_at) VALUES ('x', 'o', 't', '2022-05', ?, 'n', 'n')",
    );
    expect(() => insert.run('2022-04')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('2022-05')).not.toThrow();
    db.close();
  });
});
