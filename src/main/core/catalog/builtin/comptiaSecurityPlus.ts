import { fact, source, type BuiltinEntry } from '../builtinEntry';

const kind = (id: string, name: string, max: number | null) => ({ id, name, max });

/** Research notes §3.1–3.2 (CompTIA CE program, Security+ SY0-701). */
export const comptiaSecurityPlus: BuiltinEntry = {
  id: 'comptia-security-plus',
  revision: 2,
  body: 'CompTIA',
  name: 'CompTIA Security+ (SY0-701)',
  acronym: 'Security+',
  level: 'intermediate',
  url: null,
  summary:
    'CompTIA’s security certification, in its SY0-701 version since 7 November 2023. Nobody checks prerequisites (CompTIA suggests Network+ and about two years in a security or systems role). It lasts three years and is kept alive with 50 CEUs, with caps on webinars and conferences, or with one qualifying activity.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    outlines: [
      {
        id: 'sy0-701',
        name: 'SY0-701 exam objectives',
        effectiveFrom: '2023-11-07',
        effectiveUntil: null,
        questions: 90,
        scoredQuestions: null,
        durationMinutes: 90,
        breaks: null,
        format: 'At most 90 questions: multiple choice plus performance-based questions',
        domains: [
          { id: 'general-security-concepts', name: 'General Security Concepts', weight: 12 },
          { id: 'threats-vulnerabilities', name: 'Threats, Vulnerabilities and Mitigations', weight: 22 },
          { id: 'security-architecture', name: 'Security Architecture', weight: 18 },
          { id: 'security-operations', name: 'Security Operations', weight: 28 },
          { id: 'security-program-management', name: 'Security Program Management and Oversight', weight: 20 },
        ],
      },
    ],
    delivery: null,
    passing: 'Scaled score of 750 on a 100–900 scale',
    passMarkPercent: null,
    performanceBands: [],
    fees: [{ label: 'Exam voucher (CompTIA store list price)', amount: 425, currency: 'USD' }],
    retakeFees: null,
    retakes: {
      waits: [{ fromAttempt: 3, days: 30 }],
      waitAfterPassDays: 365,
      freeAttempts: null,
      notes: 'No wait before the 2nd attempt; at least 30 days after the last attempt before the 3rd and later; after a pass, not the same exam again for 12 months unless its objectives change.',
    },
  },
  application: null,
  maintenance: {
    kind: 'continuing-education',
    cycleYears: 3,
    unitName: 'CEU',
    totalUnits: 50,
    unitStep: null,
    groups: [
      {
        id: 'activities',
        name: 'Activities',
        min: null,
        max: null,
        categories: [
          {
            // The id stays "training" so activities logged under the earlier rules keep counting.
            id: 'training',
            name: 'Training and higher education (about 1 CEU an hour)',
            min: null,
            max: null,
            maxPerYear: null,
            sharing: 'when-relevant',
            activityTypes: [kind('training-course', 'Training course', 50), kind('live-webinar', 'Live webinar', 10), kind('conference', 'Conference', 10), kind('college-course', 'College course', 50), kind('ace-course', 'ACE course', 50)],
          },
          { id: 'work-experience', name: 'Work experience (employer letter on letterhead)', min: null, max: 9, maxPerYear: 3, sharing: 'none' },
          {
            id: 'other-activities',
            name: 'Other activities (caps from 2019, may be outdated)',
            min: null,
            max: null,
            maxPerYear: null,
            sharing: 'when-relevant',
            activityTypes: [kind('teach', 'Teaching', 20), kind('article', 'Article', 16), kind('book', 'Book', 40), kind('it-association', 'IT association', 6), kind('board', 'Board', 9), kind('exam-workshop', 'Exam workshop', 30)],
          },
        ],
      },
    ],
    // An expired certification cannot be renewed: pass the current exam again.
    suspensionMonths: 0,
    carryOver: null,
    renewalFees: [{ label: 'CE fee per year (third-party figure)', amount: 50, currency: 'USD' }],
    // §3.1 single-activity routes [T: GK; OC: CT-HOW]; CertMaster CE [O: CT-CMCE].
    otherRoutes: [
      { kind: 'retake-exam', description: 'Pass the latest version of the exam', condition: null },
      { kind: 'higher-certification', description: 'Earn a qualifying higher-level CompTIA certification (it renews the lower ones)', condition: 'No CE fee is due on this route' },
      { kind: 'higher-certification', description: 'Earn a qualifying non-CompTIA certification', condition: null },
      { kind: 'single-activity', description: 'Complete CertMaster CE with 100% on all its assessments', condition: 'Only for Security+ SY0-601 or earlier, not SY0-701' },
    ],
    notes:
      'At least half of an activity’s content must relate to the exam objectives; the same course counts once and must be finished within the cycle. Instead of CEUs you can renew with one activity: earn a qualifying higher-level CompTIA or non-CompTIA certification, or pass the latest version of the exam. CertMaster CE is offered only to holders of SY0-601 or earlier, not SY0-701. Renewing your highest CompTIA certification renews the lower ones. The yearly CE fee is paid before renewing, only for your highest certification, and not at all when renewing through CertMaster CE or a higher-level certification. CE records are audited at random; higher-level certifications submitted for CE credit always are. Security+ earned before 1 January 2011 is good for life.',
  },
  sources: [
    source('ct-trn', 'https://www.comptia.org/en-us/resources/ce/choose/renewing-with-multiple-activities/training-and-higher-education/', 'CompTIA: renewing with training and higher education', { kind: 'official' }),
    source('ct-wx', 'https://certification.comptia.org/continuing-education/choose/renewing-with-multiple-activities/work-experience', 'CompTIA: renewing with work experience', { kind: 'official' }),
    source('ct-cmce', 'https://www.comptia.org/en-us/resources/ce/choose/renew-with-a-single-activity/complete-a-comptia-certmaster-ce-course/', 'CompTIA: renew with a CertMaster CE course', { kind: 'official' }),
    source('ct-fee', 'https://help.comptia.org/hc/en-us/articles/10826499381012-How-Do-I-Pay-CE-Fees-With-a-Credit-Card-or-PayPal-Account', 'CompTIA help: paying CE fees', { kind: 'official' }),
    source('ct-how', 'https://production-comptiawebsite.azurewebsites.net/continuing-education/learn/how-to-renew', 'CompTIA: how to renew (copy of the comptia.org page)', { kind: 'official-copy' }),
    source('ct-2011', 'https://certification.comptia.org/it-career-news/post/view/2011/09/14/', 'CompTIA news, 14 September 2011: the CE program and audits', { kind: 'official-old', pageDate: '2011-09-14' }),
    source('ct-rtk', 'http://certification.comptia.org/resources/retake_policy.aspx', 'CompTIA: retake policy (older page)', { kind: 'official-old' }),
    source('ct-stg', 'http://staging-certification.comptia.org/help/continuing-education/earn-continuing-education-units-to-renew-your-certification', 'CompTIA (staging copy): earn CEUs to renew', { kind: 'official-copy' }),
    source('techexamlexicon-sy0-701', 'https://techexamlexicon-com.pages.dev/comptia/sy0-701/faq', 'Tech Exam Lexicon: SY0-701 FAQ (quotes CompTIA as of 28 March 2026)'),
    source('openexamprep-security', 'https://open-exam-prep.com/study-guides/comptia-security-plus/introduction/current-exam-facts-and-judgment', 'Open Exam Prep: Security+ current exam facts (June 2026)', { pageDate: '2026-06-01' }),
    source('certsqill-security', 'https://www.certsqill.com/exam-guides/comptia-security-plus', 'CertsQill: Security+ exam guide'),
    source('globalknowledge-comptia', 'https://www.globalknowledge.com/us-en/brands/comptia/comptia-cert-renewal-faqs/', 'Global Knowledge: CompTIA certification renewal FAQs'),
    source('phoenixts-ce', 'https://phoenixts.com/blog/ce-requirements-comptia-security-plus/', 'Phoenix TS: Security+ CE requirements (2019)', { pageDate: '2019-03-25' }),
    source('ucertify-retake', 'https://www.ucertify.in/p/comptia-cv0-003-cloud-plus.html', 'uCertify: CompTIA retake policy (Hindi translation)'),
    source('sanfranciscobs-ce', 'https://blog.sanfranciscobs.com/comptia-security-ce-continuing-education-guide', 'San Francisco Bay Solutions blog: Security+ CE guide'),
    source('fordsnotes-ce', 'https://fordsnotes.com/maintaining-your-certification/', 'Ford’s Notes: maintaining your certification'),
  ],
  facts: {
    overview: fact('high', ['openexamprep-security', 'techexamlexicon-sy0-701']),
    paths: fact('medium', ['techexamlexicon-sy0-701', 'openexamprep-security'], 'No formal prerequisite; Network+ and about two years in a security or systems-administration role are recommendations (third parties).'),
    'outline:sy0-701': fact('medium', ['techexamlexicon-sy0-701', 'openexamprep-security'], 'Third parties quoting CompTIA. SY0-601 was retired on 31 July 2024.'),
    'exam.passing': fact('medium', ['techexamlexicon-sy0-701']),
    'exam.fees': fact('low', ['openexamprep-security', 'certsqill-security'], 'Retake price or discount: not found.', 'US$425 at the store list price (openexamprep-security); about US$392 elsewhere (certsqill-security).'),
    'exam.retakes': fact('medium', ['ct-rtk', 'ucertify-retake'], 'From CompTIA’s older retake page.', 'Before the 3rd attempt: 30 days on the older official page (ct-rtk), 14 calendar days in a newer translated copy (ucertify-retake).'),
    maintenance: fact('high', ['ct-trn', 'ct-how', 'ct-2011', 'globalknowledge-comptia', 'ct-cmce'], '50 CEUs over three years, one CEU an hour and the 50% content rule are on CompTIA’s pages; lifetime validity before 2011 and renewal by passing the current exam come from a third party.'),
    'maintenance.categories': fact(
      'medium',
      ['ct-trn', 'ct-wx', 'ct-stg', 'phoenixts-ce'],
      'The caps on training courses, live webinars, conferences, college and ACE courses and on work experience are on CompTIA’s pages. The caps on other activities come from a 2019 third-party page and may be outdated.',
    ),
    'maintenance.carryOver': fact('low', [], 'Not found.'),
    'maintenance.fees': fact('low', ['ct-fee', 'ct-how', 'sanfranciscobs-ce', 'fordsnotes-ce'], 'CompTIA confirms an annual CE fee and when it is waived; the amount (US$50 a year) is a third-party figure.'),
  },
};
