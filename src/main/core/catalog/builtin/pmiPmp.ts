import { fact, source, type BuiltinEntry } from '../builtinEntry';
import {
  PMI_60_PDU_SPLIT,
  PMI_APPLICATION,
  PMI_APPLICATION_FACTS,
  PMI_BANDS,
  PMI_COMMON_SOURCES,
  PMI_RENEWAL_NOTE,
  PMI_RETAKES,
  pmiMaintenance,
  pmiMaintenanceFacts,
  pmiPageCopy,
  pmiPageCopyB,
} from './pmiShared';

/** Research notes §1.2. The 35 hours: a CAPM stands in; on the GAC path, the degree's core coursework does. */
const training = (gac: boolean) => ({
  kind: 'training' as const,
  id: 'pm-education',
  hours: 35,
  topic: 'PM education',
  label: gac
    ? '35 contact hours of project management education (GAC core coursework is pre-approved for them)'
    : '35 contact hours of project management education (PMI’s exam prep course or an Authorized Training Partner course counts)',
  substitutedBy: ['pmi-capm'],
  coveredByGacCoursework: gac,
});

const experience = (months: number) => ({
  kind: 'experience' as const,
  id: 'leading-projects',
  months,
  windowMonths: 96,
  area: 'leading projects',
  label: `${months} months leading and managing projects within the last 8 years`,
});

