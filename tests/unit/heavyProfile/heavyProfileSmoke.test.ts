import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, type Core } from '../../../src/main/core/createCore';
import { buildHeavyProfile, HEAVY_PROFILE_TODAY, type HeavyProfileSummary } from '../../support/heavyProfile/buildHeavyProfile';
import { heavyProfileShape } from '../../support/heavyProfile/profileShape';
import { readProfile } from '../../support/heavyProfile/profileContents';
import { callOk, PINNED_NOW, testCore } from '../../support/core';
import { freshDataDir } from '../../support/webHost';

const SCALE = 0.05;
let dataDir: string;
let summary: HeavyProfileSummary;
let core: Core;

/**
 * The bench's heavy profile (issue 10) at 5 %, so the generator cannot rot between bench runs: it
 * builds through the core, the core opens what it built, and the screens read what was written.
 */
describe(`the heavy-profile generator at scale ${SCALE}`, () => {
  beforeAll(async () => {
    dataDir = freshDataDir();
    summary = await buildHeavyProfile({ dataDir, scale: SCALE });
    core = await testCore({ dataDir });
  }, 120_000);
  afterAll(() => core?.close());

  it('writes the scaled counts of the profile', () => {
    expect(PINNED_NOW.slice(0, 10)).toBe(HEAVY_PROFILE_TODAY);
    const shape = heavyProfileShape(SCALE);
    const { counts } = readProfile(join(dataDir, DATABASE_FILE_NAME));
    expect(counts).toMatchObject({
      tracks: 10,
      studySessions: shape.studySessions,
      practiceResults: shape.practiceResults,
      credentials: 6,
      renewals: 14,
      ceWithEvidence: shape.ceWithEvidence,
      experience: shape.experience,
      training: shape.training,
    });
    // Top-up activities may be added so every renewed cycle met its requirement.
    expect(counts.ceActivities).toBeGreaterThanOrEqual(shape.ceActivities);
    expect(counts.ceActivities).toBe(summary.ceActivities);
  });

  it('opens in the core and the dashboard shows every track and credential', async () => {
    const dashboard = await callOk(core, 'dashboard:get', {});
    expect(dashboard.tracks.map((t) => t.id).sort()).toEqual([...summary.trackIds].sort());
    expect(dashboard.credentials.map((c) => c.id).sort()).toEqual([...summary.credentialIds].sort());
    expect(dashboard.studyHours.some((week) => week.done > 0)).toBe(true);
  });

  it('a track’s sessions and a credential’s renewed cycles read back', async () => {
    const [trackId] = summary.trackIds;
    const list = await callOk(core, 'sessions:list', { trackId });
    expect(list.sessions).toHaveLength(heavyProfileShape(SCALE).studySessions / 10);
    let renewed = 0;
    for (const credentialId of summary.credentialIds) {
      const view = await callOk(core, 'renewal:get', { credentialId });
      renewed += view.cycles.filter((c) => c.state === 'renewed').length;
      expect(view.cycles.at(-1)?.state).toBe('open');
    }
    expect(renewed).toBe(14);
  });

  it('is deterministic: the same seed builds the same records, another seed others', async () => {
    const again = freshDataDir();
    await buildHeavyProfile({ dataDir: again, scale: SCALE });
    const other = freshDataDir();
    await buildHeavyProfile({ dataDir: other, scale: SCALE, seed: 7 });
    const first = readProfile(join(dataDir, DATABASE_FILE_NAME)).fingerprint;
    expect(readProfile(join(again, DATABASE_FILE_NAME)).fingerprint).toBe(first);
    expect(readProfile(join(other, DATABASE_FILE_NAME)).fingerprint).not.toBe(first);
  }, 120_000);
});
