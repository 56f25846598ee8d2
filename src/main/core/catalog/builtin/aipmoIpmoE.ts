import { fact, type BuiltinEntry } from '../builtinEntry';
import { AIPMO_SOURCES, AIPMO_UNKNOWN_EXAM, AIPMO_UNKNOWN_FACTS, AIPMO_UNKNOWN_MAINTENANCE } from './aipmoShared';

/** Research notes §7, IPMO-E. */
export const aipmoIpmoE: BuiltinEntry = {
  id: 'aipmo-ipmo-e',
  revision: 2,
  body: 'AIPMO',
  name: 'IPMO-Expert',
  acronym: 'IPMO-E',
  level: 'expert',
  url: 'https://aipmo.org/ace-training-program/',
  summary:
    'The top level of AIPMO’s IPMO series, aimed at directors of enterprise-wide PMOs: a residential five-day course with the exam on the final day. Whether a lower IPMO level is formally required was not found; exam format, fee and renewal were not found either.',
  paths: [
    {
      id: 'course',
      name: 'IPMO-E course',
      requirements: [{ kind: 'check', id: 'five-day-course', label: 'Five-day residential IPMO-E course attended (the exam is on the final day)' }],
    },
  ],
  exam: AIPMO_UNKNOWN_EXAM,
  application: null,
  maintenance: AIPMO_UNKNOWN_MAINTENANCE,
  sources: [AIPMO_SOURCES.ace, AIPMO_SOURCES.pmolearning],
  facts: {
    overview: fact('medium', ['aipmo-ace', 'pmolearning-lifecycle'], 'The audience and the residential format come from a training partner.'),
    paths: fact('medium', ['aipmo-ace', 'pmolearning-lifecycle'], 'Whether IPMO-P is required first was not found.'),
    ...AIPMO_UNKNOWN_FACTS,
  },
};
