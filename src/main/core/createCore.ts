import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../shared/result';
import { dispatch } from './api/dispatch';
import { BackgroundTasks } from './background';
import { wireHandlers } from './api/wireHandlers';
import {
  BUILTIN_CATALOG,
  BUILTIN_CATALOG_RELEASED_AT,
  BUILTIN_CATALOG_VERSION,
} from './catalog';
import { type CatalogRelease, syncBuiltinCatalog } from './catalog/syncBuiltinCatalog';
import { type Clock, localDateOf, systemClock } from './clock';
import type { HostServices } from './context';
import { backupDatabase } from './db/backup';
import { openDatabase } from './db/connection';
import { acquireDataDirLock } from './db/dataDirLock';
import { type Migration, applyMigrations, currentVersion, pendingMigrations } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { CoreEvents } from './events';
import { setPeopleLocale, systemLocale } from './peopleDates';

export const DATABASE_FILE_NAME = 'certplan.sqlite3';

export interface CoreOptions {
  dataDir: string;
  host: 'electron' | 'web';
  version: string;
  clock?: Clock;
  /** How the core writes dates in its sentences (BCP 47, e.g. "en-GB"); default the system's. */
  locale?: string;
  /** Check every output against the contract (on in development and tests). */
  validateOutputs?: boolean;
  hostServices?: HostServices;
  /** Tests swap these to exercise upgrades. */
  catalog?: CatalogRelease;
  migrations?: readonly Migration[];
  log?: (message: string, error?: unknown) => void;
  /**
   * How often the core brings time-dependent state up to date (due reminders, track statuses,
   * a new day); 0 turns the timer off. Default one minute.
   */
  refreshIntervalMs?: number;
}

export const DEFAULT_REFRESH_INTERVAL_MS = 60_000;

export interface Core {
  readonly dataDir: string;
  readonly databaseFile: string;
  /** Validates, runs and answers one contract call. Never throws. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  on: CoreEvents['on'];
  /**
   * Brings time-dependent state up to date now: delivers due reminders, moves tracks whose
   * renewal status changed, announces a new day. Hosts call it after moving a test clock.
   */
  refresh(): void;
  close(): void;
}

/**
 * Opens (or creates) the data folder's database, backs it up before any pending migration, runs
 * the migrations, brings the built-in catalog up to date and returns the handler table. Both hosts
 * build the core through this one function.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  setPeopleLocale(options.locale ?? systemLocale());
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  mkdirSync(options.dataDir, { recursive: true });
  const releaseLock = acquireDataDirLock(options.dataDir);
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  let db;
  try {
    db = openDatabase(databaseFile);
  } catch (error) {
    releaseLock();
    throw error;
  }
  try {
    const pending = pendingMigrations(db, options.migrations ?? MIGRATIONS);
    if (pending.length > 0 && currentVersion(db) > 0) {
      const target = pending.at(-1)?.version ?? 0;
      await backupDatabase(db, options.dataDir, `before-migration-to-v${target}`, clock.now());
    }
    applyMigrations(db, pending);
    syncBuiltinCatalog(
      db,
      options.catalog ?? {
        version: BUILTIN_CATALOG_VERSION,
        releasedAt: BUILTIN_CATALOG_RELEASED_AT,
        entries: BUILTIN_CATALOG,
      },
    );
  } catch (error) {
    db.close();
    releaseLock();
    throw error;
  }

  const events = new CoreEvents();
  const background = new BackgroundTasks();
  const handlers = wireHandlers({
    db,
    clock,
    dataDir: options.dataDir,
    events,
    host: options.host,
    version: options.version,
    hostServices: options.hostServices ?? {},
    background,
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
  const refresh = () => {
    if (!closed) background.runAll(log);
  };
  // The first run waits a turn so a host can subscribe to events before reminders that fell due
  // while the app was closed are announced.
  const firstRun = setImmediate(refresh);
  const interval = options.refreshIntervalMs ?? DEFAULT_REFRESH_INTERVAL_MS;
  const timer = interval > 0 ? setInterval(refresh, interval) : null;
  // The timer must not keep a process (a test, a CLI) alive on its own.
  timer?.unref();

  return {
    dataDir: options.dataDir,
    databaseFile,
    call: (method, input) => {
      if (closed) {
        return Promise.resolve({
          ok: false,
          error: { code: 'storage', message: 'Certplan is shutting down; try again after it restarts' },
        });
      }
      return dispatch(handlers, method, input, {
        validateOutputs: options.validateOutputs ?? false,
        log,
        onMutation: (area) => {
          events.emit('data:changed', { areas: [area] });
          // A change can move dates (a new credential, a renewal) or statuses: follow at once.
          refresh();
        },
      });
    },
    on: (event, listener) => events.on(event, listener),
    refresh,
    close: () => {
      if (closed) return;
      closed = true;
      clearImmediate(firstRun);
      if (timer) clearInterval(timer);
      db.close();
      releaseLock();
    },
  };
}
