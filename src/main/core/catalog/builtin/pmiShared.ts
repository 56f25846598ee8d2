import type { ApplicationRules, CeCategoryGroup, Fee, MaintenanceInput, RetakePolicy, Source } from '../../../../shared/schemas/certification';
import { fact, source } from '../builtinEntry';

/**
 * What every PMI credential shares (research notes §1.1): the application (fee after acceptance,
 * a one-year eligibility period from approval or from a passed audit, three attempts, a one-year
 * wait after the third failure, random audits with 90 days to answer) and the Continuing
 * Certification Requirements (three-year cycle from the pass date, 1 PDU an hour in quarter
 * steps, Education and Giving Back groups, carry-over of last-year surplus up to a maximum that
 * differs per credential, a year of suspension, 18 months of record keeping).
 */

/** A copy of pmi.org's page for one credential, from the public data file the notes call PMI-A. */
export function pmiPageCopy(id: string, url: string, title: string): Source {
  return source(id, url, title, {
    kind: 'official-copy',
    note: 'Read from a public data file that reproduces pmi.org’s certification pages (code-index id 55068420495); it predates the July 2026 PMP exam change.',
  });
}

/** The thinner second copy of the PMP, CAPM and PMI-ACP pages (PMI-B). */
export function pmiPageCopyB(id: string, url: string, title: string): Source {
  return source(id, url, title, { kind: 'official-copy', note: 'A second, thinner public copy of pmi.org’s page (code-index id 17722974059).' });
}

/** Sources behind §1.1, cited by every PMI entry. */
export const PMI_COMMON_SOURCES: Source[] = [
  source('pmi-faq', 'http://www.pmi.org/certifications/maintain/maintain-certification-faq', 'PMI: maintaining your certification, FAQ (older copy)', { kind: 'official-old' }),
  source('pmi-cfaq', 'http://www.pmi.org/Certification/Certification-FAQ.aspx', 'PMI: certification FAQ (older copy)', { kind: 'official-old' }),
  source('pmi-hk', 'https://www.pmi.org.hk/pmp-exam-taking/', 'PMI Hong Kong chapter: taking the PMP exam'),
  source('prep-handbook', 'https://project-management-prepcast.com/kunena/pmp-exam-discussion/1178-certification-deadline', 'PM PrepCast forum: certification deadline (quotes PMI’s handbook)'),
  source('prep-ccr', 'https://www.project-management-prepcast.com/kunena/pdu-questions-and-answers/7236-earning-pdus-of-my-pmp-certificate-renewal', 'PM PrepCast forum: earning PDUs for renewal (quotes the CCR handbook)'),
  source('imt-audit', 'https://imt-pm.com/?p=9154', 'IMT: PMI application audits'),
  source('pmpjourney-audit', 'https://www.pmpjourney.com/pmp-audit-process-what-to-do', 'PMP Journey: the PMP audit process'),
  source('skillupgradehub-audit', 'https://skillupgradehub.com/?p=1236', 'Skill Upgrade Hub: uploading audit documents through the PMI portal'),
  source('it-study-lockout', 'https://it-study.info/notification-regarding-the-pmi-credential-exam/', 'Copy of a PMI notification email about re-applying after three failed attempts'),
  source('syncit-lapse', 'https://www.syncitlearning.com/faq-items/when-is-it-advised-to-take-the-pmp-exam-2/', 'SyncIT Learning: when the eligibility period lapses'),
  source('projectvictor-pdus', 'https://projectvictor.com/knowledge-base/?p=3765', 'Project Victor: PDU requirements per PMI certification'),
  source('prothoughts-pdu-faq', 'https://prothoughts.co.in/blog/pmi-pdus-frequently-asked-questions', 'ProThoughts: PMI PDU questions (carry-over, quarter units)'),
  source('osp-carryover', 'https://osp-international-llc.optin.com/newsletter/pdu-insider/OTgwMzUzNg==/what-if-you-have-earned-enough-pdus.htm', 'PDU Insider newsletter: what if you have earned enough PDUs (older)'),
  source('pmiuk-pdus', 'https://pmiuk.darkrhinohosting.com/index.php?option=com_content&view=article&id=10:how-to-collect-pdus&catid=9&Itemid=215', 'PMI UK chapter: how to collect PDUs'),
  source('pmcom-carryover', 'https://www.projectmanagement.com/discussion-topic/61850/Do-PDUs-roll-over-to-next-certification-cycle-', 'ProjectManagement.com forum: do PDUs roll over?'),
  source('pmi-olympia-ccr', 'http://www.pmiolympia.org/maintaining-certification', 'PMI Olympia chapter: maintaining your certification'),
  source('wmpmi-ccr', 'https://wmpmi.org/continuing-certification-requirements', 'West Michigan PMI chapter: continuing certification requirements'),
  source('gururo-status', 'https://gururo.com/mastering-the-pmp-certification-status-from-active-to-expired/', 'Gururo: PMP status from active to suspended to expired'),
  source('0685-suspension', 'https://www.0685.com/continuing-education/adult-education/63534.html', '0685.com: what happens when a PMI certification lapses'),
  source('prothoughts-multi', 'https://www.prothoughts.co.in/how-to-maintain-multiple-pmi-certifications-2/', 'ProThoughts: maintaining several PMI certifications'),
  source('agifall-multi', 'http://agifall.com/how-to-maintain-multiple-pmi-certifications/', 'Agifall: maintaining several PMI certifications (2017)'),
  source('pm-ie-fees', 'http://projectmanagement.ie/pmi-certification', 'projectmanagement.ie: PMI renewal fees'),
  source('visualfoodie-fees', 'https://visualfoodie.com/pmp-certification-exam-fee-member-vs-non-member', 'Visual Foodie: PMP exam fee, member vs non-member (2026)'),
  source('pmpg-cost', 'https://www.pmp-guide.com/blog/pmp-certification-cost-complete-budget-breakdown', 'PMP Guide: PMP certification cost breakdown', { pageDate: '2026-06-30' }),
];

