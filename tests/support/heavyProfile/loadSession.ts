import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BackgroundTasks } from '../../../src/main/core/background';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT, BUILTIN_CATALOG_VERSION } from '../../../src/main/core/catalog';
import { syncBuiltinCatalog } from '../../../src/main/core/catalog/syncBuiltinCatalog';
import { AdjustableClock, localDateOf } from '../../../src/main/core/clock';
import { type Db, createDatabaseFile, openDatabase } from '../../../src/main/core/db/connection';
import { acquireDataDirLock } from '../../../src/main/core/db/dataDirLock';
import { MIGRATIONS } from '../../../src/main/core/db/migrations';
import { DATABASE_FILE_NAME } from '../../../src/main/core/createCore';
import { AppFailure } from '../../../src/main/core/errors';
import { CoreEvents } from '../../../src/main/core/events';
import type { BackupMethod } from '../../../src/main/core/api/backupHandlers';
import { wireHandlers } from '../../../src/main/core/api/wireHandlers';
import { localTimeOn } from '../../../src/main/core/domain/calendarDays';
import { prepareDataFolder } from '../../../src/main/core/runtime/dataFolder';
import { FileTransfers } from '../../../src/main/core/services/backups/fileTransfers';
import { type MethodInput, type MethodName, type MethodOutput, type ParsedInput, contract } from '../../../src/shared/contract';
import type { IsoDate } from '../../../src/shared/schemas/dates';
import type { CeActivity, CeActivityDraft } from '../../../src/shared/schemas/ce';
import type { BulkImportServices } from '../../../src/main/core/context';
import { fromZodError } from '../../../src/main/core/api/dispatch';

/** Every contract method the load session serves (the backup methods belong to the runtime). */
export type LoadMethod = Exclude<MethodName, BackupMethod>;

/**
 * The heavy-profile generator's way into the core — a test-only seam, not part of the contract or
 * any host. It builds the core's own handler table (`wireHandlers`, the same services and
 * repositories `createCore` builds) on the data folder, and `call` checks every input with the
 * contract's zod schema before the handler runs, exactly as the dispatcher does.
 *
 * What it leaves out is the runtime's follow-up after each write (background upkeep: reminders,
 * track statuses, the calendar file, the daily backup; `data:changed` to every watcher). Measured
 * on main, that follow-up makes each write cost 130–400 ms even on a small profile, so ten years
 * of history would take hours through `core.call`. Here the generator moves the clock through the
 * years and runs the follow-up once at the end (`runFollowUp`); `createCore` then opens the folder
 * and does its own start-up work. Calls are grouped into transactions (`inTransaction`), so ten
 * thousand writes cost one commit each group rather than one fsync each; the handlers' own
 * transactions nest inside as savepoints, as better-sqlite3 does whenever one is open.
 *
 * For whoever adds caches of derived state: this session's services are the core's own, so a cache
 * they keep sees every `call`; nothing here writes rows behind the services' backs.
 */
export class LoadSession {
  readonly clock: AdjustableClock;
  readonly db: Db;
  readonly dataDir: string;
  readonly uploads: FileTransfers;
  readonly events = new CoreEvents();
  readonly #background = new NamedBackgroundTasks();
  readonly #handlers: ReturnType<typeof wireHandlers>;
  #bulk: BulkImportServices | null = null;
  readonly #releaseLock: () => void;
  readonly #checkOutputs: boolean;
  #closed = false;
  /** Milliseconds and calls per method, so a slow build says where its time went. */
  readonly timings = new Map<string, { calls: number; ms: number }>();

