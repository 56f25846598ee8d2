import type { BuiltinEntry } from '../builtinEntry';
import { AIPMO_SOURCES, AIPMO_UNKNOWN_EXAM, AIPMO_UNKNOWN_FACTS, AIPMO_UNKNOWN_MAINTENANCE } from './aipmoShared';

export const aipmoIpmoE: BuiltinEntry = {
  id: 'aipmo-ipmo-e',
  revision: 1,
  body: 'AIPMO',
  name: 'IPMO-Expert',
  acronym: 'IPMO-E',
  level: 'expert',
  url: 'https://aipmo.org/ace-training-program/',
  summary:
    'The top level of AIPMO’s IPMO series, aimed at people who direct enterprise-wide PMOs and complex PMO structures. Like IPMO-P it is earned through a five-day course with workshop sections and a competency assessment. Whether a lower IPMO level is formally required was not confirmed; exam format, fee and renewal are unknown.',
  paths: [
    {
      id: 'course',
      name: 'IPMO-E course',
      requirements: [
        { kind: 'check', id: 'five-day-course', label: 'Five-day IPMO-E course completed (includes workshop sections)' },
        { kind: 'check', id: 'competency-assessment', label: 'Competency assessment passed' },
      ],
    },
  ],
  exam: AIPMO_UNKNOWN_EXAM,
  application: null,
  maintenance: AIPMO_UNKNOWN_MAINTENANCE,
  sources: [AIPMO_SOURCES.ace, AIPMO_SOURCES.pmolearning],
  facts: {
    overview: { confidence: 'medium', sourceIds: ['pmolearning-lifecycle', 'aipmo-ace'], note: 'The audience comes from a training partner’s page.' },
    paths: { confidence: 'medium', sourceIds: ['aipmo-ace'], note: 'A prior IPMO level (IPMO-P) is presumably required but was not verified, so it is not listed as a requirement.' },
    ...AIPMO_UNKNOWN_FACTS,
  },
};
