import type { BuiltinEntry } from '../builtinEntry';
import { AIPMO_SOURCES, AIPMO_UNKNOWN_EXAM, AIPMO_UNKNOWN_FACTS, AIPMO_UNKNOWN_MAINTENANCE } from './aipmoShared';

export const aipmoIpmoP: BuiltinEntry = {
  id: 'aipmo-ipmo-p',
  revision: 1,
  body: 'AIPMO',
  name: 'IPMO-Practitioner',
  acronym: 'IPMO-P',
  level: 'practitioner',
  url: 'https://www.aipmo.org/aipmo-practitioner-certification-ipmo-p/',
  summary:
    'The middle level of AIPMO’s IPMO series, for people who run a single PMO, whether for a whole organisation or one initiative. It builds on IPMO-F and is earned through a five-day course with workshop sections and a competency assessment. Exam format, fee and renewal are unknown.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After IPMO-F',
      requirements: [
        { kind: 'credential', id: 'ipmo-f', anyOf: ['aipmo-ipmo-f'], label: 'IPMO-F held' },
        { kind: 'check', id: 'five-day-course', label: 'Five-day IPMO-P course completed (includes workshop sections)' },
        { kind: 'check', id: 'competency-assessment', label: 'Competency assessment passed' },
      ],
    },
  ],
  exam: AIPMO_UNKNOWN_EXAM,
  application: null,
  maintenance: AIPMO_UNKNOWN_MAINTENANCE,
  sources: [AIPMO_SOURCES.ipmoP, AIPMO_SOURCES.ace, AIPMO_SOURCES.pmolearning],
  facts: {
    overview: { confidence: 'high', sourceIds: ['aipmo-ipmo-p', 'pmolearning-lifecycle'], note: null },
    paths: { confidence: 'medium', sourceIds: ['aipmo-ipmo-p', 'aipmo-ace', 'pmolearning-lifecycle'], note: 'IPMO-F as the prerequisite is high confidence; the course and assessment model is medium.' },
    ...AIPMO_UNKNOWN_FACTS,
  },
};
