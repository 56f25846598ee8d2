import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { METHOD_NAMES } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { buildAppInfo } from '../api/appInfo';
import { backupHandlers } from '../api/backupHandlers';
import { dispatch } from '../api/dispatch';
import type { CatalogRelease } from '../catalog/syncBuiltinCatalog';
import type { Clock } from '../clock';
import type { HostServices } from '../context';
import { createDatabaseFile, type Db } from '../db/connection';
import { checkDatabaseFile, isDamageError } from '../db/databaseFileCheck';
import type { Migration } from '../db/migrate';
import { AppFailure } from '../errors';
import type { CoreEvents } from '../events';
import { restrictToOwner, syncFolder } from '../fileSafety';
import { BackupService } from '../services/backups/backupService';
import type { DataFolderControl } from '../services/backups/dataFolderControl';
import { ExportImportService } from '../services/backups/exportImportService';
import { FileTransfers } from '../services/backups/fileTransfers';
import { type RecoveryProblem, RecoveryService } from '../services/backups/recoveryService';
import { RestoreService } from '../services/backups/restoreService';
import { EVIDENCE_DIR_NAME } from '../services/evidenceService';
import { openNormalSession } from './normalSession';
import { openRecoverySession } from './recoverySession';
import type { Session } from './session';

export interface RuntimeOptions {
  dataDir: string;
  databaseFile: string;
  host: 'electron' | 'web';
  version: string;
  clock: Clock;
  events: CoreEvents;
  hostServices: HostServices;
  migrations: readonly Migration[];
  catalog?: CatalogRelease;
  validateOutputs: boolean;
  refreshIntervalMs: number;
  log: (message: string, error?: unknown) => void;
}

/** Every area a view may be showing: after a restore, all of them changed. */
const ALL_AREAS = [...new Set(METHOD_NAMES.map((name) => name.split(':')[0] ?? name)), 'today'];

/**
 * The running core behind the `Core` facade: the current session (normal, or recovery when the
 * database is damaged or empty), and the services that outlive a session — backups, restore,
 * export/import and recovery — which may close the session, swap the database file and open a
 * new one. Calls that arrive during a swap wait for it.
 */
export class CoreRuntime implements DataFolderControl {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly evidenceDir: string;
  readonly appVersion: string;
  readonly migrations: readonly Migration[];
  readonly hostServices: HostServices;
  readonly services;
  #session: Session | null = null;
  #swap: Promise<void> | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #busy = 0;
  #closed = false;
  /** The follow-up of the latest writes (reminders, statuses, the calendar file), due after their answers. */
  #followUp: { done: Promise<void>; run: () => void } | null = null;

  constructor(private readonly options: RuntimeOptions) {
    this.dataDir = options.dataDir;
    this.databaseFile = options.databaseFile;
    this.evidenceDir = join(options.dataDir, EVIDENCE_DIR_NAME);
    this.appVersion = options.version;
    this.migrations = options.migrations;
    this.hostServices = options.hostServices;
    const transfers = new FileTransfers(options.dataDir);
    const backups = new BackupService(this);
    const restores = new RestoreService(this, backups, transfers);
    const exports = new ExportImportService(this, restores, transfers);
    const recovery = new RecoveryService(this, backups.folder, exports, transfers);
    this.services = { backups, restores, transfers, exports, recovery };
  }

  now(): Date {
    return this.options.clock.now();
  }

  log(message: string, error?: unknown): void {
    this.options.log(message, error);
  }

  database(): Db | null {
    return this.#session?.db ?? null;
  }

  get mode(): 'normal' | 'recovery' {
    return this.#session?.mode ?? 'recovery';
  }

  /** Opens the first session. A damaged or empty database opens recovery mode instead of failing. */
  async start(): Promise<void> {
    this.#session = await this.#openSession();
  }

