import { describe, expect, it } from 'vitest';
import { type Person, activity, claimIssues, outlineOn, qualify, renewal } from './harness';

/**
 * Every PMI entry's rules through the real engines. The numbers come from
 * shared/research/certifications-2026-12-update.md §1 (PMI); each case names its source key
 * (PMI-A: the public copy of pmi.org's pages; T: third parties such as PV, PROT, OSP, PMIUK).
 */

type EligibilityCase = [string, Person, { met: string[]; missing?: string[] }];

function walk(id: string, cases: EligibilityCase[]) {
  it.each(cases)('%s', (_name, person, expected) => {
    const result = qualify(id, person);
    expect(result.met).toEqual(expected.met);
    if (expected.missing) expect(result.missing).toEqual(expected.missing);
  });
}

/** A complete 60-PDU cycle under PMI's split (§1.1, T: PV): Education 35 (≥ 8 each), Giving Back 25 (practitioner ≤ 8). */
const complete60 = () => [
  activity('ways-of-working', 12),
  activity('power-skills', 12),
  activity('business-acumen', 11),
  activity('volunteering-and-content', 17, 1),
  activity('working-as-practitioner', 8, 1),
];

describe('PMP (§1.2)', () => {
  describe('eligibility (PMI-A: Sets A, B, C; CAPM and GAC coursework stand in for the 35 hours)', () => {
    walk('pmi-pmp', [
      ['Set B met: bachelor’s, 36 months, 35 hours', { education: 'bachelor', experience: { 'leading projects': 36 }, training: { 'PM education': 35 } }, { met: ['four-year-degree'] }],
      ['Set B one month short', { education: 'bachelor', experience: { 'leading projects': 35 }, training: { 'PM education': 35 } }, { met: [], missing: ['1 more month of leading projects'] }],
      ['Set B one hour short', { education: 'bachelor', experience: { 'leading projects': 36 }, training: { 'PM education': 34 } }, { met: [], missing: ['1 more hour of PM education'] }],
      ['Set A met: secondary, 60 months', { education: 'secondary', experience: { 'leading projects': 60 }, training: { 'PM education': 35 } }, { met: ['secondary-degree'] }],
      ['Set A one month short', { education: 'secondary', experience: { 'leading projects': 59 }, training: { 'PM education': 35 } }, { met: [], missing: ['1 more month of leading projects'] }],
      ['Set C met with no training: GAC core coursework is pre-approved', { education: 'bachelor', gac: true, experience: { 'leading projects': 24 } }, { met: ['gac-degree'] }],
      ['Set C one month short', { education: 'bachelor', gac: true, experience: { 'leading projects': 23 } }, { met: [], missing: ['1 more month of leading projects'] }],
      ['a CAPM stands in for the 35 hours', { education: 'bachelor', experience: { 'leading projects': 36 }, held: ['pmi-capm'] }, { met: ['four-year-degree'] }],
      ['months outside the last 8 years do not count', { education: 'bachelor', oldExperience: { 'leading projects': { months: 40, endedMonthsAgo: 97 } }, training: { 'PM education': 35 } }, { met: [], missing: ['36 more months of leading projects'] }],
    ]);
  });

  it.each([
    // O: PMI-BLOG (launch 9 July 2026); OC: PMI-A (2021: 180 / 230 / 42-50-8); T: ECO26 (2026: 180 / 240 / 33-41-26).
    ['2026-07-08', 'eco-2021', 180, 175, 230, [42, 50, 8]],
    ['2026-07-09', 'eco-2026', 180, 170, 240, [33, 41, 26]],
  ])('exam on %s follows the %s outline', (date, id, questions, scored, minutes, weights) => {
    const outline = outlineOn('pmi-pmp', date);
    expect(outline).toMatchObject({ id, questions, scoredQuestions: scored, durationMinutes: minutes });
    expect(outline?.domains.map((d) => d.weight)).toEqual(weights);
  });

  describe('renewal (PMI-A: 60 PDUs in 3 years; T: PV split; T: PMIUK/OSP carry-over ≤ 20)', () => {
    it.each([
      ['complete: Education 35 with 8+ in each area, Giving Back 25', complete60(), { counted: 60, stillNeeded: 0, complete: true }],
      ['60 Power Skills alone miss the two other areas’ minimums', [activity('power-skills', 60)], { counted: 60, stillNeeded: 16, complete: false }],
      ['Giving Back above 25 does not count', [activity('volunteering-and-content', 30), activity('power-skills', 30)], { counted: 55, stillNeeded: 16, complete: false }],
      ['Working as a practitioner counts at most 8', [activity('working-as-practitioner', 10)], { counted: 8, notCounted: 2 }],
    ] as const)('%s', (_name, entries, expected) => {
      expect(renewal('pmi-pmp', [...entries]).progress).toMatchObject(expected);
    });

    it('carries over last-year surplus, at most 20', () => {
      const result = renewal('pmi-pmp', [...complete60(), activity('power-skills', 30, 2)]);
      expect(result.carriedOut).toBe(20);
    });

    it('carries nothing earned before the last year', () => {
      expect(renewal('pmi-pmp', [...complete60(), activity('power-skills', 30, 1)]).carriedOut).toBe(0);
    });

    it('describes the minimums and caps it applied', () => {
      const labels = renewal('pmi-pmp', complete60()).progress.limits.map((l) => l.label);
      expect(labels).toEqual(expect.arrayContaining(['Total: at least 60', 'Education: at least 35', 'Ways of Working: at least 8', 'Giving Back to the Profession: at most 25', 'Working as a practitioner: at most 8']));
      expect(renewal('pmi-pmp', []).progress.carryOverRule).toBe('Units above the total earned in the last year of the cycle carry over to the next, at most 20 PDUs');
    });

    it('claims PDUs in quarter steps (T: PROT)', () => {
      expect(claimIssues('pmi-pmp', { units: 1.1, categoryId: 'power-skills' })).toEqual(['units: PMP counts PDUs in steps of 0.25']);
      expect(claimIssues('pmi-pmp', { units: 1.25, categoryId: 'power-skills' })).toEqual([]);
    });
  });
});

