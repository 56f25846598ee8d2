import type { Db } from '../../db/connection';

/**
 * A deleted record as it was, read from the schema itself: its row, every row that cascades from
 * it (a track's sessions, plan, application…, an activity's links and evidence list) and the rows
 * elsewhere whose link to it the delete sets to null (a reminder's track). Putting those back in
 * the same order brings the record back whole, links and all, without each slice writing its own
 * undo. Only identifiers read from sqlite_master reach SQL, checked against a strict pattern.
 */
export interface CapturedRow {
  table: string;
  row: Record<string, unknown>;
}

export interface NulledLink {
  table: string;
  /** The primary key of the row whose link is nulled, column → value. */
  key: Record<string, unknown>;
  column: string;
  value: unknown;
}

export interface RowGraph {
  /** Parents before children: the order to insert them back. */
  rows: CapturedRow[];
  nulled: NulledLink[];
}

interface ForeignKey {
  /** The table holding the link. */
  table: string;
  from: string;
  /** The table and column it points at. */
  parent: string;
  to: string;
  onDelete: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unexpected identifier in the schema: ${name}`);
  return `"${name}"`;
}

export class SchemaLinks {
  readonly #keys: ForeignKey[] = [];
  readonly #primaryKeys = new Map<string, string[]>();

  constructor(private readonly db: Db) {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    for (const { name } of tables) {
      if (!IDENTIFIER.test(name)) continue;
      const columns = db.prepare<[string], { name: string; pk: number }>('SELECT name, pk FROM pragma_table_info(?)').all(name);
      this.#primaryKeys.set(
        name,
        columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      );
      const links = db
        .prepare<[string], { table: string; from: string; to: string | null; on_delete: string }>('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)')
        .all(name);
      for (const link of links) {
        this.#keys.push({ table: name, from: link.from, parent: link.table, to: link.to ?? '', onDelete: link.on_delete.toUpperCase() });
      }
    }
    // A link that names no column points at the parent's primary key.
    for (const key of this.#keys) if (key.to === '') key.to = this.primaryKey(key.parent)[0] ?? 'rowid';
  }

  /** Links pointing at `parent` (children of its rows). */
  childrenOf(parent: string): ForeignKey[] {
    return this.#keys.filter((k) => k.parent === parent);
  }

  /** Links held by `table` (what its rows point at). */
  parentsOf(table: string): ForeignKey[] {
    return this.#keys.filter((k) => k.table === table);
  }

  primaryKey(table: string): string[] {
    const pk = this.#primaryKeys.get(table);
    return pk && pk.length > 0 ? pk : ['rowid'];
  }

  /** The record and everything its delete takes with it or unlinks. Empty when it does not exist. */
  capture(table: string, where: Record<string, unknown>): RowGraph {
    const graph: RowGraph = { rows: [], nulled: [] };
    const seen = new Set<string>();
    const visit = (tableName: string, match: Record<string, unknown>) => {
      for (const row of this.#select(tableName, match)) {
        const key = `${tableName}|${this.primaryKey(tableName).map((c) => String(row[c])).join('|')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        graph.rows.push({ table: tableName, row });
        for (const child of this.childrenOf(tableName)) {
          const value = row[child.to];
          if (value === null || value === undefined) continue;
          if (child.onDelete === 'CASCADE') visit(child.table, { [child.from]: value });
          else if (child.onDelete === 'SET NULL') {
            for (const linked of this.#select(child.table, { [child.from]: value })) {
              const pk = Object.fromEntries(this.primaryKey(child.table).map((c) => [c, linked[c]]));
              graph.nulled.push({ table: child.table, key: pk, column: child.from, value });
            }
          }
        }
      }
    };
    visit(table, where);
    // A link inside the record itself (a session's plan item when both go) needs no repair.
    const inGraph = new Set(graph.rows.map((r) => `${r.table}|${this.primaryKey(r.table).map((c) => String(r.row[c])).join('|')}`));
    graph.nulled = graph.nulled.filter((n) => !inGraph.has(`${n.table}|${this.primaryKey(n.table).map((c) => String(n.key[c])).join('|')}`));
    return graph;
  }

  exists(table: string, match: Record<string, unknown>): boolean {
    return this.#select(table, match, 1).length > 0;
  }

  insert(table: string, row: Record<string, unknown>): void {
    const columns = Object.keys(row);
    this.db
      .prepare(`INSERT INTO ${ident(table)} (${columns.map(ident).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...columns.map((c) => row[c]));
  }

  /** Sets a nulled link back, only where it is still null (a newer link is never overwritten). */
  relink(link: NulledLink): void {
    const keys = Object.keys(link.key);
    this.db
      .prepare(`UPDATE ${ident(link.table)} SET ${ident(link.column)} = ? WHERE ${keys.map((k) => `${ident(k)} = ?`).join(' AND ')} AND ${ident(link.column)} IS NULL`)
      .run(link.value, ...keys.map((k) => link.key[k]));
  }

  #select(table: string, match: Record<string, unknown>, limit?: number): Record<string, unknown>[] {
    const columns = Object.keys(match);
    const sql = `SELECT * FROM ${ident(table)} WHERE ${columns.map((c) => `${ident(c)} = ?`).join(' AND ')}${limit ? ` LIMIT ${Math.trunc(limit)}` : ''}`;
    return this.db.prepare(sql).all(...columns.map((c) => match[c])) as Record<string, unknown>[];
  }
}
