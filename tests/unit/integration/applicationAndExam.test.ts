import { describe, expect, it } from 'vitest';
import { callOk, testCore } from '../../support/core';

/**
 * The application (issue 3) and the exam (issue 4) read each other: attempts count against the
 * eligibility period an approved application opens, and the application shows attempts used.
 */
describe('application and exam together', () => {
  it('count failed attempts inside the eligibility period and refuse a fourth', async () => {
    const core = await testCore();
    const at = (day: string) => core.clock.set(new Date(`${day}T10:00:00.000Z`));
    at('2026-01-05');
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    at('2026-02-01');
    await callOk(core, 'applications:record', { trackId: track.id, status: 'submitted', on: '2026-01-10' });
    const approved = await callOk(core, 'applications:record', { trackId: track.id, status: 'approved', on: '2026-02-01' });
    expect(approved).toMatchObject({ approvedOn: '2026-02-01', eligibilityEndsOn: '2027-02-01', attemptsUsed: 0, attemptsAllowed: 3 });

    await callOk(core, 'exam:book', { trackId: track.id, examDate: '2026-05-01', booked: true });
    for (const date of ['2026-05-01', '2026-07-01', '2026-09-01']) {
      at(date);
      await callOk(core, 'exam:record-attempt', { trackId: track.id, date, outcome: 'failed' });
    }
    const view = await callOk(core, 'exam:get', { trackId: track.id });
    expect(view.window).toMatchObject({ eligibilityEndsOn: '2027-02-01', attemptsUsed: 3, attemptsAllowed: 3 });
    expect(view.canRecord).toBe(false);

    at('2026-11-01');
    const fourth = await core.call('exam:record-attempt', { trackId: track.id, date: '2026-11-01', outcome: 'passed' });
    expect(fourth.ok ? null : fourth.error).toMatchObject({ code: 'rule_violation' });
    expect((await callOk(core, 'applications:get', { trackId: track.id })).attemptsUsed).toBe(3);
    expect((await callOk(core, 'tracks:get', { id: track.id })).status).toBe('failed');
    core.close();
  });
});
