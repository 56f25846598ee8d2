import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LEGACY_PMP_SNAPSHOT } from '../unit/catalog/fixtures/legacyPmpSnapshot';
import { PROJECT_ROOT } from './webHost';

/**
 * A data folder as the release before issue 8 left it: database version 5 (migrations 0001–0005,
 * read from disk so Playwright can use this too), catalog release 1, and rules in the old shape on
 * a PMP track, a custom entry and its track, and a PMP credential held since 2022 whose first cycle
 * was renewed with 90 PDUs, 40 of them in its last year (30 carry over under the old rules).
 */
export const LEGACY_CUSTOM = { ...LEGACY_PMP_SNAPSHOT, id: 'custom-legacy', origin: 'custom', name: 'My PMP variant', acronym: 'MYPMP', copiedFrom: 'pmi-pmp', facts: {} };

const AT = '2026-11-01T10:00:00.000Z';
const DATABASE_FILE = 'certplan.sqlite3';

export function writeVersion5DataDir(dataDir: string): void {
  const migrations = join(PROJECT_ROOT, 'src', 'main', 'core', 'db', 'migrations');
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  for (const file of readdirSync(migrations).filter((f) => /^000[1-5]_.*\.sql$/.test(f)).sort()) db.exec(readFileSync(join(migrations, file), 'utf8'));
  db.pragma('user_version = 5');
  const cert = db.prepare('INSERT INTO certifications (id, origin, body, name, acronym, level, revision, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  cert.run('pmi-pmp', 'builtin', 'PMI', 'Project Management Professional', 'PMP', 'professional', 1, JSON.stringify(LEGACY_PMP_SNAPSHOT), AT, AT);
  cert.run('custom-legacy', 'custom', 'PMI', 'My PMP variant', 'MYPMP', 'professional', 1, JSON.stringify(LEGACY_CUSTOM), AT, AT);
  const track = db.prepare('INSERT INTO tracks (id, certification_id, status, snapshot, snapshot_revision, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)');
  track.run('track-pmp', 'pmi-pmp', 'exploring', JSON.stringify(LEGACY_PMP_SNAPSHOT), 1, AT, AT);
  track.run('track-custom', 'custom-legacy', 'exploring', JSON.stringify(LEGACY_CUSTOM), 1, AT, AT);
  db.prepare("INSERT INTO track_status_history (track_id, status, reason, changed_at) VALUES ('track-pmp', 'exploring', 'Started tracking PMP (rules revision 1)', ?)").run(AT);
  db.prepare(
    `INSERT INTO credentials (id, certification_id, track_id, name, acronym, body, credential_number, earned_on, rules_snapshot, origin, notes, created_at, updated_at)
     VALUES ('cred-pmp', 'pmi-pmp', NULL, 'Project Management Professional', 'PMP', 'PMI', '123', '2022-01-10', ?, 'manual', '', ?, ?)`,
  ).run(JSON.stringify(LEGACY_PMP_SNAPSHOT), AT, AT);
  const activity = db.prepare("INSERT INTO ce_activities (id, activity_date, title, provider, units, category_id, notes, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?, '', ?, ?)");
  const link = db.prepare("INSERT INTO ce_activity_credentials (activity_id, credential_id) VALUES (?, 'cred-pmp')");
  for (const [id, date, units, category] of [
    ['ce-1', '2022-03-01', 20, 'ways-of-working'],
    ['ce-2', '2022-04-01', 15, 'power-skills'],
    ['ce-3', '2023-02-01', 15, 'business-acumen'],
    ['ce-4', '2024-02-01', 40, 'power-skills'],
  ] as const) {
    activity.run(id, date, `Activity ${id}`, units, category, AT, AT);
    link.run(id);
  }
  db.prepare("INSERT INTO renewals (id, credential_id, cycle_start, submitted_on, approved_on, fee_paid, created_at, updated_at) VALUES ('ren-1', 'cred-pmp', '2022-01-10', '2024-12-01', '2024-12-10', 1, ?, ?)").run(AT, AT);
  db.prepare("INSERT INTO meta (key, value) VALUES ('builtin_catalog_version', '1')").run();
  db.close();
}
