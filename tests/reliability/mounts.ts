import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small tmpfs of its own, for the full-disk and read-only scenarios: real ENOSPC and EROFS from
 * the kernel, not mocks. Needs root (or CAP_SYS_ADMIN); elsewhere the scenario is skipped and
 * the reason printed.
 */
export interface SmallDisk {
  dir: string;
  remount(mode: 'ro' | 'rw'): void;
  unmount(): void;
}

export function mountSmallDisk(sizeKb: number): SmallDisk | { unavailable: string } {
  if (process.platform !== 'linux') return { unavailable: `tmpfs mounts need Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { unavailable: 'mounting a tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'certplan-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0755`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: `mount -t tmpfs failed (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})` };
  }
  return {
    dir,
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' }),
    unmount: () => {
      try {
        execFileSync('umount', [dir], { stdio: 'pipe' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
