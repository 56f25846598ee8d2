import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'certplan.lock';

/** Lock files this process holds: a file naming our own pid is ours only if it is in here. */
const heldByThisProcess = new Set<string>();

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Another Certplan (process ${pid}) is using the data folder ${dataDir}. Close it first: two copies writing one database would overwrite each other's changes.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * One running Certplan per data folder, whichever host it is (the desktop app's single-instance
 * lock does not see `npm run web`). A lock left by a process that no longer exists is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldByThisProcess.add(file);
      return () => {
        heldByThisProcess.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSafe(file), 10);
      const ours = holder === process.pid;
      if (Number.isInteger(holder) && (ours ? heldByThisProcess.has(file) : isAlive(holder))) {
        throw new DataDirInUseError(dataDir, holder);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