export const PMI_RENEWAL_FEES: Fee[] = [
  { label: 'PMI member', amount: 60, currency: 'USD' },
  { label: 'Non-member', amount: 150, currency: 'USD' },
];

/** Performance bands on PMI score reports, best first. */
export const PMI_BANDS = ['Above Target', 'Target', 'Below Target', 'Needs Improvement'];

export const PMI_APPLICATION: ApplicationRules = {
  auditResponseDays: 90,
  eligibilityMonths: 12,
  eligibilityStarts: 'The day the application is approved; if it is audited, the day the audit is passed',
  attemptsAllowed: 3,
  lockoutMonths: 12,
  onLapse: 'Apply again and pay the full fee again',
  audit: {
    selection: 'random',
    documents: ['Copies of your diplomas', 'Signatures from the supervisors of the projects you listed', 'Certificates for your training hours'],
    penalty: 'A partial submission counts as failed; a failed or abandoned audit bars applications for any PMI certification for one year',
  },
};

/** Re-examination: the same three attempts a year for every PMI exam (PMI-A); waits are PMI's, not per attempt. */
export const PMI_RETAKES: RetakePolicy = {
  waits: [],
  waitAfterPassDays: null,
  freeAttempts: null,
  notes: 'Up to three attempts in the one-year eligibility period; re-examination fees apply to the 2nd and 3rd. After a third failure, wait one year from the last exam before applying again for the same credential (another PMI credential may be applied for at any time).',
};

export const PMI_APPLICATION_FACTS = {
  application: fact(
    'medium',
    ['pmi-hk', 'prep-handbook', 'imt-audit', 'it-study-lockout', 'syncit-lapse'],
    'Three attempts in one year is on PMI’s pages (copy); the one-year period from approval, the one-year wait after a third failure and re-applying after a lapse come from third parties quoting PMI’s handbook.',
  ),
  'application.audit': fact(
    'medium',
    ['pmi-cfaq', 'imt-audit', 'pmpjourney-audit', 'skillupgradehub-audit'],
    'PMI’s pages say any application may be audited; the documents, the 90 days and the one-year bar come from third parties and PMI’s older FAQ.',
    'How documents are sent: older copies say by post, newer third parties say uploads through the PMI portal.',
  ),
  'exam.retakes': fact('medium', ['prep-handbook', 'it-study-lockout'], 'Re-examination fees for the 2nd and 3rd attempts and the one-year wait come from third parties quoting PMI’s handbook.'),
};

interface PmiPduTotals {
  educationMin: number;
  perAreaMin: number;
  givingBackMax: number;
  practitionerMax: number;
}

/** PMI's Talent Triangle split for 60-PDU credentials (PMP, PgMP, PfMP, PBA), research notes §1.1 [T: PV, CHAP]. */
export const PMI_60_PDU_SPLIT: PmiPduTotals = { educationMin: 35, perAreaMin: 8, givingBackMax: 25, practitionerMax: 8 };
/** 30-PDU credentials (PMI-ACP, PMI-RMP, PMI-SP) [T: PV]. */
export const PMI_30_PDU_SPLIT: PmiPduTotals = { educationMin: 18, perAreaMin: 4, givingBackMax: 12, practitionerMax: 4 };
/** CAPM (15 PDUs) [T: PV]. */
export const PMI_15_PDU_SPLIT: PmiPduTotals = { educationMin: 9, perAreaMin: 2, givingBackMax: 6, practitionerMax: 2 };

