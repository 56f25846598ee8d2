import type { Db } from '../../db/connection';
import type { Migration } from '../../db/migrate';
import type { HostServices } from '../../context';

/**
 * What the backup, export and recovery services need from the running core: the folder, the
 * open database (none in recovery mode), and the one operation only the core itself may do —
 * swap the database file under a closed connection and open it again.
 */
export interface DataFolderControl {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly evidenceDir: string;
  readonly appVersion: string;
  readonly migrations: readonly Migration[];
  readonly hostServices: HostServices;
  now(): Date;
  /** The open database; null while the core is in recovery mode. */
  database(): Db | null;
  /**
   * Closes the connection, puts `candidateFile` in place of the database by rename (the old file
   * either replaced — it was backed up first — or moved aside untouched), and opens it again.
   */
  replaceDatabase(candidateFile: string, oldData: 'replace' | 'move-aside'): Promise<{ movedAsideTo: string | null }>;
  /** Runs archive work one at a time: a backup never overlaps a restore. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** True while exclusive work runs (background backups skip a turn instead of queueing). */
  busy(): boolean;
  log(message: string, error?: unknown): void;
}
