import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir, startWebHost } from '../support/webHost';

describe('web host lifecycle', () => {
  it('writes web-host.json while running, removes it on SIGTERM and keeps data across restarts', async () => {
    const dataDir = freshDataDir();
    const first = await startWebHost({ dataDir });
    expect(existsSync(join(dataDir, 'web-host.json'))).toBe(true);
    expect(first.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // The host writes web-host.json before it prints its address, and stdout reaches this process
    // on its own schedule: wait for the line instead of assuming it has already arrived.
    await expect.poll(() => first.output()).toContain(`Certplan is running at ${first.appUrl}`);
    const created = await first.call<{ id: string }>('tracks:create', { certificationId: 'pmi-pmocp' });
    expect(created.body.ok).toBe(true);

    expect(await first.stop()).toBe(0);
    expect(existsSync(join(dataDir, 'web-host.json'))).toBe(false);
    await expect.poll(() => first.output()).toContain('database was closed cleanly');

    const second = await startWebHost({ dataDir });
    const tracks = await second.call<{ acronym: string }[]>('tracks:list', {});
    expect(tracks.body.ok && tracks.body.data.map((t) => t.acronym)).toEqual(['PMI-PMOCP']);
    await second.stop();
  });

  it('listens on the port it is given', async () => {
    const probe = await startWebHost();
    const port = probe.port;
    await probe.stop();
    const host = await startWebHost({ extraArgs: ['--port', String(port)] });
    expect(host.port).toBe(port);
    await host.stop();
  });

  it('refuses a second host on the same data folder', async () => {
    const dataDir = freshDataDir();
    const first = await startWebHost({ dataDir });
    await expect(startWebHost({ dataDir })).rejects.toThrow(/already running on this data folder/);
    await first.stop();
  });

  it('moves the clock only in test mode', async () => {
    const host = await startWebHost({ clock: '2026-11-25T10:00:00.000Z' });
    await host.setClock('2027-01-10T09:00:00.000Z');
    const info = await host.call<{ today: string }>('app:info', {});
    expect(info.body.ok && info.body.data.today).toBe('2027-01-10');
    await host.stop();
  });
});