/**
 * The Education / Giving Back groups with the given minimums and caps. Power Skills, Business
 * Acumen and Giving Back count toward every PMI credential held; Ways of Working only where the
 * content is relevant, and always toward PMP (§1.1, prothoughts-multi and agifall-multi).
 */
export function pmiPduGroups(t: PmiPduTotals): CeCategoryGroup[] {
  const category = (id: string, name: string, min: number | null, max: number | null, sharing: 'when-relevant' | 'all-body-credentials', alwaysCountsToward: string[] = []) => ({
    id,
    name,
    min,
    max,
    maxPerYear: null,
    sharing,
    alwaysCountsToward,
    activityTypes: [],
  });
  return [
    {
      id: 'education',
      name: 'Education',
      min: t.educationMin,
      max: null,
      categories: [
        category('ways-of-working', 'Ways of Working', t.perAreaMin, null, 'when-relevant', ['pmi-pmp']),
        category('power-skills', 'Power Skills', t.perAreaMin, null, 'all-body-credentials'),
        category('business-acumen', 'Business Acumen', t.perAreaMin, null, 'all-body-credentials'),
      ],
    },
    {
      id: 'giving-back',
      name: 'Giving Back to the Profession',
      min: null,
      max: t.givingBackMax,
      categories: [
        category('working-as-practitioner', 'Working as a practitioner', null, t.practitionerMax, 'all-body-credentials'),
        category('volunteering-and-content', 'Volunteering, creating content, presenting, sharing knowledge', null, null, 'all-body-credentials'),
      ],
    },
  ];
}

/**
 * PMI's renewal block. `split` null: the category split for this credential was not found.
 * `carryOverMax` null: PMI's surplus rule applies but its maximum for this credential was not found.
 */
export function pmiMaintenance(totalUnits: number, split: PmiPduTotals | null, carryOverMax: number | null, notes: string): MaintenanceInput {
  return {
    kind: 'continuing-education',
    cycleYears: 3,
    unitName: 'PDU',
    totalUnits,
    unitStep: 0.25,
    groups: split ? pmiPduGroups(split) : [],
    suspensionMonths: 12,
    carryOver: { rule: 'last-year-excess', maxUnits: carryOverMax },
    recordKeepingMonths: 18,
    renewalFees: PMI_RENEWAL_FEES,
    notes,
  };
}

/** The sentences every PMI renewal note starts with. */
export const PMI_RENEWAL_NOTE =
  'One PDU is one hour, claimable in quarter hours; only the relevant share of a partly relevant course counts. The cycle starts the day you pass and lasts three years; renewing early does not move it, and nothing from before you earned the credential counts. Unmet at the end: suspended for a year (restored by finishing and paying), then expired.';

/** Provenance of the PMI renewal facts; `total` names the page that gives this credential's PDU total. */
export function pmiMaintenanceFacts(total: string[], options: { split: 'found' | 'not-found'; carryOver: string }) {
  return {
    maintenance: fact('high', [...total, 'pmi-olympia-ccr', 'wmpmi-ccr', 'gururo-status', '0685-suspension', 'prothoughts-pdu-faq', 'pmi-faq'], 'The PDU total is on PMI’s page; the cycle, quarter-hour steps and suspension come from PMI chapters and third parties.'),
    'maintenance.categories':
      options.split === 'found'
        ? fact('medium', ['projectvictor-pdus', 'pmi-olympia-ccr', 'prothoughts-multi', 'agifall-multi'], 'The Education and Giving Back split comes from one third-party table; which credentials a PDU counts toward comes from third parties.')
        : notFoundFact('PMI’s split across categories for this credential was not found; fill it in on your credential if you know it.'),
    'maintenance.carryOver': fact(
      options.carryOver === 'not found' ? 'low' : 'medium',
      ['prothoughts-pdu-faq', 'osp-carryover', 'pmiuk-pdus', 'pmcom-carryover'],
      `Only surplus earned in the cycle’s last year carries over (third party). Maximum for this credential: ${options.carryOver}. No official text on carry-over was found.`,
    ),
    'maintenance.records': fact('medium', ['pmi-faq'], 'PMI’s older FAQ: keep PDU evidence for at least 18 months after the cycle ends, in case of a random audit.', 'An even older version said 12 months.'),
    'maintenance.fees': fact('medium', ['pm-ie-fees', 'visualfoodie-fees'], 'Third-party figures.'),
  };
}

function notFoundFact(note: string) {
  return fact('low', [], note);
}