export const pmiPmp: BuiltinEntry = {
  id: 'pmi-pmp',
  revision: 2,
  body: 'PMI',
  name: 'Project Management Professional',
  acronym: 'PMP',
  level: 'professional',
  url: 'https://www.pmi.org/certifications/project-management-pmp',
  summary:
    'PMI’s best-known credential for people who lead projects of any kind. You qualify with a degree, months of unique project leadership within the last eight years and 35 hours of training. The exam changed on 9 July 2026: the same 180 questions, ten more minutes, and much more weight on the business environment.',
  // PMI's Set B (the most common route) first, then Set A and Set C; the ids are older than the letters.
  paths: [
    {
      id: 'four-year-degree',
      name: 'Four-year degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'bachelor', label: 'Bachelor’s degree or higher (or global equivalent)' }, experience(36), training(false)],
    },
    {
      id: 'secondary-degree',
      name: 'Secondary degree',
      requirements: [{ kind: 'education', id: 'degree', minLevel: 'secondary', label: 'Secondary diploma (high school, associate’s or global equivalent)' }, experience(60), training(false)],
    },
    {
      id: 'gac-degree',
      name: 'GAC-accredited degree',
      requirements: [
        { kind: 'education', id: 'degree', minLevel: 'bachelor', gacAccredited: true, label: 'Bachelor’s or postgraduate degree from a GAC-accredited programme' },
        experience(24),
        training(true),
      ],
    },
  ],
  exam: {
    outlines: [
      {
        id: 'eco-2021',
        name: '2021 exam content outline',
        effectiveFrom: null,
        effectiveUntil: '2026-07-08',
        questions: 180,
        scoredQuestions: 175,
        durationMinutes: 230,
        breaks: 'Two 10-minute breaks, after questions 60 and 120',
        format: 'Multiple choice, multiple response, matching, hotspot and limited fill-in',
        domains: [
          { id: 'people', name: 'People', weight: 42 },
          { id: 'process', name: 'Process', weight: 50 },
          { id: 'business-environment', name: 'Business Environment', weight: 8 },
        ],
      },
      {
        id: 'eco-2026',
        name: 'July 2026 exam content outline',
        effectiveFrom: '2026-07-09',
        effectiveUntil: null,
        questions: 180,
        scoredQuestions: 170,
        durationMinutes: 240,
        breaks: 'Two 10-minute breaks; several sources put the first after the case-study section, and a section cannot be reopened once its break starts',
        format: 'Eight item formats: multiple choice, multiple response, case or scenario sets, graphic-based, matching, enhanced matching, point-and-click (hotspot) and pull-down list',
        domains: [
          { id: 'people', name: 'People', weight: 33 },
          { id: 'process', name: 'Process', weight: 41 },
          { id: 'business-environment', name: 'Business Environment', weight: 26 },
        ],
      },
    ],
    delivery: 'Pearson VUE test centre (PMI’s recommendation) or online',
    passing: 'No pass percentage is published; results come as a proficiency level per domain.',
    passMarkPercent: null,
    performanceBands: PMI_BANDS,
    fees: [
      { label: 'PMI member', amount: 425, currency: 'USD' },
      { label: 'Non-member', amount: 675, currency: 'USD' },
    ],
    retakeFees: [
      { label: 'PMI member', amount: 275, currency: 'USD' },
      { label: 'Non-member', amount: 375, currency: 'USD' },
    ],
    retakes: PMI_RETAKES,
  },
  application: PMI_APPLICATION,
  maintenance: pmiMaintenance(60, PMI_60_PDU_SPLIT, 20, `${PMI_RENEWAL_NOTE} Every PDU you earn, in any category, also counts toward PMP if you hold other PMI credentials.`),
  sources: [
    pmiPageCopy('pmi-a-pmp', 'https://www.pmi.org/certifications/project-management-pmp', 'PMI: Project Management Professional (PMP)'),
    pmiPageCopyB('pmi-b-pmp', 'https://www.pmi.org/certifications/project-management-pmp', 'PMI: Project Management Professional (PMP), second copy'),
    source('pmi-blog-2026', 'https://www.pmi.org/zh-cn/pmiheadless/home/blog/blog-posts/2026/04/16/19/00/pmp-exam-change', 'PMI blog: the PMP exam is changing', { kind: 'official', pageDate: '2026-04-16' }),
    source('eco26-quotes', null, 'Public files quoting PMI’s “PMP Examination Content Outline – July 2026”', {
      note: 'At least five public projects quote the outline (code-index ids 63086062492, 63151122979, 41893829802, 55861660873, 54665620343, 70118773883); PMI’s own PDF was not read.',
    }),
    source('pmtraining-2026', 'https://www.pmtraining.com/about/pmp-exam-update-july-2026', 'PM Training: PMP exam update July 2026', { pageDate: '2026-04-16' }),
    source('pmlearning-2026', 'https://www.pmlearning.org/blog/pmp-exam-content-outline-2026-what-changed', 'PM Learning: PMP exam content outline 2026, what changed'),
    source('pmexamhelp-2026', 'https://www.pmexamhelp.com/pmp-exam-july-2026-take-now-or-wait/', 'PM Exam Help: July 2026, take the exam now or wait?'),
    source('masterofproject-2026', 'https://blog.masterofproject.com/pmbok-8', 'Master of Project: PMBOK 8 and the 2026 exam'),
    source('pmpwithray-2026', 'https://pmpwithray.com/blogs/pmp-exam-2026-changes', 'PMP with Ray: PMP exam 2026 changes'),
    source('growacto-2026', 'https://growacto.com/pmp-exam-change-update-2026', 'Growacto: PMP exam change update 2026', { pageDate: '2026-01-31' }),
    source('pmtycoon-2026', 'https://pmtycoon.app/en/pmp-requirements-2026/', 'PM Tycoon: PMP requirements 2026', { pageDate: '2026-07-02' }),
    source('gururo-2021-mock', 'https://gururo.com/courses/pmp-mock-practice-test-2021/', 'Gururo: PMP mock test for the 2021 outline (breaks, item types)'),
    source('auxilium-pmp', 'https://auxiliumitglobal.com/index.php/cs-pmp', 'Auxilium: PMP exam item types'),
    source('beginpm-format', 'https://beginpm.com/asking/what-is-the-format-of-the-pmp-exam', 'BeginPM: format of the PMP exam'),
    source('fichtner-retake', 'http://www.cornelius-fichtner.com/index.php/pmp/850-pmp-exam-tip-consider-waiting-if-you-fail-your-pmp-exam-twice', 'Cornelius Fichtner: if you fail the PMP exam twice (re-exam fees)'),
    ...PMI_COMMON_SOURCES,
  ],
  facts: {
    overview: fact('high', ['pmi-a-pmp', 'pmi-blog-2026']),
    paths: fact(
      'high',
      ['pmi-a-pmp', 'prep-handbook', 'pmtycoon-2026'],
      'PMI’s Set A (secondary), Set B (bachelor’s) and Set C (GAC-accredited), the CAPM stand-in and the pre-approved GAC coursework are on PMI’s page (copy). Months must be unique and non-overlapping; the job title need not be “Project Manager”.',
      'PMI lists “expanded eligibility pathways” among the July 2026 changes without details (pmi-blog-2026); one third party says eligibility did not change. No new pathway was found.',
    ),
    'exam.outlines': fact(
      'high',
      ['pmi-blog-2026', 'pmtraining-2026', 'pmlearning-2026', 'pmexamhelp-2026'],
      'PMI: the updated exam launches on 9 July 2026; the earlier version runs until 8 July.',
      'Some third parties say the new exam launched on 1 July 2026 with the old one retired on 30 June (masterofproject-2026, pmpwithray-2026); one said only “July 2026” (growacto-2026). Certplan uses PMI’s date.',
    ),
    'outline:eco-2021': fact('high', ['pmi-a-pmp', 'pmi-hk', 'gururo-2021-mock', 'auxilium-pmp'], '180 questions (175 scored), 230 minutes and 42/50/8 are on PMI’s page (copy); the break timing and item types come from third parties.'),
    'outline:eco-2026': fact(
      'medium',
      ['eco26-quotes', 'pmtraining-2026', 'pmi-blog-2026'],
      'From files quoting PMI’s July 2026 outline; PMI’s blog confirms the greater weight on Business Environment. The credential is the same whichever version you pass.',
      'Blogs written before the outline was published said about 185 questions (175 scored + 10 pretest) (growacto-2026, pmpwithray-2026); the outline quotes say 180 (170 + 10).',
    ),
    'exam.passing': fact('low', ['beginpm-format'], 'No PMI page stating this was found.'),
    'exam.fees': fact(
      'high',
      ['pmi-a-pmp', 'pmi-b-pmp', 'pmpg-cost', 'visualfoodie-fees', 'fichtner-retake', 'pmexamhelp-2026'],
      'Exam fees are on PMI’s page (copies); the re-exam fees come from third parties only. Member prices apply only if membership is bought before the exam fee is paid. Membership: US$164 a year in PMI’s US store (pmpg-cost).',
      'Older third-party exam fees of US$405/555 and 405/575 are outdated; one third party reports a further rise in August 2026 of unknown size. Membership: older figures of US$139 (or 129 + 10 joining fee) conflict with US$164.',
    ),
    ...PMI_APPLICATION_FACTS,
    ...pmiMaintenanceFacts(['pmi-a-pmp'], { split: 'found', carryOver: 'at most 20 PDUs (pmiuk-pdus, osp-carryover, a forum thread)' }),
  },
};
