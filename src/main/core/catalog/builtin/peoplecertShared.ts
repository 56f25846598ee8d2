import type { MaintenanceInput, RetakePolicy, Source } from '../../../../shared/schemas/certification';
import { fact, source } from '../builtinEntry';

/**
 * PeopleCert / AXELOS "Global Best Practice" certifications (research notes §2.1): valid three
 * years from the original certification date and renewed by retaking the exam, passing another
 * exam of the same product suite, or logging CPD points — 20 in every 12-month period, at least 5
 * from Professional Experience, each activity 0.5 to 15 points, with a continuous subscription.
 * Renewal happens at suite level: every certification of the Project, Programme & Portfolio
 * Management suite shares one renew-by date. The CPD route is what the maintenance block models.
 */
export const PEOPLECERT_RENEWAL_SOURCES: Source[] = [
  source('ax-cpd', 'https://www.axelos.com/for-professionals/my-axelos/cpd-requirements', 'AXELOS: CPD requirements', { kind: 'official' }),
  source('ax-hub', 'https://www.axelos.com/resource-hub/article/continuous-professional-development', 'AXELOS: continuous professional development', { kind: 'official', pageDate: '2023-03-28' }),
  source('ax-2017', 'https://www.axelos.com/certifications/prince2/maintaining-prince2-practitioner-certification', 'AXELOS: maintaining PRINCE2 Practitioner certification (2017 rule)', { kind: 'official-old' }),
  source('innovativelearning-cpd', 'https://www.innovativelearning.eu/continuing-education/axelos/cpd-myaxelos.html', 'Innovative Learning (training partner): CPD in MyAxelos'),
  source('bitil-renewal', 'https://bitil.com/know/news/examination-institute/243-peoplecert-certification-renewal', 'Bitil: PeopleCert certification renewal (quotes PeopleCert)'),
  source('omnicom-cpd', 'https://www.omnicom.digital/en/2023/04/27/continuing-professional-development-program-2/', 'Omnicom: PeopleCert continuing professional development programme', { pageDate: '2023-04-27' }),
  source('spoce-2023', 'https://spoce.com/blog/post/important-news-regarding-your-peoplecert-certification', 'SPOCE: news about your PeopleCert certification (2023)'),
  source('educity-subscription', 'https://m.educity.cn/pr/2389833.html', 'Educity: PeopleCert subscription price (weak)'),
  source('noreread-prince2', 'https://www.noreread.com/exams/prince2-foundation', 'No Reread: PRINCE2 Foundation exam (retakes)'),
  source('olusholaoluyomi-prince2', 'https://olusholaoluyomi.com/cert-prince2', 'Olushola Oluyomi: PRINCE2 certification (renewal rule, approximate fees)'),
];

/** Research notes §2.1: no waiting period reported, a resit fee; nothing official found. */
export const PEOPLECERT_RETAKES: RetakePolicy = {
  waits: [],
  waitAfterPassDays: null,
  freeAttempts: null,
  notes: 'Official waiting rules were not found; one third party says there is no waiting period, only a resit fee.',
};

export const PPM_SUITE = { id: 'peoplecert-ppm', name: 'Project, Programme & Portfolio Management' };

/** The CPD route, with AXELOS's three categories. */
export const PEOPLECERT_MAINTENANCE: MaintenanceInput = {
  kind: 'continuing-education',
  cycleYears: 3,
  unitName: 'CPD point',
  // 20 in each of the three 12-month periods; AXELOS states the yearly rule, the total follows from it.
  totalUnits: 60,
  unitStep: null,
  activityUnits: { min: 0.5, max: 15, aboveMax: 'refuse' },
  perYear: { minimum: 20, categoryMinimums: [{ categoryId: 'professional-experience', minimum: 5 }] },
  groups: [
    {
      id: 'cpd',
      name: 'CPD',
      min: null,
      max: null,
      categories: [
        { id: 'professional-experience', name: 'Professional Experience', min: null, max: null, maxPerYear: null, sharing: 'suite' },
        // A training partner caps these two at 15 a year; AXELOS's own page only says the other 15 may come from any category.
        { id: 'professional-education', name: 'Professional Education', min: null, max: null, maxPerYear: 15, sharing: 'suite' },
        { id: 'community', name: 'Community', min: null, max: null, maxPerYear: 15, sharing: 'suite' },
      ],
    },
  ],
  // A lapsed holder stays on the Successful Candidate Register, marked as not meeting current requirements.
  suspensionMonths: 0,
  carryOver: null,
  suite: PPM_SUITE,
  renewalFees: null,
  // §2.1 "three routes" [T: BIT, OMNI, SPOCE; O: AX-HUB]; the third is the CPD route above.
  otherRoutes: [
    { kind: 'retake-exam', description: 'Retake the same exam before the renew-by date', condition: null },
    {
      kind: 'another-exam-in-suite',
      description: 'Pass another certification of the same product suite; the whole suite’s renew-by date moves to three years after that exam',
      condition: 'An exam of another suite (ITIL) does not renew PRINCE2',
    },
  ],
  notes:
    'Valid three years from the original certification date. Three ways to renew: retake the same exam before the renewal date, pass another certification of the same suite (an ITIL exam does not renew PRINCE2), or log CPD points — at least 20 in each 12-month period, 5 of them from Professional Experience (list five activities from your role), each activity 0.5 to 15 points (1 point an hour), while holding a continuous monthly or annual subscription for all three years. All certifications of the suite share one renew-by date; a new exam in the suite moves it to three years after that exam. A year without registered points lets the qualification lapse; a lapsed holder stays on the register, marked as not current.',
};

export const PEOPLECERT_MAINTENANCE_FACTS = {
  maintenance: fact(
    'high',
    ['ax-hub', 'ax-cpd', 'bitil-renewal', 'omnicom-cpd', 'spoce-2023', 'innovativelearning-cpd', 'ax-2017'],
    'The three-year rule, the suite-level renew-by date, the subscription, 20 points a year with 5 from Professional Experience and 0.5–15 points per activity are on AXELOS’s pages. The three routes and the suite date moving with a new exam come from third parties quoting PeopleCert. The 2017 rule (membership within three months, 20 points a year) is older official text.',
  ),
  'maintenance.categories': fact(
    'medium',
    ['ax-cpd', 'innovativelearning-cpd'],
    'The three categories and the 5-point minimum are AXELOS’s; the 15-a-year caps on Professional Education and Community come from a training partner.',
  ),
  'maintenance.carryOver': fact('low', [], 'Carry-over of surplus points between years: not found.'),
  'maintenance.fees': fact('low', ['educity-subscription'], 'No renewal fee as such; the CPD route needs a subscription whose price was not found officially (about £99 / US$122 a year, one weak source).'),
  'exam.retakes': fact('low', ['noreread-prince2'], 'Official retake waiting rules: not found; one third party says there is no waiting period, only a resit fee.'),
};
