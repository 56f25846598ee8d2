import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT, BUILTIN_CATALOG_VERSION } from '../catalog';
import { type CatalogRelease, syncBuiltinCatalog } from '../catalog/syncBuiltinCatalog';
import { type Clock, localDateOf } from '../clock';
import type { AutomaticBackups, UploadedFiles, HostServices } from '../context';
import { type Db, openDatabase } from '../db/connection';
import { type Migration, applyMigrations, currentVersion, pendingMigrations } from '../db/migrate';
import { BackgroundTasks } from '../background';
import { type CoreEvents, SessionEvents } from '../events';
import { wireHandlers } from '../api/wireHandlers';
import type { BackupHandlerTable } from './recoverySession';
import type { Session } from './session';

export interface NormalSessionOptions {
  databaseFile: string;
  dataDir: string;
  clock: Clock;
  events: CoreEvents;
  host: 'electron' | 'web';
  version: string;
  hostServices: HostServices;
  migrations: readonly Migration[];
  catalog?: CatalogRelease;
  refreshIntervalMs: number;
  log: (message: string, error?: unknown) => void;
  backupHandlers: BackupHandlerTable;
  backups: AutomaticBackups;
  uploads: UploadedFiles;
  /** Before pending migrations run on an existing database (the caller writes the backup). */
  backupBeforeMigration: (db: Db, targetVersion: number) => Promise<unknown>;
  /** The daily backup check, run with the other background upkeep. */
  dailyBackup: (db: Db) => void;
}

/**
 * Opens the database for reading and writing: backs it up before any pending migration, runs the
 * migrations, brings the built-in catalog up to date, builds the handler table and starts the
 * background upkeep. Throws FutureDatabaseError for a database from a newer version, untouched.
 */
export async function openNormalSession(options: NormalSessionOptions): Promise<Session> {
  const db = openDatabase(options.databaseFile);
  try {
    const pending = pendingMigrations(db, options.migrations);
    if (pending.length > 0 && currentVersion(db) > 0) {
      await options.backupBeforeMigration(db, pending.at(-1)?.version ?? 0);
    }
    applyMigrations(db, pending);
    syncBuiltinCatalog(db, options.catalog ?? { version: BUILTIN_CATALOG_VERSION, releasedAt: BUILTIN_CATALOG_RELEASED_AT, entries: BUILTIN_CATALOG });
  } catch (error) {
    db.close();
    throw error;
  }

  const { clock, log } = options;
  const events = new SessionEvents(options.events);
  const background = new BackgroundTasks();
  const handlers = wireHandlers({
    db,
    clock,
    dataDir: options.dataDir,
    events,
    host: options.host,
    version: options.version,
    hostServices: options.hostServices,
    background,
    backups: options.backups,
    uploads: options.uploads,
  });
  let closed = false;

  // Views showing "today" (the dashboard, pacing, reminders) refresh when the local day changes.
  let lastDay = localDateOf(clock.now());
  background.register('a new day', () => {
    const day = localDateOf(clock.now());
    if (day === lastDay) return;
    lastDay = day;
    events.emit('data:changed', { areas: ['today'] });
  });
  // The first start of a day is judged now, before the first change arrives; then every 24 h.
  options.dailyBackup(db);
  background.register('daily backup', () => options.dailyBackup(db));
  const refresh = () => {
    if (!closed) background.runAll(log);
  };
  // The first run waits a turn so a host can subscribe to events before reminders that fell due
  // while the app was closed are announced.
  const firstRun = setImmediate(refresh);
  const timer = options.refreshIntervalMs > 0 ? setInterval(refresh, options.refreshIntervalMs) : null;
  // The timer must not keep a process (a test, a CLI) alive on its own.
  timer?.unref();

  return {
    mode: 'normal',
    db,
    handlers: { ...handlers, ...options.backupHandlers },
    refresh,
    settle: () => background.settled(),
    close: () => {
      if (closed) return;
      closed = true;
      events.dispose();
      clearImmediate(firstRun);
      if (timer) clearInterval(timer);
      try {
        // Everything into the main file, so the file alone is the whole database.
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        log('Could not checkpoint the database before closing', error);
      }
      db.close();
    },
  };
}
