import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDiskFull } from '../fileSafety';

export type DataFolderProblem = 'read-only' | 'missing' | 'not-a-folder' | 'disk-full';

/** The data folder cannot be used; `describeStartupFailure` turns it into words for the person. */
export class DataFolderError extends Error {
  constructor(
    readonly problem: DataFolderProblem,
    readonly folder: string,
    readonly causeCode: string,
  ) {
    super(`Data folder ${folder}: ${problem} (${causeCode})`);
    this.name = 'DataFolderError';
  }
}

const errno = (error: unknown): string => String((error as NodeJS.ErrnoException | null)?.code ?? 'unknown');

function classify(error: unknown, folder: string): DataFolderError {
  const code = errno(error);
  if (isDiskFull(error)) return new DataFolderError('disk-full', folder, code);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new DataFolderError('read-only', folder, code);
  if (code === 'ENOTDIR' || code === 'EEXIST') return new DataFolderError('not-a-folder', folder, code);
  if (code === 'ENOENT') return new DataFolderError('missing', folder, code);
  throw error;
}

/**
 * Makes sure the data folder exists and can be written, before anything is opened in it:
 * - created readable by its owner only (0700) where the platform has such modes;
 * - with `createParents: false` (a folder named on the command line) its parent must exist, so
 *   a typo or an unplugged drive is reported instead of creating a stray folder;
 * - a small probe file is written and removed, so a read-only folder or a full disk is named
 *   plainly now rather than as a database error later.
 * Leftovers of interrupted writes are swept separately, once the folder's lock is held.
 */
export function prepareDataFolder(dataDir: string, options: { createParents: boolean }): void {
  let exists = false;
  try {
    if (!statSync(dataDir).isDirectory()) throw new DataFolderError('not-a-folder', dataDir, 'ENOTDIR');
    exists = true;
  } catch (error) {
    if (error instanceof DataFolderError) throw error;
    if (errno(error) !== 'ENOENT') throw classify(error, dataDir);
  }
  if (!exists) {
    if (!options.createParents) {
      try {
        if (!statSync(dirname(dataDir)).isDirectory()) throw new DataFolderError('not-a-folder', dirname(dataDir), 'ENOTDIR');
      } catch (error) {
        if (error instanceof DataFolderError) throw error;
        throw classify(error, dirname(dataDir));
      }
    }
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw classify(error, dataDir);
    }
  }
  probeWritable(dataDir);
}

function probeWritable(dataDir: string): void {
  const probe = join(dataDir, `.certplan-write-test-${process.pid}`);
  try {
    const fd = openSync(probe, 'w', 0o600);
    try {
      writeSync(fd, 'certplan');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(probe, { force: true });
    throw classify(error, dataDir);
  }
  rmSync(probe, { force: true });
}

/**
 * Half-written evidence, card images and archives, and the staging folder, only ever hold interrupted work —
 * once this process holds the folder's lock (before it, they may be another Certplan's work in progress).
 */
export function sweepInterruptedWrites(dataDir: string): void {
  for (const folder of ['evidence', 'flashcard-media', 'backups']) {
    const dir = join(dataDir, folder);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (name.endsWith('.partial')) rmSync(join(dir, name), { force: true });
  }
  rmSync(join(dataDir, 'staging'), { recursive: true, force: true });
}
