import type { Db } from '../../db/connection';
import { quoteIdentifier, tableColumns, userTables } from './databaseContents';

/** The rows of every table as JSON-ready objects, for the export and back again for the import. */

/**
 * Columns holding JSON text (every such column is declared `CHECK (json_valid(col))`): exported
 * as the JSON value itself, so the records read naturally, and stored back as text on import.
 * Read from the database's own schema, so a later migration's JSON columns are found too.
 */
export function jsonColumns(db: Db, table: string): Set<string> {
  const sql = db.prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)?.sql ?? '';
  return new Set([...sql.matchAll(/json_valid\(\s*(\w+)\s*\)/g)].map((m) => m[1] ?? ''));
}

export interface TableDump {
  table: string;
  rows: Record<string, unknown>[];
  /** Set when the table could not be read to the end (a damaged database). */
  problem: string | null;
}

/**
 * Reads every table in creation order, rows in insertion order. On a damaged database a table
 * stops at the first unreadable page: the rows read before it are kept and the problem is named.
 */
export function dumpTables(db: Db): { dumps: TableDump[]; problems: string[] } {
  let tables: string[];
  try {
    tables = userTables(db);
  } catch (error) {
    return { dumps: [], problems: [`The list of tables could not be read (${message(error)})`] };
  }
  const problems: string[] = [];
  const dumps = tables.map((table) => {
    const dump = dumpTable(db, table);
    if (dump.problem) problems.push(dump.problem);
    return dump;
  });
  return { dumps, problems };
}

function dumpTable(db: Db, table: string): TableDump {
  const rows: Record<string, unknown>[] = [];
  try {
    const json = jsonColumns(db, table);
    const columns = tableColumns(db, table);
    const statement = db.prepare(`SELECT ${columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table)} ORDER BY rowid`);
    for (const row of statement.iterate() as Iterable<Record<string, unknown>>) {
      for (const column of json) {
        const value = row[column];
        if (typeof value === 'string') row[column] = parseJsonOr(value);
      }
      rows.push(row);
    }
    return { table, rows, problem: null };
  } catch (error) {
    return { table, rows, problem: `${table}: read ${rows.length} row(s), then stopped (${message(error)})` };
  }
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
