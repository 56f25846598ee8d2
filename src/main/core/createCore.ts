import { join } from 'node:path';
import type { Result } from '../../shared/result';
import type { CatalogRelease } from './catalog/syncBuiltinCatalog';
import { type Clock, systemClock } from './clock';
import type { HostServices } from './context';
import { acquireDataDirLock } from './db/dataDirLock';
import type { Migration } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { CoreEvents } from './events';
import { setPeopleLocale, systemLocale } from './peopleDates';
import { CoreRuntime } from './runtime/coreRuntime';
import { prepareDataFolder, sweepInterruptedWrites } from './runtime/dataFolder';

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
   * a new day, the daily backup); 0 turns the timer off. Default one minute.
   */
  refreshIntervalMs?: number;
  /**
   * Create missing parent folders of `dataDir` (the default, for the platform's own data
   * folder). A folder named on a command line should not: a typo or an unplugged drive is
   * reported instead of creating a stray folder.
   */
  createParents?: boolean;
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
  /**
   * Resolves once the follow-up of every write so far (reminders, statuses, the calendar file) has
   * run: a write answers first and follows up right after (issue 10); the next call waits for it.
   */
  idle(): Promise<void>;
  /** One line for a terminal or log while the data file is damaged or empty (recovery mode); else null. */
  recoveryLine(): string | null;
  close(): void;
}

/**
 * Opens the data folder and returns the core both hosts serve. A folder that cannot be used
 * (read-only, missing, full), a database from a newer version and a folder another Certplan
 * holds are thrown (see startupFailure.ts for the words); a damaged or empty database is not:
 * the core opens in recovery mode and the renderer shows the recovery screen.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  setPeopleLocale(options.locale ?? systemLocale());
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  prepareDataFolder(options.dataDir, { createParents: options.createParents ?? true });
  const releaseLock = acquireDataDirLock(options.dataDir);
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const events = new CoreEvents();
  const runtime = new CoreRuntime({
    dataDir: options.dataDir,
    databaseFile,
    host: options.host,
    version: options.version,
    clock,
    events,
    hostServices: options.hostServices ?? {},
    migrations: options.migrations ?? MIGRATIONS,
    ...(options.catalog ? { catalog: options.catalog } : {}),
    validateOutputs: options.validateOutputs ?? false,
    refreshIntervalMs: options.refreshIntervalMs ?? DEFAULT_REFRESH_INTERVAL_MS,
    log,
  });
  try {
    sweepInterruptedWrites(options.dataDir);
    await runtime.start();
  } catch (error) {
    runtime.close();
    releaseLock();
    throw error;
  }
  let closed = false;
  return {
    dataDir: options.dataDir,
    databaseFile,
    call: (method, input) => runtime.call(method, input),
    on: (event, listener) => events.on(event, listener),
    refresh: () => runtime.refresh(),
    idle: () => runtime.idle(),
    recoveryLine: () => runtime.recoveryLine(),
    close: () => {
      if (closed) return;
      closed = true;
      runtime.close();
      releaseLock();
    },
  };
}
