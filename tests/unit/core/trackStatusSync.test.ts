import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT, BUILTIN_CATALOG_VERSION, BUILTIN_LADDERS } from '../../../src/main/core/catalog';
import { syncBuiltinCatalog } from '../../../src/main/core/catalog/syncBuiltinCatalog';
import { AdjustableClock } from '../../../src/main/core/clock';
import { openDatabase } from '../../../src/main/core/db/connection';
import { applyMigrations } from '../../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../../src/main/core/db/migrations';
import { CeActivityRepository } from '../../../src/main/core/db/repositories/ceActivityRepository';
import { CertificationRepository } from '../../../src/main/core/db/repositories/certificationRepository';
import { CredentialRepository } from '../../../src/main/core/db/repositories/credentialRepository';
import { EvidenceRepository } from '../../../src/main/core/db/repositories/evidenceRepository';
import { RenewalRepository } from '../../../src/main/core/db/repositories/renewalRepository';
import { TrackRepository } from '../../../src/main/core/db/repositories/trackRepository';
import { CatalogService } from '../../../src/main/core/services/catalogService';
import { CredentialService } from '../../../src/main/core/services/credentialService';
import { EvidenceService } from '../../../src/main/core/services/evidenceService';
import { RenewalService } from '../../../src/main/core/services/renewalService';
import { TrackService } from '../../../src/main/core/services/trackService';
import { freshDataDir } from '../../support/webHost';

/**
 * The exam slice records a pass with `CredentialService.recordEarnedThroughTrack` and moves the
 * track to "passed"; from there the renewal slice moves it along active ⇄ renewal-due → suspended
 * → expired as the calendar turns, and never pulls back a status it does not own.
 */
function wire(start: string) {
  const dataDir = freshDataDir();
  const db = openDatabase(join(dataDir, 'certplan.sqlite3'));
  applyMigrations(db, MIGRATIONS);
  syncBuiltinCatalog(db, { version: BUILTIN_CATALOG_VERSION, releasedAt: BUILTIN_CATALOG_RELEASED_AT, entries: BUILTIN_CATALOG });
  const clock = new AdjustableClock(new Date(start));
  const now = () => clock.now();
  const trackRepo = new TrackRepository(db);
  const catalog = new CatalogService(new CertificationRepository(db), trackRepo, BUILTIN_LADDERS, now);
  const tracks = new TrackService(trackRepo, catalog, now);
  const credentials = new CredentialService(new CredentialRepository(db), catalog, now);
  const evidence = new EvidenceService(new EvidenceRepository(db), dataDir, now);
  const renewal = new RenewalService(credentials, new CeActivityRepository(db), new RenewalRepository(db), evidence, tracks, trackRepo, now);
  return { clock, tracks, credentials, renewal, close: () => db.close() };
}

describe('track status follows the renewal', () => {
  it('passed → active → renewal-due → suspended → expired as time passes', () => {
    const { clock, tracks, credentials, renewal, close } = wire('2024-01-15T12:00:00Z');
    const track = tracks.create('pmi-pmp');
    tracks.moveStatus(track.id, 'passed', 'Exam passed', ['exploring']);
    credentials.recordEarnedThroughTrack(tracks.get(track.id), '2024-01-15', null);
    const statusAt = (instant: string) => {
      clock.set(new Date(instant));
      renewal.syncTrackStatuses();
      return tracks.get(track.id).status;
    };
    expect(statusAt('2024-01-15T12:00:00Z')).toBe('active');
    expect(statusAt('2026-10-17T12:00:00Z')).toBe('renewal-due');
    expect(statusAt('2027-03-14T12:00:00Z')).toBe('suspended');
    expect(statusAt('2028-02-14T12:00:00Z')).toBe('expired');
    expect(tracks.get(track.id).history.map((h) => h.status)).toEqual(['exploring', 'passed', 'active', 'renewal-due', 'suspended', 'expired']);
    expect(tracks.get(track.id).history.at(-1)?.reason).toBe('Renewal: Expired on 01/15/2028');
    close();
  });

  it('leaves a track outside the renewal stretch alone', () => {
    const { tracks, credentials, renewal, close } = wire('2026-11-25T12:00:00Z');
    const track = tracks.create('pmi-pmp');
    credentials.add({ certificationId: 'pmi-pmp', earnedOn: '2024-01-15', name: '', acronym: '', body: '', credentialNumber: null, notes: '' });
    expect(renewal.syncTrackStatuses()).toBe(false);
    expect(tracks.get(track.id).status).toBe('exploring');
    close();
  });
});
