import type { Db } from './connection';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class FutureDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data folder was written by a newer version of Certplan (database version ${found}; ` +
        `this version understands up to ${supported}). Update Certplan to open it; your data was not changed.`,
    );
    this.name = 'FutureDatabaseError';
  }
}

export function assertMonotonic(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}; expected ${i + 1}`);
    }
  });
}

export function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Versions that would run now, without running them. Throws for a database from the future. */
export function pendingMigrations(db: Db, migrations: readonly Migration[]): Migration[] {
  assertMonotonic(migrations);
  const current = currentVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new FutureDatabaseError(current, latest);
  return migrations.filter((m) => m.version > current);
}

/**
 * Runs pending migrations, each in its own transaction together with its `user_version` bump, so
 * a failure leaves the database at the last good version. The caller takes the backup first.
 */
export function applyMigrations(db: Db, pending: readonly Migration[]): void {
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      // user_version cannot be bound as a parameter; the value is an integer from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
}
