import { expect, it } from 'vitest';
import { AdjustableClock } from '../../../src/main/core/clock';
import { callOk, testCore } from '../../support/core';
import { freshDataDir } from '../../support/webHost';

/**
 * The status round at start must judge held credentials as a running core does. It once ran
 * before the renewal slice registered its standing check, so a lapsed CAPM (cycle ended
 * 03/02/2026, not renewed) counted as held at start and moved a PMP track from exploring to
 * qualifying, while the running core had rightly left it alone.
 */
it('a lapsed credential moves no track at start, as it moves none while running', async () => {
  const dataDir = freshDataDir();
  const clock = new AdjustableClock(new Date('2026-11-25T12:00:00Z'));
  let core = await testCore({ dataDir, clock });
  const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  const capm = await callOk(core, 'credentials:add', { certificationId: 'pmi-capm', earnedOn: '2023-03-02' });
  await core.idle();
  expect((await callOk(core, 'renewal:get', { credentialId: capm.id })).status).toMatch(/suspended|expired/);
  expect((await callOk(core, 'tracks:get', { id: track.id })).status).toBe('exploring');
  core.close();
  core = await testCore({ dataDir, clock });
  try {
    expect((await callOk(core, 'tracks:get', { id: track.id })).status).toBe('exploring');
    expect((await callOk(core, 'eligibility:get', { trackId: track.id })).status).toBe('exploring');
  } finally {
    core.close();
  }
});
