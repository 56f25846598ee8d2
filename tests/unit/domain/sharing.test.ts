import { describe, expect, it } from 'vitest';
import { computeCeProgress } from '../../../src/main/core/domain/ceProgress';
import { computeCycles } from '../../../src/main/core/domain/renewalCycles';
import { type HeldCredential, checkActivityClaim, sharingOptions } from '../../../src/main/core/domain/sharing';
import { ACP, AWS_SAA, PMP, SECURITY_PLUS } from './fixtures';

const held = (id: string, acronym: string, body: string, certificationId: string, maintenance: typeof PMP, earnedOn: string): HeldCredential => ({
  id,
  acronym,
  name: acronym,
  body,
  certificationId,
  maintenance,
  cycles: computeCycles(maintenance, earnedOn, []),
});

const pmp = held('c-pmp', 'PMP', 'PMI', 'pmi-pmp', PMP, '2024-01-15');
const acp = held('c-acp', 'PMI-ACP', 'PMI', 'pmi-acp', ACP, '2025-06-01');
const secPlus = held('c-sec', 'Security+', 'CompTIA', 'comptia-security-plus', SECURITY_PLUS, '2025-03-10');
const aws = held('c-aws', 'SAA-C03', 'AWS', 'aws-saa-c03', AWS_SAA, '2025-03-10');
const ALL = [pmp, acp, secPlus, aws];

const chosen = (from: string, category: string, date: string) =>
  sharingOptions(ALL, from, category, date)
    .filter((o) => o.chosenByDefault)
    .map((o) => o.acronym);

describe('sharing defaults', () => {
  it.each([
    ['Power Skills from PMP reaches every PMI credential whose cycle holds the date', 'c-pmp', 'power-skills', '2025-09-10', ['PMP', 'PMI-ACP']],
    ['…but not PMI-ACP before its first cycle', 'c-pmp', 'power-skills', '2025-03-01', ['PMP']],
    ['Giving Back from PMI-ACP reaches PMP too', 'c-acp', 'volunteering-and-content', '2025-09-10', ['PMP', 'PMI-ACP']],
    ['Ways of Working from PMI-ACP always counts toward PMP', 'c-acp', 'ways-of-working', '2025-09-10', ['PMP', 'PMI-ACP']],
    ['Ways of Working from PMP stays with PMP unless marked relevant', 'c-pmp', 'ways-of-working', '2025-09-10', ['PMP']],
    ['CompTIA work experience counts toward one credential only', 'c-sec', 'work-experience', '2025-09-10', ['Security+']],
  ])('%s', (_name, from, category, date, expected) => {
    expect(chosen(from, category, date)).toEqual(expected);
  });

  it('lists only credentials whose CE rules know the category, saying why one is not eligible', () => {
    const options = sharingOptions(ALL, 'c-pmp', 'power-skills', '2025-03-01');
    expect(options.map((o) => o.acronym)).toEqual(['PMP', 'PMI-ACP']);
    expect(options.find((o) => o.acronym === 'PMI-ACP')).toMatchObject({ eligible: false, note: 'The date is outside PMI-ACP’s cycles' });
    const wow = sharingOptions(ALL, 'c-acp', 'ways-of-working', '2025-09-10');
    expect(wow.find((o) => o.acronym === 'PMP')).toMatchObject({ required: true, note: 'Ways of Working always counts toward PMP' });
  });

  it('one Power Skills activity counts toward PMP and PMI-ACP, each in its own cycle year', () => {
    const activity = { id: 'ps', date: '2025-09-10', units: 10, categoryId: 'power-skills' };
    const pmpProgress = computeCeProgress(PMP, { start: '2024-01-15', end: '2027-01-14' }, [activity], '2025-10-01');
    const acpProgress = computeCeProgress(ACP, { start: '2025-06-01', end: '2028-05-31' }, [activity], '2025-10-01');
    const powerSkills = (p: typeof pmpProgress) => p.progress.groups[0]?.categories.find((c) => c.id === 'power-skills');
    expect(powerSkills(pmpProgress)).toMatchObject({ counted: 10, stillNeeded: 0 });
    expect(powerSkills(acpProgress)).toMatchObject({ counted: 10, stillNeeded: 0 });
    expect(pmpProgress.progress.stillNeeded).toBe(50);
    expect(acpProgress.progress.stillNeeded).toBe(20);
  });
});

describe('checkActivityClaim', () => {
  const claim = { date: '2025-09-10', units: 5, categoryId: 'power-skills', credentialIds: ['c-pmp', 'c-acp'] };

  it('accepts a claim the rules allow', () => {
    expect(checkActivityClaim(ALL, claim)).toEqual([]);
  });

  it.each([
    ['units not in quarter steps', { units: 2.3 }, [{ path: 'units', message: 'PMP counts PDUs in steps of 0.25' }]],
    ['a category one credential does not know', { categoryId: 'training', credentialIds: ['c-pmp'] }, [{ path: 'categoryId', message: 'PMP’s rules have no category “training”' }]],
    ['a date outside every cycle', { date: '2023-12-01' }, [{ path: 'date', message: 'Outside every cycle of PMP (2024-01-15 to 2028-01-14); PMI-ACP (2025-06-01 to 2029-05-31)' }]],
    ['a date outside one chosen credential’s cycles', { date: '2025-03-01' }, [{ path: 'credentialIds', message: 'The date is outside every cycle of PMI-ACP (2025-06-01 to 2029-05-31)' }]],
    ['a credential renewed by retaking an exam', { credentialIds: ['c-aws'] }, [{ path: 'credentialIds', message: 'SAA-C03 is not renewed with continuing-education units' }]],
    ['an unknown credential', { credentialIds: ['nope'] }, [{ path: 'credentialIds', message: 'No credential with id "nope"' }]],
    [
      'work experience toward two credentials',
      { categoryId: 'work-experience', credentialIds: ['c-sec', 'c-sec-2'] },
      [{ path: 'credentialIds', message: 'Work experience (employer letter on letterhead) counts toward one credential only' }],
    ],
    ['Ways of Working without PMP', { categoryId: 'ways-of-working', credentialIds: ['c-acp'] }, [{ path: 'credentialIds', message: 'Ways of Working always counts toward PMP; keep it chosen' }]],
  ])('rejects %s', (_name, patch, issues) => {
    const secPlus2 = { ...secPlus, id: 'c-sec-2', acronym: 'CySA+' };
    expect(checkActivityClaim([...ALL, secPlus2], { ...claim, ...patch })).toEqual(issues);
  });
});