  /**
   * `existing`: open a profile built before (the bench reads and times it) instead of building one
   * in an empty folder.
   */
  constructor(dataDir: string, startDay: IsoDate, options: { checkOutputs?: boolean; existing?: boolean } = {}) {
    this.dataDir = dataDir;
    this.#checkOutputs = options.checkOutputs ?? false;
    prepareDataFolder(dataDir, { createParents: true });
    this.#releaseLock = acquireDataDirLock(dataDir);
    const file = join(dataDir, DATABASE_FILE_NAME);
    try {
      if (options.existing) {
        if (!existsSync(file)) throw new Error(`${file} is missing: build the profile first`);
      } else {
        if (existsSync(file)) throw new Error(`${file} already exists: the generator builds a profile in an empty folder`);
        createDatabaseFile(file, MIGRATIONS);
      }
      this.db = openDatabase(file);
      syncBuiltinCatalog(this.db, { version: BUILTIN_CATALOG_VERSION, releasedAt: BUILTIN_CATALOG_RELEASED_AT, entries: BUILTIN_CATALOG });
    } catch (error) {
      this.#releaseLock();
      throw error;
    }
    this.clock = new AdjustableClock(middayOf(startDay));
    this.uploads = new FileTransfers(dataDir);
    this.#handlers = wireHandlers({
      db: this.db,
      clock: this.clock,
      dataDir,
      events: this.events,
      host: 'web',
      version: '0.0.0-heavy-profile',
      hostServices: {},
      background: this.#background,
      backups: { takeAutomaticBackup: () => Promise.reject(new Error('The heavy-profile generator takes no backups')) },
      uploads: this.uploads,
      bulkImport: (services) => (this.#bulk = services),
    });
  }

  /**
   * Many CE activities through the core's bulk path (CeActivityService.logMany): each input checked
   * by `ce:log`'s own schema, then the service's checks against the held credentials once for the
   * batch. `ce:log` one at a time re-evaluates every credential's history per call (issue 10), so
   * ten years of activities would take many minutes; this is the one place the generator leaves the
   * contract, and it stays inside the core.
   */
  logCeActivities(drafts: readonly CeActivityDraft[], options: { share: 'none' | 'required' | 'default' }): CeActivity[] {
    const started = performance.now();
    const inputs = drafts.map((draft, i) => {
      const parsed = contract['ce:log'].input.safeParse(draft);
      if (!parsed.success) throw new Error(`CE activity ${i + 1} on ${this.today()}: ${fromZodError(parsed.error).message}`);
      return parsed.data;
    });
    if (!this.#bulk) throw new Error('The core did not hand over its bulk path');
    try {
      return this.#bulk.ceActivities.logMany(inputs, options);
    } catch (error) {
      if (error instanceof AppFailure) throw new Error(`bulk CE on ${this.today()} refused (${error.code}): ${error.message}`, { cause: error });
      throw error;
    } finally {
      const entry = this.timings.get('ce:log (bulk path)') ?? { calls: 0, ms: 0 };
      entry.calls += drafts.length;
      entry.ms += performance.now() - started;
      this.timings.set('ce:log (bulk path)', entry);
    }
  }

  /** Today in the session: every call after this runs on `day` (at noon, local time). */
  at(day: IsoDate): void {
    this.clock.set(middayOf(day));
  }

  today(): IsoDate {
    return localDateOf(this.clock.now());
  }

  /** One contract call: the input checked by the contract's schema, then the core's handler; a refusal throws. */
  async call<M extends LoadMethod>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const spec = contract[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) throw new Error(`${method} on ${this.today()}: ${fromZodError(parsed.error).message}`);
    const handler = this.#handlers[method] as (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
    let output: MethodOutput<M>;
    const started = performance.now();
    try {
      output = await handler(parsed.data as ParsedInput<M>);
    } catch (error) {
      if (error instanceof AppFailure) throw new Error(`${method} on ${this.today()} refused (${error.code}): ${error.message}`, { cause: error });
      throw error;
    } finally {
      const entry = this.timings.get(method) ?? { calls: 0, ms: 0 };
      entry.calls++;
      entry.ms += performance.now() - started;
      this.timings.set(method, entry);
    }
    if (this.#checkOutputs) {
      const checked = spec.output.safeParse(output);
      if (!checked.success) throw new Error(`${method} answered outside its contract: ${checked.error.message}`);
    }
    return output;
  }

  /** Runs `work` (a run of calls) in one SQLite transaction; a throw rolls the whole run back. */
  async inTransaction<T>(work: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Lets the watchers that follow `data:changed` catch up (the eligibility service moves track
   * statuses from the records): the runtime announces after every write, the generator before the
   * steps that depend on a status.
   */
  announceChanges(): void {
    this.events.emit('data:changed', { areas: ['experience'] });
  }

  /** The follow-up every write would have triggered, once: reminders, statuses, review minutes. */
  runFollowUp(): void {
    this.announceChanges();
    this.#background.runAll((message, error) => {
      throw new Error(`${message}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** One piece of background upkeep by the name its service registered (the bench times the reminder scan alone). */
  runTask(name: string): void {
    this.#background.runOne(name);
  }

  /** Waits for listeners that announce in a later turn (track statuses), so none runs on a closed file. */
  async settle(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.close();
    } finally {
      this.#releaseLock();
    }
  }
}

/** The core's upkeep list, with each task also reachable by name. */
class NamedBackgroundTasks extends BackgroundTasks {
  readonly #byName = new Map<string, () => void>();

  override register(name: string, run: () => void): void {
    this.#byName.set(name, run);
    super.register(name, run);
  }

  runOne(name: string): void {
    const run = this.#byName.get(name);
    if (!run) throw new Error(`No background task "${name}" (there are: ${[...this.#byName.keys()].join(', ')})`);
    run();
  }
}

function middayOf(day: IsoDate): Date {
  return localTimeOn(day, 12);
}
