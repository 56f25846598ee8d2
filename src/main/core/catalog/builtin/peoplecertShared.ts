import type { FactInfo, Maintenance } from '../../../../shared/schemas/certification';
import { source } from '../builtinEntry';

/**
 * PeopleCert / AXELOS certifications (PRINCE2, MSP, MoP, P3O …) issued since January 2023 are
 * valid for three years. Three ways to renew: sit the same exam again, pass another
 * certification of the same product suite, or log at least 20 CPD points in each of three
 * consecutive years while holding an active membership or subscription. Only the third is a
 * continuing-education rule, so that is what the maintenance block models; the other two are notes.
 */
export const PEOPLECERT_RENEWAL_SOURCES = [
  source('sapience-cpd', 'https://www.sapience-consulting.com/cpd-and-expiry-of-itil-certifications/', 'Sapience Consulting: CPD and expiry of PeopleCert certifications (2023)'),
  source('spoce-2023', 'https://spoce.com/blog/post/important-news-regarding-your-peoplecert-certification', 'SPOCE: news about your PeopleCert certification (2023)'),
  source('axelos-maintaining', 'https://www.axelos.com/certifications/prince2/maintaining-prince2-practitioner-certification', 'AXELOS: maintaining PRINCE2 Practitioner certification (2017-era rule)', { official: true }),
  source('educity-membership', 'https://m.educity.cn/pr/2389833.html', 'Educity: PeopleCert membership fee'),
];

/** The CPD route; the research names no CPD categories, so one catch-all category is used. */
export const PEOPLECERT_MAINTENANCE: Maintenance = {
  kind: 'continuing-education',
  cycleYears: 3,
  unitName: 'CPD point',
  totalUnits: 60,
  unitStep: null,
  annualMinimum: 20,
  groups: [
    {
      id: 'cpd',
      name: 'CPD',
      min: null,
      max: null,
      categories: [
        { id: 'cpd', name: 'CPD activities', min: null, max: null, maxPerYear: null, sharing: 'none', alwaysCountsToward: [] },
      ],
    },
  ],
  suspensionMonths: null,
  carryOver: 'none',
  renewalFees: null,
  notes: 'Valid three years. The CPD route needs at least 20 points in each of three consecutive years and an active PeopleCert/AXELOS membership or subscription (reportedly about £99 or US$122 a year; one weak source). Two other ways to renew: sit the same exam again, or pass another certification of the same product suite. One provider says the rule follows your highest level held (Foundation or Practitioner).',
};

/** Provenance of PEOPLECERT_MAINTENANCE where the research rates the 2023 rule as high. */
export const PEOPLECERT_MAINTENANCE_FACT: FactInfo = {
  confidence: 'high',
  sourceIds: ['sapience-cpd', 'spoce-2023', 'axelos-maintaining'],
  note: 'The CPD categories were not named in the research, so all points go into one category.',
};

export const PEOPLECERT_MAINTENANCE_FEES_FACT: FactInfo = {
  confidence: 'low',
  sourceIds: ['educity-membership'],
  note: 'No renewal fee as such; the CPD route needs a membership reported at about £99 / US$122 a year by a single weak source.',
};
