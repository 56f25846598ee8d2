import type { Db } from '../connection';

/** Small key/value tables (`settings` holds JSON, `meta` holds plain text). */
export class KeyValueRepository {
  readonly #get;
  readonly #set;

  constructor(db: Db, table: 'settings' | 'meta') {
    // The table name is one of two literals above, never input.
    this.#get = db.prepare<[string], { value: string }>(`SELECT value FROM ${table} WHERE key = ?`);
    this.#set = db.prepare<[string, string]>(
      `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
  }

  get(key: string): string | undefined {
    return this.#get.get(key)?.value;
  }

  set(key: string, value: string): void {
    this.#set.run(key, value);
  }
}
