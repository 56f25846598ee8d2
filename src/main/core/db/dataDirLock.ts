import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type ProcessIdentity, currentProcessIdentity, holderState } from './processIdentity';

export const LOCK_FILE_NAME = 'certplan.lock';

/** Lock files this process holds: a file naming our own pid is ours only if it is in here. */
const heldByThisProcess = new Set<string>();

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    /** The holder lives but may not be Certplan (its id could have been reused): say how to clear the lock. */
    readonly lockFile: string | null = null,
  ) {
    super(
      `Another Certplan (process ${pid}) is using the data folder ${dataDir}. Close it first: two copies writing one database would overwrite each other's changes.` +
        (lockFile
          ? ` If no Certplan is running, the lock was left behind by a crash and process ${pid} is now another program: delete ${lockFile} and start Certplan again.`
          : ''),
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * One running Certplan per data folder, whichever host it is (the desktop app's single-instance
 * lock does not see `npm run web`). The lock names its process with its start time; a lock whose
 * process is gone — or whose id now belongs to a process that started later — is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify({ ...currentProcessIdentity(), app: 'certplan' }));
      } finally {
        closeSync(fd);
      }
      heldByThisProcess.add(file);
      return () => {
        heldByThisProcess.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder) {
        if (holder.pid === process.pid) {
          if (heldByThisProcess.has(file)) throw new DataDirInUseError(dataDir, holder.pid);
        } else {
          const state = holderState(holder);
          if (state === 'alive') throw new DataDirInUseError(dataDir, holder.pid);
          if (state === 'unknown') throw new DataDirInUseError(dataDir, holder.pid, file);
        }
      }
      // Gone, unreadable or empty (a crash while writing it): stale.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

/** The current JSON form, or the bare process id older versions wrote. */
function readHolder(file: string): (Partial<ProcessIdentity> & { pid: number }) | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const parsed = JSON.parse(text) as Partial<ProcessIdentity>;
    return typeof parsed.pid === 'number' && Number.isInteger(parsed.pid) ? { ...parsed, pid: parsed.pid } : null;
  } catch {
    return null;
  }
}
