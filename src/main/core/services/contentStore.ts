import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { syncFolder } from '../fileSafety';

/** Where a file now is under its content hash, and whether this call wrote it. */
export interface StoredContent {
  sha256: string;
  target: string;
  /** False when the same bytes were stored already. */
  written: boolean;
}

/**
 * Files kept under their content hash in a folder of the data directory (evidence files, card
 * images): the same bytes are stored once, and nothing points outside the data folder.
 *
 * Written beside the target first, forced to disk, then renamed and the folder synced: the file is
 * whole and on disk before a database row that points at it commits. A failed write (a full
 * disk) leaves no `.partial` behind and re-throws; any left by a crash are swept at the next start.
 */
export function storeContentAddressed(dir: string, bytes: Uint8Array): StoredContent {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = join(dir, sha256);
  if (existsSync(target)) return { sha256, target, written: false };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const partial = `${target}.${process.pid}.partial`;
  try {
    const fd = openSync(partial, 'w', 0o600);
    try {
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  syncFolder(dir);
  return { sha256, target, written: true };
}
