import type { TableVersions } from './tableVersions';

/**
 * Parsed rows kept until a table they were read from is written (issue 10). Repositories whose
 * rows carry JSON rules snapshots use it for the reads every status round and every screen
 * makes: parsing the same snapshots again cost more than the SQL. Without `versions` (a bare
 * repository in a test) nothing is kept. What it returns is shared: callers must not modify it.
 */
/**
 * Study, planning, practice, flashcards and the reminders the scan writes: the tables the records,
 * the prerequisites and the credentials never read. A study session must not throw those away.
 */
export const STUDY_AND_UPKEEP_TABLES: ReadonlySet<string> = new Set([
  'study_sessions', 'study_sessions_rebuilt', 'study_timers', 'plan_items', 'preparations', 'preparation_breaks', 'practice_results', 'reminders',
  'flashcard_cards', 'flashcard_days', 'flashcard_decks', 'flashcard_media', 'flashcard_notes', 'flashcard_review_log', 'flashcard_scheduler_params', 'flashcard_settings',
]);

export class KeptReads<T> {
  readonly #kept = new Map<string, T>();
  #stamp: string | null = null;

  readonly #stampNow: (versions: TableVersions) => string;

  /** `tables`: the tables the reads use; or `{ except }`: every table but those (for reads that reach wide). */
  constructor(
    private readonly versions: TableVersions | undefined,
    tables: readonly string[] | { except: ReadonlySet<string> },
  ) {
    this.#stampNow = 'except' in tables ? (v) => v.stampExcept(tables.except) : (v) => v.stampOf(tables);
  }

  get(key: string, read: () => T): T {
    if (!this.versions) return read();
    const stamp = this.#stampNow(this.versions);
    if (stamp !== this.#stamp) {
      this.#kept.clear();
      this.#stamp = stamp;
    }
    const kept = this.#kept.get(key);
    if (kept !== undefined) return kept;
    const value = read();
    // A read that wrote (none should) would have moved the stamp: keep only what is still current.
    if (this.#stampNow(this.versions) === stamp) this.#kept.set(key, value);
    return value;
  }
}
