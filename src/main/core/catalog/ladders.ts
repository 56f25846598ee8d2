import type { Ladder } from '../../../shared/schemas/certification';

/** Progressions a person climbs, shown on each step's detail view. */
export const BUILTIN_LADDERS: Ladder[] = [
  { id: 'pmi-project-to-portfolio', name: 'PMI: project → program → portfolio', steps: ['pmi-capm', 'pmi-pmp', 'pmi-pgmp', 'pmi-pfmp'] },
  { id: 'pmi-pmo', name: 'PMI: PMO', steps: ['pmoga-pmo-cp', 'pmi-pmocp'] },
  { id: 'aipmo-ipmo', name: 'AIPMO: IPMO series', steps: ['aipmo-ipmo-f', 'aipmo-ipmo-p', 'aipmo-ipmo-e'] },
  { id: 'prince2-7', name: 'PRINCE2 7', steps: ['peoplecert-prince2-7-foundation', 'peoplecert-prince2-7-practitioner'] },
  { id: 'p3o', name: 'P3O', steps: ['peoplecert-p3o-foundation', 'peoplecert-p3o-practitioner'] },
  { id: 'msp-5', name: 'MSP 5th edition', steps: ['peoplecert-msp5-foundation', 'peoplecert-msp5-practitioner'] },
  { id: 'mop', name: 'MoP', steps: ['peoplecert-mop-foundation', 'peoplecert-mop-practitioner'] },
];
