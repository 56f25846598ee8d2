import type { Db } from './connection';
import type { KeyDimension, TableVersions } from './tableVersions';

/** The SQL function the TEMP triggers call: (dimension, table, owner key). */
const BUMP = 'certplan_owner_write';
/** Read across tracks (a credential's track link), so kept whole: a change re-plans every track. */
const NOT_TRACK_KEYED = new Set(['credentials']);
/** Child tables of a CE activity: their rows belong to the credentials the activity counts for. */
const ACTIVITY = 'ce_activities';
const ACTIVITY_LINKS = 'ce_activity_credentials';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * For a row reference (`NEW` or `OLD`) of `table`, the SELECT statements that report the row's
 * owners in `dimension`; empty when the table is not keyed in that dimension.
 */
function ownerStatements(dimension: KeyDimension, table: string, columns: ReadonlySet<string>, row: 'NEW' | 'OLD'): string[] {
  const bump = (key: string) => `SELECT ${BUMP}(${literal(dimension)}, ${literal(table)}, ${key})`;
  const viaLinks = (activityId: string) =>
    `SELECT ${BUMP}(${literal(dimension)}, ${literal(table)}, credential_id) FROM main.${ACTIVITY_LINKS} WHERE activity_id = ${activityId}`;
  if (dimension === 'track') {
    if (table === 'tracks') return [bump(`${row}.id`)];
    return columns.has('track_id') && !NOT_TRACK_KEYED.has(table) ? [bump(`${row}.track_id`)] : [];
  }
  // A link row changes what every credential sharing the activity shows ("also counts for").
  if (table === ACTIVITY_LINKS) return [bump(`${row}.credential_id`), viaLinks(`${row}.activity_id`)];
  if (table === ACTIVITY) return [viaLinks(`${row}.id`)];
  if (columns.has('credential_id')) return [bump(`${row}.credential_id`)];
  if (columns.has('activity_id')) return [viaLinks(`${row}.activity_id`)];
  return [];
}

/**
 * Per-connection TEMP triggers (no migration; the stored schema is unchanged) that report every
 * changed row's owner — its track, or the credentials a CE row counts for — to `versions`.
 * Triggers fire for rows changed by foreign-key cascades too, so deleting a track counts for that
 * track. Deletes of a CE activity are reported before the delete, while its links still exist.
 */
export function installOwnerTriggers(db: Db, versions: TableVersions): void {
  db.function(BUMP, { deterministic: false, varargs: false }, (dimension: unknown, table: unknown, key: unknown) => {
    versions.bumpKey(dimension as KeyDimension, String(table), key === null || key === undefined ? null : String(key));
    return null;
  });
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  const statements: string[] = [];
  for (const { name } of tables) {
    const table = name.toLowerCase();
    const columns = new Set(db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(name).map((c) => c.name.toLowerCase()));
    for (const dimension of ['track', 'credential'] as const) {
      const newRow = ownerStatements(dimension, table, columns, 'NEW');
      if (newRow.length === 0) continue;
      versions.keyTable(dimension, table);
      const oldRow = ownerStatements(dimension, table, columns, 'OLD');
      const trigger = (event: string) => quote(`certplan_owner_${dimension}_${table}_${event}`);
      const target = `main.${quote(name)}`;
      statements.push(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${trigger('insert')} AFTER INSERT ON ${target} BEGIN ${newRow.map((s) => `${s};`).join(' ')} END`,
        `CREATE TEMP TRIGGER IF NOT EXISTS ${trigger('update')} AFTER UPDATE ON ${target} BEGIN ${[...oldRow, ...newRow].map((s) => `${s};`).join(' ')} END`,
        // Before: a CE activity's links are gone after its delete cascades.
        `CREATE TEMP TRIGGER IF NOT EXISTS ${trigger('delete')} BEFORE DELETE ON ${target} BEGIN ${oldRow.map((s) => `${s};`).join(' ')} END`,
      );
    }
  }
  for (const statement of statements) db.prepare(statement).run();
}
