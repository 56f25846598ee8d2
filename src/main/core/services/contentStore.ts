import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
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

/**
 * The same, without holding the thread: for files written while other calls should go on (the
 * images of a large import). `sha256` is the content's hash when the caller has it already.
 */
export async function storeContentAddressedAsync(dir: string, bytes: Uint8Array, sha256 = createHash('sha256').update(bytes).digest('hex')): Promise<StoredContent> {
  const target = join(dir, sha256);
  if (existsSync(target)) return { sha256, target, written: false };
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const partial = `${target}.${process.pid}.${randomUUID()}.partial`;
  try {
    const file = await open(partial, 'w', 0o600);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { sha256, target, written: true };
}

/** Forces a folder's entries (files just renamed into it) to disk, without holding the thread. */
export async function syncFolderAsync(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot open a folder for syncing (Windows); the files themselves are synced.
  }
}
