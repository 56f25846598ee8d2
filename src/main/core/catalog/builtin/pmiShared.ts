import type { CeCategoryGroup, Fee, Maintenance } from '../../../../shared/schemas/certification';
import { source } from '../builtinEntry';

/**
 * PMI's Continuing Certification Requirements, shared by every PMI credential: Education split
 * across the Talent Triangle, Giving Back capped, a three-year cycle from the pass date, one year
 * of suspension, then expiry. Only the totals differ between credentials.
 */
export const PMI_CCR_SOURCES = [
  source('pmi-olympia-ccr', 'http://www.pmiolympia.org/maintaining-certification', 'PMI Olympia chapter: maintaining your certification'),
  source('wmpmi-ccr', 'https://wmpmi.org/continuing-certification-requirements', 'West Michigan PMI chapter: continuing certification requirements'),
  source('pmi-manitoba-pdus', 'https://pmimanitoba.org/pdus', 'PMI Manitoba chapter: PDUs and the Talent Triangle'),
  source('projectvictor-pdus', 'https://projectvictor.com/knowledge-base/?p=3765', 'Project Victor: PDU requirements per PMI certification'),
  source('prothoughts-multi', 'https://www.prothoughts.co.in/how-to-maintain-multiple-pmi-certifications-2/', 'ProThoughts: maintaining several PMI certifications'),
  source('prothoughts-pdu-faq', 'https://prothoughts.co.in/blog/pmi-pdus-frequently-asked-questions', 'ProThoughts: PMI PDU questions (carry-over, quarter units)'),
  source('gururo-status', 'https://gururo.com/mastering-the-pmp-certification-status-from-active-to-expired/', 'Gururo: PMP status from active to suspended to expired'),
  source('pm-ie-fees', 'http://projectmanagement.ie/pmi-certification', 'projectmanagement.ie: PMI renewal fees'),
];

export const PMI_RENEWAL_FEES: Fee[] = [
  { label: 'PMI member', amount: 60, currency: 'USD' },
  { label: 'Non-member', amount: 150, currency: 'USD' },
];

/** Performance bands on PMI score reports, best first. */
export const PMI_BANDS = ['Above Target', 'Target', 'Below Target', 'Needs Improvement'];

interface PmiPduTotals {
  educationMin: number;
  perAreaMin: number;
  givingBackMax: number;
  practitionerMax: number;
}

/** The Education / Giving Back groups with the given minimums and caps. */
export function pmiPduGroups(t: PmiPduTotals): CeCategoryGroup[] {
  return [
    {
      id: 'education',
      name: 'Education',
      min: t.educationMin,
      max: null,
      categories: [
        {
          id: 'ways-of-working',
          name: 'Ways of Working',
          min: t.perAreaMin,
          max: null,
          maxPerYear: null,
          sharing: 'when-relevant',
          // Every technical PDU also counts toward PMP.
          alwaysCountsToward: ['pmi-pmp'],
        },
        { id: 'power-skills', name: 'Power Skills', min: t.perAreaMin, max: null, maxPerYear: null, sharing: 'all-body-credentials', alwaysCountsToward: [] },
        { id: 'business-acumen', name: 'Business Acumen', min: t.perAreaMin, max: null, maxPerYear: null, sharing: 'all-body-credentials', alwaysCountsToward: [] },
      ],
    },
    {
      id: 'giving-back',
      name: 'Giving Back to the Profession',
      min: null,
      max: t.givingBackMax,
      categories: [
        { id: 'working-as-practitioner', name: 'Working as a practitioner', min: null, max: t.practitionerMax, maxPerYear: null, sharing: 'all-body-credentials', alwaysCountsToward: [] },
        { id: 'volunteering-and-content', name: 'Volunteering, creating content, presenting, sharing knowledge', min: null, max: null, maxPerYear: null, sharing: 'all-body-credentials', alwaysCountsToward: [] },
      ],
    },
  ];
}

export const PMI_APPLICATION = { auditResponseDays: 90, eligibilityMonths: 12, attemptsAllowed: 3 };

/** The PMP page that states the attempts and the eligibility year; cited where they are assumed. */
export const PMI_APPLICATION_SOURCE = source('visualfoodie-retake', 'https://visualfoodie.com/pmp-certification-exam-fee-rules-explained', 'Visual Foodie: PMP re-exam fees and attempts');

/** The 90-day audit window, from the user-needs research (its reference R80). */
export const PMI_AUDIT_SOURCE = source('pmpjourney-audit', 'https://www.pmpjourney.com/pmp-audit-process-what-to-do', 'PMP Journey: the PMP audit process (90 days to send documents)');

/** Provenance of PMI_APPLICATION on credentials other than PMP, where it is assumed PMI-wide. */
export const PMI_APPLICATION_FACT = {
  confidence: 'medium' as const,
  sourceIds: ['visualfoodie-retake', 'pmpjourney-audit'],
  note: 'Three attempts within a one-year eligibility period and 90 days to answer an audit are stated for PMP; assumed here to be PMI-wide policy.',
};

/** PMI's renewal block: three-year cycle from the pass date, quarter-PDU steps, a year of suspension. */
export function pmiMaintenance(totalUnits: number, totals: PmiPduTotals, notes: string): Maintenance {
  return {
    kind: 'continuing-education',
    cycleYears: 3,
    unitName: 'PDU',
    totalUnits,
    unitStep: 0.25,
    annualMinimum: null,
    groups: pmiPduGroups(totals),
    suspensionMonths: 12,
    carryOver: 'last-year-excess',
    renewalFees: PMI_RENEWAL_FEES,
    notes,
  };
}
