import type { FactInfo, Maintenance } from '../../../../shared/schemas/certification';
import { source } from '../builtinEntry';

/**
 * CompTIA's Continuing Education program, shared by its "ce" certifications: a three-year cycle
 * from the pass date, a CEU total per certification, a yearly CE fee that covers all of a
 * person's CompTIA certifications, and single activities that renew on their own.
 */
export const COMPTIA_CE_SOURCES = [
  source('globalknowledge-comptia-faq', 'https://www.globalknowledge.com/us-en/brands/comptia/comptia-cert-renewal-faqs/', 'Global Knowledge: CompTIA certification renewal FAQs'),
  source('comptia-work-experience', 'https://certification.comptia.org/continuing-education/choose/renewing-with-multiple-activities/work-experience', 'CompTIA: renewing with work experience', { official: true }),
  source('comptia-earn-ceus', 'http://staging-certification.comptia.org/help/continuing-education/earn-continuing-education-units-to-renew-your-certification', 'CompTIA (staging copy): earn CEUs to renew your certification', { official: true }),
  source('comptia-stay-certified', 'http://certification.comptia.org/stayCertified.aspx', 'CompTIA: stay certified (older page)', { official: true }),
  source('sanfranciscobs-ce', 'https://blog.sanfranciscobs.com/comptia-security-ce-continuing-education-guide', 'San Francisco Bay Solutions blog: Security+ CE guide'),
  source('fordsnotes-ce', 'https://fordsnotes.com/maintaining-your-certification/', 'Ford’s Notes: maintaining your certification'),
  source('newhorizons-ce', 'https://www.newhorizons.com/resources/blog/comptia-security-ce', 'New Horizons: CompTIA Security+ CE'),
];

export const COMPTIA_CE_FEES = [{ label: 'CE fee per year', amount: 50, currency: 'USD' }];

/** The CE rules with the certification's CEU total. */
export function comptiaCeMaintenance(totalUnits: number): Maintenance {
  return {
    kind: 'continuing-education',
    cycleYears: 3,
    unitName: 'CEU',
    totalUnits,
    // Usually one CEU per hour of activity; the smallest claimable fraction was not found.
    unitStep: null,
    annualMinimum: null,
    groups: [
      {
        id: 'activities',
        name: 'Activities',
        min: null,
        max: null,
        categories: [
          // CompTIA dropped its cap on training CEUs.
          { id: 'training', name: 'Training and webinars (about 1 CEU per hour)', min: null, max: null, maxPerYear: null, sharing: 'when-relevant', alwaysCountsToward: [] },
          { id: 'work-experience', name: 'Work experience (employer letter on letterhead)', min: null, max: 9, maxPerYear: 3, sharing: 'none', alwaysCountsToward: [] },
        ],
      },
    ],
    // Not renewed within the three years: the certification lapses and the exam must be retaken.
    suspensionMonths: 0,
    carryOver: null,
    renewalFees: COMPTIA_CE_FEES,
    notes: 'At least half of an activity’s content must relate to the exam objectives of the certification you renew. Instead of collecting CEUs you can renew with one activity: finish CertMaster CE, earn a higher-level CompTIA certification or a qualifying non-CompTIA IT certification, or pass the latest version of the exam. One CE fee covers all your CompTIA certifications. CompTIA audits CE records at random.',
  };
}

export const COMPTIA_CE_FEES_FACT: FactInfo = {
  confidence: 'medium',
  sourceIds: ['sanfranciscobs-ce', 'fordsnotes-ce'],
  note: 'US$150 over a three-year cycle. One weak source says the fee is waived when you renew through CertMaster CE or by passing the current exam.',
};
