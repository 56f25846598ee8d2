import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE_NAME } from '../../src/main/core/db/dataDirLock';
import { holderState, processStartTicks } from '../../src/main/core/db/processIdentity';
import { describeStartupFailure } from '../../src/main/core/startupFailure';
import { HOST_FILE_NAME, runningHost, writeHostFile } from '../../src/main/web/hostFile';
import { testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

describe('data folder lock', () => {
  it('lets one core at a time open a data folder', async () => {
    const dataDir = freshDataDir();
    const first = await testCore({ dataDir });
    await expect(testCore({ dataDir })).rejects.toThrow(DataDirInUseError);
    first.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    (await testCore({ dataDir })).close();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), '2147483646');
    const core = await testCore({ dataDir });
    core.close();
  });
});

describe('a lock left behind whose process id was reused', () => {
  it('is taken over when the system shows the id now belongs to a process started at another time', async () => {
    const dataDir = freshDataDir();
    // Process 1 is alive, but it did not start at this time: the lock is stale.
    writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: 1, startTicks: '1', hostname: hostname(), app: 'certplan' }));
    const canTell = processStartTicks(1) !== null;
    if (canTell) {
      const core = await testCore({ dataDir });
      core.close();
    } else {
      await expect(testCore({ dataDir })).rejects.toThrow(/delete .*certplan\.lock/);
    }
  });

  it('names the lock file to delete when it cannot tell (an old lock with only a live process id)', async () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), '1');
    const failure = await testCore({ dataDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DataDirInUseError);
    expect(describeStartupFailure(failure, dataDir).message).toContain(`delete ${join(dataDir, LOCK_FILE_NAME)} and start Certplan again`);
  });

  it('tells apart the same process from a reused id', () => {
    const alive = { pid: process.pid, startTicks: processStartTicks(process.pid), hostname: hostname() };
    expect(holderState(alive)).toBe(alive.startTicks ? 'alive' : 'unknown');
    expect(holderState({ ...alive, startTicks: '1' }, { startTicks: () => '999' })).toBe('gone');
    expect(holderState({ pid: 2147483646 })).toBe('gone');
    expect(holderState({ pid: 1, hostname: 'another-computer' })).toBe('unknown');
    expect(processStartTicks(7, () => '7 (a (weird) name) S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 4242 19')).toBe('4242');
  });
});

describe('the web host file', () => {
  it('is stale when its process is gone, and removed', () => {
    const dataDir = freshDataDir();
    writeFileSync(join(dataDir, HOST_FILE_NAME), JSON.stringify({ url: 'http://127.0.0.1:1/', port: 1, token: 't', pid: 2147483646, startedAt: '' }));
    expect(runningHost(dataDir)).toBeNull();
    expect(existsSync(join(dataDir, HOST_FILE_NAME))).toBe(false);
  });

  it('names a running host, and says how to clear it when the process may be another program', () => {
    const dataDir = freshDataDir();
    writeHostFile(dataDir, { url: 'http://127.0.0.1:1/', port: 1, token: 't', pid: process.pid, startedAt: '' });
    expect(runningHost(dataDir)).toMatchObject({ info: { pid: process.pid }, uncertain: processStartTicks(process.pid) === null });
    writeFileSync(join(dataDir, HOST_FILE_NAME), JSON.stringify({ url: 'u', port: 1, token: 't', pid: 1, startedAt: '' }));
    expect(runningHost(dataDir)).toMatchObject({ uncertain: true, file: join(dataDir, HOST_FILE_NAME) });
  });
});