describe('PMI-PMOCP (§1.3)', () => {
  walk('pmi-pmocp', [
    // O: PMOCP-O (degree, 10 hours); OC: PMI-A (3 years within 8 years OR a PMP in good standing).
    ['met: secondary, 36 months, 10 hours', { education: 'secondary', experience: { 'project-related work': 36 }, training: { 'PMO education': 10 } }, { met: ['standard'] }],
    ['a PMP replaces the three years', { education: 'secondary', held: ['pmi-pmp'], training: { 'PMO education': 10 } }, { met: ['standard'] }],
    ['one month short', { education: 'secondary', experience: { 'project-related work': 35 }, training: { 'PMO education': 10 } }, { met: [], missing: ['1 more month of project-related work'] }],
    ['one hour short', { education: 'secondary', experience: { 'project-related work': 36 }, training: { 'PMO education': 9 } }, { met: [], missing: ['1 more hour of PMO education'] }],
  ]);

  it('has the 120-question, 165-minute outline (OC: PMI-A)', () => {
    expect(outlineOn('pmi-pmocp', '2026-12-01')).toMatchObject({ questions: 120, scoredQuestions: 100, durationMinutes: 165 });
  });

  it('is renewed with 30 PDUs every 3 years (OC: PMI-A), its split and carry-over maximum unknown', () => {
    const result = renewal('pmi-pmocp', []);
    expect(result.progress).toMatchObject({ required: 30, stillNeeded: 30 });
    expect(result.progress.carryOverRule).toMatch(/maximum is unknown/);
    expect(claimIssues('pmi-pmocp', { units: 5, categoryId: 'power-skills' })).toEqual(['categoryId: PMI-PMOCP’s rules have no category “power-skills”']);
  });
});

