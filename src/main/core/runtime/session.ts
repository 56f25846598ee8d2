import type { Db } from '../db/connection';
import type { HandlerTable } from '../api/handlers';

/**
 * One opening of the data folder's database. A restore, an import or "start fresh" closes the
 * session and opens a new one on the new file; the core's events and the hosts' subscriptions
 * outlive sessions.
 */
export interface Session {
  readonly mode: 'normal' | 'recovery';
  /** The read-write connection; null in recovery mode. */
  readonly db: Db | null;
  readonly handlers: HandlerTable;
  /** Brings time-dependent state up to date (reminders, statuses, the daily backup). */
  refresh(): void;
  /** Resolves when long work calls started (a flashcard import) has finished; before a swap. */
  settle?(): Promise<void>;
  /** Stops timers and closes the connection with its WAL checkpointed into the file. */
  close(): void;
}
