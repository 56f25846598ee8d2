import type { BuiltinEntry } from '../builtinEntry';
import { AIPMO_SOURCES, AIPMO_UNKNOWN_EXAM, AIPMO_UNKNOWN_FACTS, AIPMO_UNKNOWN_MAINTENANCE } from './aipmoShared';

export const aipmoIpmoF: BuiltinEntry = {
  id: 'aipmo-ipmo-f',
  revision: 1,
  body: 'AIPMO',
  name: 'IPMO-Foundation',
  acronym: 'IPMO-F',
  level: 'foundation',
  url: 'http://aipmo.org/certifications/core-certifications/pmo-foundation-aipmo-certification-ipmo-f/',
  summary:
    'The first of AIPMO’s three core PMO certifications, meant for PMO staff, project team members and stakeholders. It covers the basics of projects, programmes, portfolios and PMOs, based on AIPMO’s PMO body of knowledge and PMO Lifecycle Framework. Exam format, fee and renewal are unknown.',
  paths: [
    {
      id: 'aipmo-training',
      name: 'AIPMO training',
      requirements: [
        { kind: 'check', id: 'formal-training', label: 'Formal AIPMO training with an accredited partner completed' },
        { kind: 'check', id: 'competency-assessment', label: 'Competency assessment passed' },
      ],
    },
  ],
  exam: AIPMO_UNKNOWN_EXAM,
  application: null,
  maintenance: AIPMO_UNKNOWN_MAINTENANCE,
  sources: [AIPMO_SOURCES.ipmoF, AIPMO_SOURCES.ipmoP, AIPMO_SOURCES.pmolearning],
  facts: {
    overview: { confidence: 'high', sourceIds: ['aipmo-ipmo-f', 'aipmo-ipmo-p', 'pmolearning-lifecycle'], note: null },
    paths: { confidence: 'low', sourceIds: [], note: 'The research states the training-plus-assessment model for IPMO-P and IPMO-E; its summary applies it to IPMO-F as well. No other prerequisite was found.' },
    ...AIPMO_UNKNOWN_FACTS,
  },
};
