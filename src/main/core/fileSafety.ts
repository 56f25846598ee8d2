import { chmodSync, closeSync, fsyncSync, openSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';

/** Writing files so that a crash or a full disk never leaves half of one where a whole one belongs. */

/** Forces a folder's entries (a rename into it) to disk. Windows cannot open folders; it journals renames itself. */
export function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on this platform or file system; the rename itself is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Writes `bytes` to `target` through `<target>.<pid>.partial`: written, forced to disk, then
 * renamed. On any failure (a full disk) the partial file is removed and the error re-thrown.
 */
export async function writeFileDurably(target: string, bytes: Uint8Array, folder: string): Promise<void> {
  const partial = `${target}.${process.pid}.partial`;
  try {
    const handle = await open(partial, 'w', 0o600);
    try {
      let written = 0;
      while (written < bytes.length) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** errno codes that mean "the disk (or the quota) is full". */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}

/** Owner-only modes for the database and its companions (ignored where the platform has none). */
export function restrictToOwner(files: readonly string[]): void {
  for (const file of files) {
    try {
      chmodSync(file, 0o600);
    } catch {
      // Missing (no WAL yet) or a file system without modes.
    }
  }
}
