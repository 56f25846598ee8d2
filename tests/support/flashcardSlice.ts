import { FileTransfers } from '../../src/main/core/services/backups/fileTransfers';
import { join } from 'node:path';
import { wireFlashcards } from '../../src/main/core/api/wireFlashcards';
import { wirePreparation } from '../../src/main/core/api/wirePreparation';
import { BackgroundTasks } from '../../src/main/core/background';
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
import { TrackService } from '../../src/main/core/services/trackService';
import { IMPORT_WORKER_FILE, type ImportFileReader, InProcessImportReader } from '../../src/main/core/services/flashcards/import/importReader';
import type { UploadedFiles } from '../../src/main/core/context';
import { PINNED_NOW } from './core';
import { PROJECT_ROOT, freshDataDir } from './webHost';

/** The import worker as `npm run build` writes it (the sources cannot run in a worker thread). */
export const BUILT_IMPORT_WORKER = join(PROJECT_ROOT, 'out', 'main', IMPORT_WORKER_FILE);

/**
 * The flashcards slice on a fresh database, wired as wireHandlers wires it, for the bench. With
 * `importReader` the slice reads import files as told (e.g. in the built worker); by default in
 * slices in this thread, as the core does when run from its sources.
 */
export function flashcardSlice(options: { importReader?: ImportFileReader; uploads?: UploadedFiles } = {}) {
  const dataDir = freshDataDir();
  const db = openDatabase(join(dataDir, 'certplan.sqlite3'));
  applyMigrations(db, pendingMigrations(db, MIGRATIONS));
  syncBuiltinCatalog(db, { version: BUILTIN_CATALOG_VERSION, releasedAt: BUILTIN_CATALOG_RELEASED_AT, entries: BUILTIN_CATALOG });
  const clock = new AdjustableClock(new Date(PINNED_NOW));
  const events = new CoreEvents();
  const background = new BackgroundTasks();
  const now = () => clock.now();
  const trackRepo = new TrackRepository(db);
  const catalog = new CatalogService(new CertificationRepository(db), trackRepo, BUILTIN_LADDERS, now);
  const tracks = new TrackService(trackRepo, catalog, now);
  const credentials = new CredentialService(new CredentialRepository(db), catalog, now);
  const preparation = wirePreparation({ db, clock, events }, { tracks, credentials }, { applicationWindow: () => null });
  const uploads = new FileTransfers(dataDir);
  const flashcards = wireFlashcards(
    { db, clock, events, dataDir, background, uploads: options.uploads ?? uploads },
    {
      tracks,
      schedule: preparation.services.schedule,
      planItems: preparation.planItems,
      refreshPlan: (trackId) => preparation.services.preparation.refreshPlan(trackId),
      sessions: preparation.services.sessions,
    },
    { importReader: options.importReader ?? new InProcessImportReader() },
  );
  return { db, clock, tracks, preparation: preparation.services, flashcards, uploads, background, close: () => db.close() };
}
