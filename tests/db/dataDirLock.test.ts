import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE_NAME } from '../../src/main/core/db/dataDirLock';
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
