import type { Db } from './connection';
import { installOwnerTriggers } from './ownerTriggers';

/**
 * A write counter per table, bumped by every statement that writes, so derived state (a
 * credential's renewal evaluation, the credential list) can be kept until a table it reads
 * changes (issue 10). Counting happens at the connection, not in each repository, so a write
 * added later cannot forget to invalidate: `trackTableWrites` wraps `db.prepare` before the
 * repositories prepare their statements.
 *
 * Over-counting is harmless (a cache is rebuilt once more than needed): a rolled-back transaction
 * still counts, a statement whose target is not recognised counts as a write to every table, and
 * `db.exec` (migrations, restores) counts as a write to every table.
 */
export class TableVersions {
  #total = 0;
  readonly #byTable = new Map<string, number>();
  /** Writes per row owner: `dimension|table|key` (key `*`: a write whose owner is not known). */
  readonly #byKey = new Map<string, number>();
  /** Per dimension, the tables whose every row change is counted per owner (by TEMP triggers). */
  readonly #keyed = new Map<KeyDimension, Set<string>>();

  /** Declares that every row change of `table` is counted per owner in `dimension` (trackTableWrites). */
  keyTable(dimension: KeyDimension, table: string): void {
    const tables = this.#keyed.get(dimension) ?? new Set<string>();
    tables.add(table);
    this.#keyed.set(dimension, tables);
  }

  /** Records a changed row of `table` owned by `key` (null: owner unknown, counts for every owner). */
  bumpKey(dimension: KeyDimension, table: string, key: string | null): void {
    const k = `${dimension}|${table}|${key ?? '*'}`;
    this.#byKey.set(k, (this.#byKey.get(k) ?? 0) + 1);
  }

  /** A write to `table` none of whose rows can be attributed (REPLACE may delete unseen rows). */
  bumpAllKeys(table: string): void {
    for (const [dimension, tables] of this.#keyed) if (tables.has(table)) this.bumpKey(dimension, table, null);
  }

  /**
   * Like `stampExcept`, but for state owned by one track or credential: the tables keyed in
   * `dimension` count only the rows that owner holds (and writes whose owner is unknown), every
   * other table counts whole. A session on track A then moves A's stamp and not B's.
   */
  stampFor(dimension: KeyDimension, key: string, ignored: ReadonlySet<string>): string {
    let sum = this.#total;
    for (const t of ignored) sum -= this.#byTable.get(t) ?? 0;
    for (const t of this.#keyed.get(dimension) ?? []) {
      if (ignored.has(t)) continue;
      sum -= this.#byTable.get(t) ?? 0;
      sum += (this.#byKey.get(`${dimension}|${t}|${key}`) ?? 0) + (this.#byKey.get(`${dimension}|${t}|*`) ?? 0);
    }
    return String(sum);
  }

  /** Records one write to `table` (null: a write to every table). */
  bump(table: string | null): void {
    this.#total++;
    if (table === null) {
      // Every table's stamp must move: a separate counter everything includes.
      this.#byTable.set('*', (this.#byTable.get('*') ?? 0) + 1);
      return;
    }
    this.#byTable.set(table, (this.#byTable.get(table) ?? 0) + 1);
  }

  /** Changes whenever one of `tables` (or every table) is written. */
  stampOf(tables: readonly string[]): string {
    let sum = this.#byTable.get('*') ?? 0;
    for (const t of tables) sum += this.#byTable.get(t) ?? 0;
    return String(sum);
  }

  /** Changes whenever any table other than `ignored` is written (for state that reads widely). */
  stampExcept(ignored: ReadonlySet<string>): string {
    let sum = this.#total;
    for (const t of ignored) sum -= this.#byTable.get(t) ?? 0;
    return String(sum);
  }
}

/** What per-owner state is keyed on: a track (plans, progress) or a credential (its renewal evaluation). */
export type KeyDimension = 'track' | 'credential';

const TARGET = /^\s*(?:WITH\b[\s\S]*?\)\s*)?(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`[]?(\w+)/i;

/** The table a writing statement targets, or null when the text does not say plainly. */
export function writtenTable(sql: string): string | null {
  return TARGET.exec(sql)?.[1]?.toLowerCase() ?? null;
}

/**
 * Tables reached through foreign keys (ON DELETE CASCADE / SET NULL) change with their parent:
 * a write to a parent counts for its children too.
 */
function cascadesOf(db: Db): Map<string, string[]> {
  const children = new Map<string, string[]>();
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
  for (const { name } of tables) {
    const keys = db.prepare<[], { table: string }>(`SELECT "table" FROM pragma_foreign_key_list('${name.replaceAll("'", "''")}')`).all();
    for (const { table } of keys) {
      const parent = table.toLowerCase();
      children.set(parent, [...(children.get(parent) ?? []), name.toLowerCase()]);
    }
  }
  return children;
}

/** Wraps the connection so every write bumps its table's counter; call before preparing statements. */
export function trackTableWrites(db: Db): TableVersions {
  const versions = new TableVersions();
  const children = cascadesOf(db);
  installOwnerTriggers(db, versions);
  const bumpWithChildren = (table: string | null, seen = new Set<string>()): void => {
    if (table === null) return versions.bump(null);
    if (seen.has(table)) return;
    seen.add(table);
    versions.bump(table);
    for (const child of children.get(table) ?? []) bumpWithChildren(child, seen);
  };
  // A transaction that throws is rolled back: whatever was kept meanwhile may have seen its writes.
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const wrapped = transaction(fn);
    const guarded = (...args: unknown[]) => {
      try {
        return wrapped(...args);
      } catch (error) {
        versions.bump(null);
        throw error;
      }
    };
    return Object.assign(guarded, { deferred: wrapped.deferred, immediate: wrapped.immediate, exclusive: wrapped.exclusive });
  }) as Db['transaction'];
  const prepare = db.prepare.bind(db);
  const exec = db.exec.bind(db);
  db.exec = (sql: string) => {
    versions.bump(null);
    return exec(sql);
  };
  db.prepare = ((sql: string, ...rest: unknown[]) => {
    // better-sqlite3's own pragma() passes internal arguments through prepare.
    const statement = (prepare as (...args: unknown[]) => ReturnType<Db['prepare']>)(sql, ...rest);
    // A pragma changes settings, not rows (checkpoints, user_version); readers never depend on it.
    if (statement.readonly || /^\s*PRAGMA\b/i.test(sql)) return statement;
    const table = writtenTable(sql);
    // REPLACE deletes conflicting rows without firing delete triggers: their owners are unknown.
    const replaces = table !== null && /\b(?:OR\s+REPLACE|REPLACE\s+INTO)\b/i.test(sql);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          try {
            return original(...args);
          } finally {
            bumpWithChildren(table);
            if (replaces && table !== null) versions.bumpAllKeys(table);
          }
        },
      });
    }
    return statement;
  }) as Db['prepare'];
  return versions;
}
