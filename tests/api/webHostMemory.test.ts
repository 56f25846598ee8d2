import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../support/webHost';

const onLinux = process.platform === 'linux';
const fromProc = (pid: number, file: string) => readFileSync(`/proc/${pid}/${file}`, 'utf8').split('\0').filter(Boolean);

/**
 * Issue 10's memory goal: the web host restarts itself once, in the same process, with a smaller
 * young generation and malloc thresholds that hand big freed blocks back (src/main/web/memorySettings.ts).
 */
describe.runIf(onLinux)('web host memory settings', () => {
  it('are in force in the very process that was started, which answers as usual', async () => {
    const host = await startWebHost();
    try {
      const { pid } = JSON.parse(readFileSync(join(host.dataDir, 'web-host.json'), 'utf8')) as { pid: number };
      // startWebHost only accepts a host file written by the process it spawned: same id after the restart.
      expect(fromProc(pid, 'cmdline')).toContain('--max-semi-space-size=4');
      expect(fromProc(pid, 'environ')).toEqual(expect.arrayContaining(['MALLOC_MMAP_THRESHOLD_=131072', 'MALLOC_TRIM_THRESHOLD_=131072']));
      const tracks = await host.call('tracks:list', {});
      expect(tracks.body.ok).toBe(true);
    } finally {
      expect(await host.stop()).toBe(0);
    }
  });
});
