import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BackupPolicy,
  type BackupReason,
  BackupIdSchema,
  type BackupSummary,
  type LastRestore,
  LastRestoreSchema,
} from '../../../../shared/schemas/backups';
import { backupsToKeep } from '../../domain/backupRetention';
import { notFound } from '../../errors';
import type { BackupManifest } from './archiveManifest';
import { readManifest } from './readArchive';
import { ZipReader } from './zipReader';

export const BACKUP_DIR_NAME = 'backups';

/**
 * `certplan-backup-20261125T100000-000Z-daily.zip`: sorts by time, says why, opens as a ZIP.
 * A second backup in the same millisecond gets `…000Z-2-daily.zip`.
 */
export function backupFileName(at: Date, reason: BackupReason, sequence = 1): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '-');
  return `certplan-backup-${stamp}${sequence > 1 ? `-${sequence}` : ''}-${reason}.zip`;
}

/** The sequence number in a backup's name (1 when it has none). */
function sequenceOf(id: string): number {
  return Number(/Z-(\d+)-[a-z-]+\.zip$/.exec(id)?.[1] ?? 1);
}

interface CachedSummary {
  size: number;
  mtimeMs: number;
  manifest: BackupManifest | null;
  summary: BackupSummary | null;
}

const LAST_RESTORE_FILE = 'last-restore.json';

/**
 * The data folder's `backups/`: one self-describing archive per backup. The list is read from
 * the archives' own manifests (cached by size and time), so a backup copied in by hand shows up
 * and a file that is not a readable backup is left out rather than breaking the screen.
 */
export class BackupFolder {
  readonly dir: string;
  readonly #cache = new Map<string, CachedSummary>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, BACKUP_DIR_NAME);
  }

  /** A name no backup in the folder has yet. */
  freshName(at: Date, reason: BackupReason): string {
    for (let sequence = 1; ; sequence++) {
      const name = backupFileName(at, reason, sequence);
      if (!existsSync(join(this.dir, name))) return name;
    }
  }

  pathOf(id: string): string {
    if (!BackupIdSchema.safeParse(id).success) throw notFound('backup', id);
    return join(this.dir, id);
  }

  /** Newest first. */
  async list(): Promise<BackupSummary[]> {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((name) => BackupIdSchema.safeParse(name).success);
    } catch {
      return [];
    }
    const summaries: BackupSummary[] = [];
    for (const name of names) {
      const summary = await this.#summary(name);
      if (summary) summaries.push(summary);
    }
    for (const cached of this.#cache.keys()) if (!names.includes(cached)) this.#cache.delete(cached);
    return summaries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || sequenceOf(b.id) - sequenceOf(a.id));
  }

  async require(id: string): Promise<BackupSummary> {
    const summary = await this.#summary(id);
    if (!summary) throw notFound('backup', id);
    return summary;
  }

  remove(id: string): void {
    const file = this.pathOf(id);
    try {
      statSync(file);
    } catch {
      throw notFound('backup', id);
    }
    rmSync(file, { force: true });
    this.#cache.delete(id);
  }

  /** What the policy would delete now, newest first. */
  async prunable(policy: BackupPolicy): Promise<BackupSummary[]> {
    const all = await this.list();
    const keep = backupsToKeep(
      all.map((b) => ({ id: b.id, createdAt: new Date(b.createdAt), reason: b.reason })),
      policy,
    );
    return all.filter((b) => !keep.has(b.id));
  }

  async prune(policy: BackupPolicy): Promise<BackupSummary[]> {
    const removed = await this.prunable(policy);
    for (const backup of removed) this.remove(backup.id);
    return removed;
  }

  /** Records a just-written backup without reading it again. */
  remember(id: string, manifest: BackupManifest): BackupSummary {
    const stat = statSync(join(this.dir, id));
    const summary = summarise(id, stat.size, manifest);
    this.#cache.set(id, { size: stat.size, mtimeMs: stat.mtimeMs, manifest, summary });
    return summary;
  }

  async manifest(id: string): Promise<BackupManifest | null> {
    return (await this.#read(id))?.manifest ?? null;
  }

  async #summary(id: string): Promise<BackupSummary | null> {
    return (await this.#read(id))?.summary ?? null;
  }

  async #read(id: string): Promise<CachedSummary | null> {
    let stat;
    try {
      stat = statSync(this.pathOf(id));
    } catch {
      return null;
    }
    const cached = this.#cache.get(id);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached;
    let manifest: BackupManifest | null = null;
    try {
      const reader = await ZipReader.open(this.pathOf(id));
      try {
        const archive = await readManifest(reader);
        if (archive.kind === 'backup') manifest = archive.manifest;
      } finally {
        await reader.close();
      }
    } catch {
      manifest = null;
    }
    const entry = { size: stat.size, mtimeMs: stat.mtimeMs, manifest, summary: manifest ? summarise(id, stat.size, manifest) : null };
    this.#cache.set(id, entry);
    return entry;
  }

  /** The last restore, kept beside the backups (not in the database, which the restore replaced). */
  readLastRestore(): LastRestore | null {
    try {
      const parsed = LastRestoreSchema.safeParse(JSON.parse(readFileSync(join(this.dir, LAST_RESTORE_FILE), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  writeLastRestore(record: LastRestore): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(this.dir, LAST_RESTORE_FILE), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  }
}

function summarise(id: string, sizeBytes: number, manifest: BackupManifest): BackupSummary {
  return {
    id,
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    detail: manifest.detail,
    sizeBytes,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    counts: manifest.counts,
    missingEvidence: manifest.missingEvidence.length,
  };
}
