import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { holderState, processStartTicks } from '../core/db/processIdentity';

export const HOST_FILE_NAME = 'web-host.json';

export interface HostFile {
  url: string;
  port: number;
  token: string;
  pid: number;
  startedAt: string;
  /** The process's start time (Linux), so a reused process id is not taken for a running host. */
  startTicks?: string | null;
}

/** Tells scripts and tests where the running host is. Readable by the owner only: it holds the token. */
export function writeHostFile(dataDir: string, info: Omit<HostFile, 'startTicks'>): string {
  const file = join(dataDir, HOST_FILE_NAME);
  writeFileSync(file, `${JSON.stringify({ ...info, startTicks: processStartTicks(info.pid) }, null, 2)}\n`, { mode: 0o600 });
  return file;
}

export function removeHostFile(dataDir: string): void {
  rmSync(join(dataDir, HOST_FILE_NAME), { force: true });
}

export interface RunningHost {
  info: HostFile;
  /** True when the process lives but the system cannot tell whether it is that host (its id may be reused). */
  uncertain: boolean;
  file: string;
}

/**
 * A host file whose process still runs means the folder is in use. One whose process is gone,
 * or whose id now belongs to a process that started at another time, is stale and removed.
 */
export function runningHost(dataDir: string): RunningHost | null {
  const file = join(dataDir, HOST_FILE_NAME);
  let info: HostFile;
  try {
    info = JSON.parse(readFileSync(file, 'utf8')) as HostFile;
    if (!Number.isInteger(info.pid)) return null;
  } catch {
    return null;
  }
  const state = holderState({ pid: info.pid, startTicks: info.startTicks ?? null });
  if (state === 'gone') {
    rmSync(file, { force: true });
    return null;
  }
  return { info, uncertain: state === 'unknown', file };
}
