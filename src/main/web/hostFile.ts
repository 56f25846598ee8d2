import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOST_FILE_NAME = 'web-host.json';

export interface HostFile {
  url: string;
  port: number;
  token: string;
  pid: number;
  startedAt: string;
}

/** Tells scripts and tests where the running host is. Readable by the owner only: it holds the token. */
export function writeHostFile(dataDir: string, info: HostFile): string {
  const file = join(dataDir, HOST_FILE_NAME);
  writeFileSync(file, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  return file;
}

export function removeHostFile(dataDir: string): void {
  rmSync(join(dataDir, HOST_FILE_NAME), { force: true });
}

/** A host file left by a process that is still alive means the folder is in use. */
export function runningHost(dataDir: string): HostFile | null {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, HOST_FILE_NAME), 'utf8')) as HostFile;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}
