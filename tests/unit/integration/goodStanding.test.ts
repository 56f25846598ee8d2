import { describe, expect, it } from 'vitest';
import { callOk, testCore } from '../../support/core';

/** PMI-PMOCP accepts "a PMP in good standing" for its 36 months: renewal decides the standing. */
describe('a held credential stands in for a requirement only in good standing', () => {
  it.each([
    ['a current PMP (earned 2025)', '2025-03-01', 'pmi-pmp'],
    ['an expired PMP (earned 2020, never renewed)', '2020-03-01', null],
  ])('%s', async (_label, earnedOn, substitute) => {
    const core = await testCore();
    await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn });
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmocp' });
    const result = await callOk(core, 'eligibility:get', { trackId: track.id });
    const experience = result.paths.flatMap((p) => p.requirements).find((r) => r.kind === 'experience');
    expect(experience?.metBySubstitute ?? null).toBe(substitute);
    core.close();
  });
});
