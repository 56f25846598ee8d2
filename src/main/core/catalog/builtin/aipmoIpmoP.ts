import { fact, type BuiltinEntry } from '../builtinEntry';
import { AIPMO_SOURCES, AIPMO_UNKNOWN_EXAM, AIPMO_UNKNOWN_FACTS, AIPMO_UNKNOWN_MAINTENANCE } from './aipmoShared';

/** Research notes §7, IPMO-P. */
export const aipmoIpmoP: BuiltinEntry = {
  id: 'aipmo-ipmo-p',
  revision: 2,
  body: 'AIPMO',
  name: 'IPMO-Practitioner',
  acronym: 'IPMO-P',
  level: 'practitioner',
  url: 'https://www.aipmo.org/aipmo-practitioner-certification-ipmo-p/',
  summary:
    'The middle level of AIPMO’s IPMO series, for people who run a PMO. It builds on IPMO-F and is earned through a five-day course with workshop sections of up to about six hours. Exam format, fee and renewal were not found.',
  paths: [
    {
      id: 'after-foundation',
      name: 'After IPMO-F',
      requirements: [
        { kind: 'credential', id: 'ipmo-f', anyOf: ['aipmo-ipmo-f'], label: 'IPMO-F held' },
        { kind: 'check', id: 'five-day-course', label: 'Five-day IPMO-P course completed' },
      ],
    },
  ],
  exam: AIPMO_UNKNOWN_EXAM,
  application: null,
  maintenance: AIPMO_UNKNOWN_MAINTENANCE,
  sources: [AIPMO_SOURCES.ipmoP, AIPMO_SOURCES.ace],
  facts: {
    overview: fact('high', ['aipmo-ipmo-p', 'aipmo-ace']),
    paths: fact('high', ['aipmo-ipmo-p', 'aipmo-ace'], 'IPMO-F is the prerequisite (AIPMO); the five-day course with workshop sections is on AIPMO’s training page.'),
    ...AIPMO_UNKNOWN_FACTS,
  },
};
