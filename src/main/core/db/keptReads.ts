import type { TableVersions } from './tableVersions';

/**
 * Parsed rows kept until a table they were read from is written (issue 10). Repositories whose
 * rows carry JSON rules snapshots use it for the reads every status round and every screen
 * makes: parsing the same snapshots again cost more than the SQL. Without `versions` (a bare
 * repository in a test) nothing is kept. What it returns is shared: callers must not modify it.
 */
export class KeptReads<T> {
  readonly #kept = new Map<string, T>();
  #stamp: string | null = null;

  constructor(
    private readonly versions: TableVersions | undefined,
    private readonly tables: readonly string[],
  ) {}

  get(key: string, read: () => T): T {
    if (!this.versions) return read();
    const stamp = this.versions.stampOf(this.tables);
    if (stamp !== this.#stamp) {
      this.#kept.clear();
      this.#stamp = stamp;
    }
    const kept = this.#kept.get(key);
    if (kept !== undefined) return kept;
    const value = read();
    // A read that wrote (none should) would have moved the stamp: keep only what is still current.
    if (this.versions.stampOf(this.tables) === stamp) this.#kept.set(key, value);
    return value;
  }
}
