import { fact, source, type BuiltinEntry } from '../builtinEntry';

/** Research notes §4. */
export const awsSaaC03: BuiltinEntry = {
  id: 'aws-saa-c03',
  revision: 2,
  body: 'AWS',
  name: 'AWS Certified Solutions Architect – Associate (SAA-C03)',
  acronym: 'SAA-C03',
  level: 'associate',
  url: 'https://aws.amazon.com/certification/policies/recertification/',
  summary:
    'AWS’s associate-level architecture certification: designing secure, resilient, fast and cost-aware systems on AWS. No formal prerequisite, though AWS advises a year of hands-on design work. It stays valid three years; renew by passing the latest exam (or the Professional one), or maintain it for one more year through AWS Skill Builder.',
  paths: [{ id: 'open', name: 'No prerequisites', requirements: [] }],
  exam: {
    outlines: [
      {
        id: 'saa-c03',
        name: 'SAA-C03 exam guide',
        effectiveFrom: null,
        effectiveUntil: null,
        questions: 65,
        scoredQuestions: 50,
        durationMinutes: 130,
        breaks: null,
        format: 'Multiple choice and multiple response; 15 of the 65 questions are unscored',
        domains: [
          { id: 'secure', name: 'Design Secure Architectures', weight: 30 },
          { id: 'resilient', name: 'Design Resilient Architectures', weight: 26 },
          { id: 'high-performing', name: 'Design High-Performing Architectures', weight: 24 },
          { id: 'cost-optimized', name: 'Design Cost-Optimized Architectures', weight: 20 },
        ],
      },
    ],
    delivery: null,
    passing: 'Scaled score of 720 on a 100–1,000 scale',
    passMarkPercent: null,
    performanceBands: [],
    fees: [{ label: 'Exam', amount: 150, currency: 'USD' }],
    retakeFees: [{ label: 'Every attempt, full fee', amount: 150, currency: 'USD' }],
    retakes: { waits: [{ fromAttempt: 2, days: 14 }], waitAfterPassDays: null, freeAttempts: null, notes: 'Wait 14 calendar days before retaking the same exam; every attempt costs the full fee; no limit on attempts.' },
  },
  application: null,
  maintenance: {
    kind: 'retake',
    cycleYears: 3,
    unitName: null,
    totalUnits: null,
    unitStep: null,
    groups: [],
    suspensionMonths: 0,
    carryOver: null,
    renewalFees: null,
    // §4 [OC: AWS-M1, AWS-M2; O: AWS-POL].
    otherRoutes: [
      { kind: 'retake-exam', description: 'Pass the latest SAA exam for three more years (50% discount voucher)', condition: 'Only while the certification is still active' },
      { kind: 'higher-certification', description: 'Pass the Solutions Architect – Professional exam for three more years (50% discount voucher)', condition: 'Only while the certification is still active' },
      { kind: 'maintain', description: 'Maintain it for one more year through the options AWS lists on Skill Builder', condition: 'Only while it is still active; which activities count was not found' },
    ],
    notes:
      'Valid three years from the date earned. To renew for three more years, pass the latest SAA exam or the Solutions Architect – Professional exam (either with the 50% discount voucher). To maintain it for one more year, complete the options AWS lists on Skill Builder (which activities count was not found). Both only while it is still active: an expired certification cannot be recertified.',
  },
  sources: [
    source('aws-pol', 'https://aws.amazon.com/certification/policies/recertification/', 'AWS: recertification policy', { kind: 'official' }),
    source('aws-m1', 'https://tristarbruise.netlify.app/host-https-aws.amazon.com/certification/recertification', 'AWS recertification page (mirror)', { kind: 'official-copy' }),
    source('aws-m2', 'https://reading.serenaabinusa.workers.dev/readme-https-aws.amazon.com/certification/recertification/', 'AWS recertification page (newer mirror)', { kind: 'official-copy' }),
    source('aws-eg', 'https://studylib.net/doc/26167967/aws-certified-solutions-architect-associate-exam-guide', 'AWS Certified Solutions Architect – Associate exam guide (copy)', { kind: 'official-copy' }),
    source('studytech-retake', 'https://studytech.ai/blog/aws-exam-retake-policy-2026', 'StudyTech: AWS exam retake policy 2026', { pageDate: '2026-02-10' }),
    source('openexamprep-saa', 'https://open-exam-prep.com/study-guides/aws-solutions-architect/introduction/about-the-saa-c03-exam', 'Open Exam Prep: about the SAA-C03 exam'),
    source('awsglossary-saa', 'https://awsglossary.org/terms/saa-c03', 'AWS Glossary: SAA-C03'),
    source('associateexam-saa', 'https://associateexam.com/blog/saa-c03-exam-format-question-types-and-time-limits', 'Associate Exam: SAA-C03 format, question types and time limits'),
    source('github-saa-notes', 'https://github.com/saumyap24/aws-solutions-architect-associate-notes', 'Public study notes: SAA-C03 domains'),
  ],
  facts: {
    overview: fact('high', ['aws-eg', 'aws-pol']),
    paths: fact('high', ['aws-eg'], 'The year of hands-on experience is a recommendation, not a requirement.'),
    'outline:saa-c03': fact(
      'medium',
      ['aws-eg', 'openexamprep-saa', 'awsglossary-saa', 'associateexam-saa', 'github-saa-notes'],
      '65 questions (50 scored) and the item types are in the exam guide (copy); the time, the pass mark and the weights come from third parties.',
      'One third party (elliot-digital) gives other domain weights.',
    ),
    'exam.passing': fact('medium', ['openexamprep-saa', 'awsglossary-saa', 'associateexam-saa']),
    'exam.fees': fact('medium', ['openexamprep-saa']),
    'exam.retakes': fact('low', ['studytech-retake'], 'No official text was found. One weak source claims a one-year wait after three failures; it is unconfirmed.'),
    maintenance: fact('high', ['aws-pol', 'aws-m1', 'aws-m2'], 'The older official page said AWS neither requires nor accepts continuing-education credits; the newer page (mirror) adds the one-year maintain option through Skill Builder.'),
    'maintenance.fees': fact('high', ['aws-pol', 'aws-m1'], 'No renewal fee as such; the recertification exam comes with a 50% discount voucher.'),
  },
};
