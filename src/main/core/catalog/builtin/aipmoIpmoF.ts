import { fact, type BuiltinEntry } from '../builtinEntry';
import { AIPMO_SOURCES, AIPMO_UNKNOWN_EXAM, AIPMO_UNKNOWN_FACTS, AIPMO_UNKNOWN_MAINTENANCE } from './aipmoShared';

/** Research notes §7, IPMO-F. */
export const aipmoIpmoF: BuiltinEntry = {
  id: 'aipmo-ipmo-f',
  revision: 2,
  body: 'AIPMO',
  name: 'IPMO-Foundation',
  acronym: 'IPMO-F',
  level: 'foundation',
  url: 'http://aipmo.org/certifications/core-certifications/pmo-foundation-aipmo-certification-ipmo-f/',
  summary:
    'The first of AIPMO’s three core PMO certifications, for PMO team members, project team members and stakeholders. AIPMO describes it as formal training combined with a competency assessment. Exam format, fee and renewal were not found.',
  paths: [
    {
      id: 'aipmo-training',
      name: 'AIPMO training',
      requirements: [
        { kind: 'check', id: 'formal-training', label: 'Formal IPMO-F training completed' },
        { kind: 'check', id: 'competency-assessment', label: 'Competency assessment passed' },
      ],
    },
  ],
  exam: AIPMO_UNKNOWN_EXAM,
  application: null,
  maintenance: AIPMO_UNKNOWN_MAINTENANCE,
  sources: [AIPMO_SOURCES.ipmoF, AIPMO_SOURCES.ipmoP],
  facts: {
    overview: fact('high', ['aipmo-ipmo-f', 'aipmo-ipmo-p'], 'AIPMO has three core levels: Foundation, Practitioner and Expert.'),
    paths: fact('high', ['aipmo-ipmo-f'], '“Formal training and competency assessment”, in AIPMO’s words; no other prerequisite was found.'),
    ...AIPMO_UNKNOWN_FACTS,
  },
};