describe('CAPM (§1.4)', () => {
  walk('pmi-capm', [
    // OC: PMI-A — a secondary degree and 23 hours before the exam, no experience.
    ['met: secondary and 23 hours', { education: 'secondary', training: { 'PM education': 23 } }, { met: ['secondary-degree'] }],
    ['one hour short', { education: 'secondary', training: { 'PM education': 22 } }, { met: [], missing: ['1 more hour of PM education'] }],
    ['no education recorded', { training: { 'PM education': 23 } }, { met: [], missing: ['Set your education level in Records'] }],
  ]);

  it.each([
    // OC: PMI-A 15 PDUs; T: PV — Education ≥ 9 (≥ 2 each), Giving Back ≤ 6, practitioner ≤ 2.
    ['complete', [activity('ways-of-working', 3), activity('power-skills', 3), activity('business-acumen', 3), activity('volunteering-and-content', 4), activity('working-as-practitioner', 2)], { counted: 15, complete: true }],
    ['Giving Back above 6 does not count', [activity('volunteering-and-content', 9)], { counted: 6, notCounted: 3 }],
    ['one area below 2 leaves 2 to go', [activity('ways-of-working', 7), activity('power-skills', 4), activity('business-acumen', 0.5), activity('volunteering-and-content', 4)], { counted: 15.5, stillNeeded: 1.5, complete: false }],
  ] as const)('renewal: %s', (_name, entries, expected) => {
    expect(renewal('pmi-capm', [...entries]).progress).toMatchObject(expected);
  });

  it('carries nothing over: PMI’s maximum for CAPM was not found', () => {
    const entries = [activity('ways-of-working', 3), activity('power-skills', 3), activity('business-acumen', 3), activity('volunteering-and-content', 6), activity('power-skills', 10, 2)];
    expect(renewal('pmi-capm', entries).carriedOut).toBe(0);
  });
});

describe('PgMP (§1.5)', () => {
  const panel = ['panel-review'];
  walk('pmi-pgmp', [
    // OC: PMI-A — all experience within 15 years; a PMP replaces the project months in every set.
    ['Set B met', { education: 'bachelor', experience: { 'project management': 48, 'program management': 48 }, ticked: panel }, { met: ['four-year-degree'] }],
    ['Set B with a PMP instead of the project months', { education: 'bachelor', experience: { 'program management': 48 }, held: ['pmi-pmp'], ticked: panel }, { met: ['four-year-degree'] }],
    ['Set A met with a PMP and 84 program months', { education: 'secondary', experience: { 'program management': 84 }, held: ['pmi-pmp'], ticked: panel }, { met: ['secondary-degree'] }],
    ['Set A one program month short', { education: 'secondary', experience: { 'program management': 83 }, held: ['pmi-pmp'], ticked: panel }, { met: [], missing: ['1 more month of program management'] }],
    ['Set C met: GAC degree, 36 and 36', { education: 'bachelor', gac: true, experience: { 'project management': 36, 'program management': 36 }, ticked: panel }, { met: ['gac-degree'] }],
    ['program months older than 15 years do not count', { education: 'bachelor', held: ['pmi-pmp'], oldExperience: { 'program management': { months: 60, endedMonthsAgo: 181 } }, ticked: panel }, { met: [], missing: ['48 more months of program management'] }],
    ['the panel review is still to pass', { education: 'bachelor', experience: { 'project management': 48, 'program management': 48 } }, { met: [], missing: ['Tick “Panel review of your program experience summaries passed” once it is done'] }],
  ]);

  it('renewal: 60 PDUs (OC: PMI-A), last-year surplus carries over up to 20 (T: OSP)', () => {
    const result = renewal('pmi-pgmp', [...complete60(), activity('business-acumen', 25, 2)]);
    expect(result.progress).toMatchObject({ counted: 85, complete: true });
    expect(result.carriedOut).toBe(20);
  });
});

