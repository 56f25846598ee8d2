import { join } from 'node:path';
import { wirePreparation } from '../../src/main/core/api/wirePreparation';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT, BUILTIN_CATALOG_VERSION, BUILTIN_LADDERS } from '../../src/main/core/catalog';
import { syncBuiltinCatalog } from '../../src/main/core/catalog/syncBuiltinCatalog';
import { AdjustableClock } from '../../src/main/core/clock';
import { openDatabase } from '../../src/main/core/db/connection';
import { applyMigrations, pendingMigrations } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { CertificationRepository } from '../../src/main/core/db/repositories/certificationRepository';
import { CredentialRepository } from '../../src/main/core/db/repositories/credentialRepository';
import { TrackRepository } from '../../src/main/core/db/repositories/trackRepository';
import { CoreEvents } from '../../src/main/core/events';
import { CatalogService } from '../../src/main/core/services/catalogService';
import { CredentialService } from '../../src/main/core/services/credentialService';
import type { EligibilityWindow } from '../../src/main/core/services/examService';
import { TrackService } from '../../src/main/core/services/trackService';
import { PINNED_NOW } from './core';
import { freshDataDir } from './webHost';

/**
 * The exam-preparation slice's services on a fresh database, built the way wireHandlers builds
 * them, with the seams a test chooses (an application window the application slice would give).
 */
export function preparationSlice(seams: { applicationWindow?: (trackId: string) => EligibilityWindow | null } = {}) {
  const db = openDatabase(join(freshDataDir(), 'certplan.sqlite3'));
  applyMigrations(db, pendingMigrations(db, MIGRATIONS));
  syncBuiltinCatalog(db, { version: BUILTIN_CATALOG_VERSION, releasedAt: BUILTIN_CATALOG_RELEASED_AT, entries: BUILTIN_CATALOG });
  const clock = new AdjustableClock(new Date(PINNED_NOW));
  const events = new CoreEvents();
  const now = () => clock.now();
  const trackRepo = new TrackRepository(db);
  const catalog = new CatalogService(new CertificationRepository(db), trackRepo, BUILTIN_LADDERS, now);
  const tracks = new TrackService(trackRepo, catalog, now);
  const credentials = new CredentialService(new CredentialRepository(db), catalog, now);
  const slice = wirePreparation({ db, clock, events }, { tracks, credentials }, { applicationWindow: seams.applicationWindow ?? (() => null) });
  return { db, clock, events, tracks, credentials, ...slice.services, knownDateSources: slice.knownDateSources, close: () => db.close() };
}
