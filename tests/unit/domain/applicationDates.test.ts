import { describe, expect, it } from 'vitest';
import { type ApplicationStep, applicationDates } from '../../../src/main/core/domain/applicationDates';
import type { ApplicationRules } from '../../../src/shared/schemas/certification';

const UNKNOWN: ApplicationRules = { auditResponseDays: null, eligibilityMonths: null, eligibilityStarts: null, attemptsAllowed: null, lockoutMonths: null, onLapse: null, audit: null };
const PMI: ApplicationRules = { ...UNKNOWN, auditResponseDays: 90, eligibilityMonths: 12, attemptsAllowed: 3 };
let id = 0;
const step = (status: ApplicationStep['status'], on: string): ApplicationStep => ({ id: ++id, status, on });

describe('application dates (PMI: 90 days to answer an audit, one year to pass)', () => {
  it.each<[string, ApplicationStep[], ApplicationRules | null, object]>([
    ['nothing recorded', [], PMI, { status: null, auditDueOn: null, eligibilityEndsOn: null }],
    ['submitted', [step('drafting', '2026-09-01'), step('submitted', '2026-10-01')], PMI, { status: 'submitted', auditDueOn: null }],
    ['in audit: due 90 days after it started', [step('submitted', '2026-10-01'), step('in-audit', '2026-10-05')], PMI, { status: 'in-audit', auditStartedOn: '2026-10-05', auditDueOn: '2027-01-03' }],
    ['approved: eligible for a year', [step('submitted', '2026-10-01'), step('approved', '2026-10-20')], PMI, { status: 'approved', approvedOn: '2026-10-20', eligibilityEndsOn: '2027-10-20', auditDueOn: null }],
    ['approved on 29 February: a year later is 28 February', [step('approved', '2024-02-29')], PMI, { eligibilityEndsOn: '2025-02-28' }],
    ['an audit across a leap day still counts 90 calendar days', [step('in-audit', '2024-01-15')], PMI, { auditDueOn: '2024-04-14' }],
    ['rejected after an audit: no dates left to watch', [step('in-audit', '2026-10-05'), step('rejected', '2026-11-01')], PMI, { status: 'rejected', auditDueOn: null, approvedOn: null }],
    ['rules the research did not find give no date', [step('approved', '2026-10-20')], UNKNOWN, { approvedOn: '2026-10-20', eligibilityEndsOn: null }],
    ['steps recorded out of order are read by date', [step('approved', '2026-10-20'), step('submitted', '2026-10-01')], PMI, { status: 'approved' }],
  ])('%s', (_name, steps, rules, expected) => {
    expect(applicationDates(steps, rules)).toMatchObject(expected);
  });

  it('on the same day, the later recorded step wins', () => {
    expect(applicationDates([step('submitted', '2026-10-01'), step('under-review', '2026-10-01')], PMI).status).toBe('under-review');
  });
});