describe('PfMP (§1.6)', () => {
  const panel = ['panel-review'];
  walk('pmi-pfmp', [
    // O: PFMP-O — 96 business months within 15 years on every set; OC: PMI-A — portfolio months in their own 15-year window.
    ['Set B met', { education: 'bachelor', experience: { 'professional business': 96, 'portfolio management': 48 }, ticked: panel }, { met: ['four-year-degree'] }],
    ['Set A met: 84 portfolio months', { education: 'secondary', experience: { 'professional business': 96, 'portfolio management': 84 }, ticked: panel }, { met: ['secondary-degree'] }],
    ['Set C met: 36 portfolio months', { education: 'bachelor', gac: true, experience: { 'professional business': 96, 'portfolio management': 36 }, ticked: panel }, { met: ['gac-degree'] }],
    ['one business month short', { education: 'bachelor', experience: { 'professional business': 95, 'portfolio management': 48 }, ticked: panel }, { met: [], missing: ['1 more month of professional business'] }],
    [
      'portfolio months older than 15 years do not count',
      { education: 'bachelor', experience: { 'professional business': 96 }, oldExperience: { 'portfolio management': { months: 48, endedMonthsAgo: 181 } }, ticked: panel },
      { met: [], missing: ['48 more months of portfolio management'] },
    ],
  ]);

  it('renewal: 60 PDUs, carry-over maximum not found so nothing carries', () => {
    const result = renewal('pmi-pfmp', [...complete60(), activity('business-acumen', 25, 2)]);
    expect(result.progress.complete).toBe(true);
    expect(result.carriedOut).toBe(0);
  });
});

describe('PMI-ACP (§1.7)', () => {
  walk('pmi-acp', [
    // OC: PMI-A — four routes since 8 November 2024 (T: ACPX), and 21 or 28 hours (a conflict: Certplan asks for 28).
    ['route 1: 24 agile months within 5 years', { education: 'secondary', experience: { 'agile projects': 24 }, training: { 'agile training': 28 } }, { met: ['secondary-degree'] }],
    ['route 1 one month short', { education: 'secondary', experience: { 'agile projects': 23 }, training: { 'agile training': 28 } }, { met: [], missing: ['1 more month of agile projects'] }],
    ['route 2: GAC degree and 12 months', { education: 'bachelor', gac: true, experience: { 'agile projects': 12 }, training: { 'agile training': 28 } }, { met: ['gac-degree'] }],
    ['route 3: an agile certification (CSM) and 12 months', { education: 'secondary', experience: { 'agile projects': 12 }, training: { 'agile training': 28 }, held: ['scrumalliance-csm'] }, { met: ['agile-certification'] }],
    ['route 3 with one the catalog does not list, ticked', { education: 'secondary', experience: { 'agile projects': 12 }, training: { 'agile training': 28 }, ticked: ['agile-certification'] }, { met: ['agile-certification'] }],
    ['route 4: a PMP and no agile months', { education: 'secondary', training: { 'agile training': 28 }, held: ['pmi-pmp'] }, { met: ['pmp-holder'] }],
    ['a PMP without the training', { education: 'secondary', held: ['pmi-pmp'] }, { met: [] }],
  ]);

  it('says when 21 hours would be enough, but asks for 28', () => {
    const result = qualify('pmi-acp', { education: 'secondary', training: { 'agile training': 21 }, held: ['pmi-pmp'] });
    expect(result.met).toEqual([]);
    expect(result.summaries['pmp-holder/agile-training']).toBe('21 of 28 hours: enough if the 21-hour figure holds (sources disagree: 21 or 28 hours)');
  });

  it('renewal: 30 PDUs (OC: PMI-A); Giving Back at most 12, practitioner at most 4 (T: PV)', () => {
    const result = renewal('pmi-acp', [activity('ways-of-working', 6), activity('power-skills', 6), activity('business-acumen', 6), activity('volunteering-and-content', 10), activity('working-as-practitioner', 6)]);
    expect(result.progress).toMatchObject({ counted: 30, complete: true, notCounted: 4 });
  });
});

