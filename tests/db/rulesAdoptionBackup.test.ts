import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_VERSION } from '../../src/main/core/catalog';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

/** A later release in which PMP's rules changed, so tracks on it may adopt them. */
const NEXT = {
  version: BUILTIN_CATALOG_VERSION + 1,
  releasedAt: '2027-03-01T00:00:00.000Z',
  entries: BUILTIN_CATALOG.map((entry) => (entry.id === 'pmi-pmp' ? { ...entry, revision: entry.revision + 1, name: `${entry.name} (2027 rules)` } : entry)),
};

async function trackWithNewerRules() {
  const dataDir = freshDataDir();
  const first = await testCore({ dataDir });
  const track = await callOk(first, 'tracks:create', { certificationId: 'pmi-pmp' });
  first.close();
  const core = await testCore({ dataDir, catalog: NEXT });
  expect((await callOk(core, 'tracks:get', { id: track.id })).newerRulesAvailable).toBe(true);
  return { core, trackId: track.id, dataDir };
}

describe('adopting newer catalog rules', () => {
  it('takes a backup of the data first, and none when there is nothing to adopt', async () => {
    const { core, trackId } = await trackWithNewerRules();
    await callOk(core, 'tracks:adopt-latest-rules', { id: trackId });
    const { backups } = await callOk(core, 'backups:list', {});
    expect(backups.map((b) => [b.reason, b.detail])).toEqual([['before-rules-adoption', 'PMP: before adopting the newer rules']]);
    expect(backups[0]?.counts.tracks).toBe(1);
    // Adopting again is refused (nothing to adopt), so no second backup.
    const again = await core.call('tracks:adopt-latest-rules', { id: trackId });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    expect((await callOk(core, 'backups:list', {})).backups).toHaveLength(1);
    core.close();
  });

  it('does not adopt when the backup cannot be written', async () => {
    const { core, trackId, dataDir } = await trackWithNewerRules();
    rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
    writeFileSync(join(dataDir, 'backups'), 'a file where the backups folder should be');
    const refused = await core.call('tracks:adopt-latest-rules', { id: trackId });
    expect(refused.ok ? null : refused.error.code).not.toBe('internal');
    expect(refused.ok).toBe(false);
    expect((await callOk(core, 'tracks:get', { id: trackId })).newerRulesAvailable).toBe(true);
    core.close();
  });
});