  async call(method: string, input: unknown): Promise<Result<unknown>> {
    while (this.#swap) await this.#swap;
    // A call never sees the data before the previous write's follow-up has run.
    while (this.#followUp) await this.#followUp.done;
    const session = this.#session;
    if (this.#closed || !session) {
      return { ok: false, error: { code: 'storage', message: 'Certplan is shutting down; try again after it restarts' } };
    }
    return dispatch(session.handlers, method, input, {
      validateOutputs: this.options.validateOutputs,
      log: this.options.log,
      onMutation: (area) => {
        this.options.events.emit('data:changed', { areas: [area] });
        // A change can move dates (a new credential, a renewal) or statuses: follow right after
        // the answer is out (issue 10), once for a burst of writes; the next call waits for it.
        this.#scheduleFollowUp();
      },
      onStorageError: (error) => {
        // Damage found while running: stop writing into the file and show the recovery screen.
        if (isDamageError(error) && session === this.#session) void this.#enterRecovery(error instanceof Error ? error.message : String(error));
      },
    });
  }

  refresh(): void {
    if (!this.#closed) this.#session?.refresh();
  }

  #scheduleFollowUp(): void {
    if (this.#followUp) return;
    let resolve: () => void = () => undefined;
    const done = new Promise<void>((r) => (resolve = r));
    const handle = setImmediate(() => run());
    const run = () => {
      if (this.#followUp?.done !== done) return;
      clearImmediate(handle);
      this.#followUp = null;
      try {
        this.refresh();
      } finally {
        resolve();
      }
    };
    this.#followUp = { done, run };
  }

  /** Resolves once the follow-up of every write so far has run (hosts, tests and the bench wait on it). */
  async idle(): Promise<void> {
    while (this.#followUp) await this.#followUp.done;
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      this.#busy++;
      try {
        return await work();
      } finally {
        this.#busy--;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  busy(): boolean {
    return this.#busy > 0;
  }

  async replaceDatabase(candidateFile: string, oldData: 'replace' | 'move-aside'): Promise<{ movedAsideTo: string | null }> {
    return this.#swapping(async () => {
      // New calls wait from here; long work already running (an import) finishes first.
      await this.#session?.settle?.();
      this.#session?.close();
      this.#session = null;
      let movedAsideTo: string | null = null;
      if (oldData === 'move-aside') movedAsideTo = this.#moveAside();
      else {
        const wal = `${this.databaseFile}-wal`;
        // After a checkpoint and a clean close the WAL is gone or empty; anything else would mix
        // old pages into the new file, so the swap stops here with the old data as it was.
        if (existsSync(wal) && statSync(wal).size > 0) {
          this.#session = await this.#openSession();
          throw new AppFailure('storage', 'Certplan could not close its data file cleanly, so nothing was replaced. Restart Certplan and try again.');
        }
        rmSync(wal, { force: true });
        rmSync(`${this.databaseFile}-shm`, { force: true });
      }
      restrictToOwner([candidateFile]);
      const fd = openSync(candidateFile, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      // The one step that replaces the data: atomic, so a crash leaves the old file or the new.
      renameSync(candidateFile, this.databaseFile);
      syncFolder(this.dataDir);
      this.#session = await this.#openSession();
      return { movedAsideTo };
    });
  }

  recoveryLine(): string | null {
    return this.services.recovery.summary();
  }

  close(): void {
    if (this.#closed) return;
    // A write's follow-up is part of it: run it before the data file closes.
    this.#followUp?.run();
    this.#closed = true;
    this.#session?.close();
    this.#session = null;
  }

  async #openSession(): Promise<Session> {
    const state = checkDatabaseFile(this.databaseFile);
    if (state.kind === 'empty') return this.#recovery({ problem: 'empty', detail: 'The file is 0 bytes long' });
    if (state.kind === 'damaged') return this.#recovery({ problem: 'damaged', detail: state.detail });
    if (state.kind === 'missing') createDatabaseFile(this.databaseFile, this.migrations);
    try {
      const session = await openNormalSession({
        ...this.options,
        backupHandlers: backupHandlers(this.services),
        backups: this.services.backups,
        uploads: this.services.transfers,
        backupBeforeMigration: (db, target) => this.services.backups.writeIntoFolder(db, 'before-migration', `to database version ${target}`),
        dailyBackup: (db) => this.services.backups.runDailyIfDue(db),
      });
      this.services.recovery.setProblem(null);
      return session;
    } catch (error) {
      // quick_check does not read everything; damage met while migrating is recovery too.
      if (isDamageError(error)) return this.#recovery({ problem: 'damaged', detail: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  #recovery(problem: RecoveryProblem): Session {
    this.services.recovery.setProblem(problem);
    return openRecoverySession(backupHandlers(this.services), () => buildAppInfo({ ...this.options, hostServices: this.hostServices }));
  }

  async #enterRecovery(detail: string): Promise<void> {
    await this.#swapping(async () => {
      this.#session?.close();
      this.#session = this.#recovery({ problem: 'damaged', detail });
    });
  }

  /** Renames the damaged (or empty) file and its WAL/SHM to `certplan-damaged-<time>…`; never rewrites them. */
  #moveAside(): string | null {
    if (!existsSync(this.databaseFile)) return null;
    const stamp = this.now().toISOString().replace(/[-:]/g, '').replace('.', '-');
    const target = join(this.dataDir, `certplan-damaged-${stamp}.sqlite3`);
    renameSync(this.databaseFile, target);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(`${this.databaseFile}${suffix}`)) renameSync(`${this.databaseFile}${suffix}`, `${target}${suffix}`);
    }
    syncFolder(this.dataDir);
    return target;
  }

  async #swapping<T>(work: () => Promise<T>): Promise<T> {
    let release: () => void = () => undefined;
    const previous = this.#swap;
    this.#swap = new Promise<void>((resolve) => (release = resolve));
    if (previous) await previous;
    // The old data's follow-up runs on the old data, before its file is closed.
    this.#followUp?.run();
    try {
      const result = await work();
      this.options.events.emit('data:changed', { areas: ALL_AREAS });
      return result;
    } finally {
      this.#swap = null;
      release();
    }
  }
}