describe('PMI-RMP (§1.8)', () => {
  walk('pmi-rmp', [
    // OC: PMI-A — experience within 5 years: A 36 months + 40 h, B 24 + 30, C 12 + 30.
    ['Set B met', { education: 'bachelor', experience: { 'project risk management': 24 }, training: { 'risk management education': 30 } }, { met: ['four-year-degree'] }],
    ['Set A needs 40 hours', { education: 'secondary', experience: { 'project risk management': 36 }, training: { 'risk management education': 39 } }, { met: [], missing: ['1 more hour of risk management education'] }],
    ['Set A met', { education: 'secondary', experience: { 'project risk management': 36 }, training: { 'risk management education': 40 } }, { met: ['secondary-degree'] }],
    ['Set C met', { education: 'bachelor', gac: true, experience: { 'project risk management': 12 }, training: { 'risk management education': 30 } }, { met: ['gac-degree'] }],
    ['months older than 5 years do not count', { education: 'bachelor', oldExperience: { 'project risk management': { months: 30, endedMonthsAgo: 61 } }, training: { 'risk management education': 30 } }, { met: [], missing: ['24 more months of project risk management'] }],
  ]);

  it('renewal: 30 PDUs; last-year surplus carries over up to 10 (T: OSP)', () => {
    const entries = [activity('ways-of-working', 6), activity('power-skills', 6), activity('business-acumen', 6), activity('volunteering-and-content', 12), activity('power-skills', 15, 2)];
    expect(renewal('pmi-rmp', entries).carriedOut).toBe(10);
  });
});

describe('PMI-SP (§1.9)', () => {
  walk('pmi-sp', [
    // OC: PMI-A — A 40 months (the older notes said 36) + 40 h, B 24 + 30, C 12 + 30, within 5 years.
    ['Set A met with 40 months', { education: 'secondary', experience: { 'project scheduling': 40 }, training: { 'scheduling education': 40 } }, { met: ['secondary-degree'] }],
    ['Set A with 36 months is 4 short', { education: 'secondary', experience: { 'project scheduling': 36 }, training: { 'scheduling education': 40 } }, { met: [], missing: ['4 more months of project scheduling'] }],
    ['Set B met', { education: 'bachelor', experience: { 'project scheduling': 24 }, training: { 'scheduling education': 30 } }, { met: ['four-year-degree'] }],
    ['Set C met', { education: 'master', gac: true, experience: { 'project scheduling': 12 }, training: { 'scheduling education': 30 } }, { met: ['gac-degree'] }],
  ]);

  it('renewal: 30 PDUs; carry-over up to 10 (T: OSP)', () => {
    const entries = [activity('ways-of-working', 6), activity('power-skills', 6), activity('business-acumen', 6), activity('volunteering-and-content', 12), activity('business-acumen', 12, 2)];
    expect(renewal('pmi-sp', entries).carriedOut).toBe(10);
  });
});

describe('PMI-PBA (§1.10)', () => {
  walk('pmi-pba', [
    // OC: PMI-A — A 60 months + 35 h, B 36 + 35, within 8 years; C 24 unique months with no window stated.
    ['Set B met', { education: 'bachelor', experience: { 'business analysis': 36 }, training: { 'business analysis education': 35 } }, { met: ['four-year-degree'] }],
    ['Set A one month short', { education: 'secondary', experience: { 'business analysis': 59 }, training: { 'business analysis education': 35 } }, { met: [], missing: ['1 more month of business analysis'] }],
    ['Set C counts old months: no window is stated', { education: 'bachelor', gac: true, oldExperience: { 'business analysis': { months: 24, endedMonthsAgo: 120 } }, training: { 'business analysis education': 35 } }, { met: ['gac-degree'] }],
    ['Set B does not count them', { education: 'bachelor', oldExperience: { 'business analysis': { months: 40, endedMonthsAgo: 120 } }, training: { 'business analysis education': 35 } }, { met: [], missing: ['36 more months of business analysis'] }],
  ]);

  it('has the 200-question, 240-minute outline (OC: PMI-A)', () => {
    expect(outlineOn('pmi-pba', '2026-12-01')).toMatchObject({ questions: 200, durationMinutes: 240 });
  });

  it('renewal: 60 PDUs under the 60-PDU split; carry-over maximum not found', () => {
    const result = renewal('pmi-pba', [...complete60(), activity('power-skills', 10, 2)]);
    expect(result.progress.complete).toBe(true);
    expect(result.carriedOut).toBe(0);
  });
});
