import type { BuiltinEntry } from './builtinEntry';
import { aipmoIpmoE } from './builtin/aipmoIpmoE';
import { aipmoIpmoF } from './builtin/aipmoIpmoF';
import { aipmoIpmoP } from './builtin/aipmoIpmoP';
import { awsSaaC03 } from './builtin/awsSaaC03';
import { comptiaSecurityPlus } from './builtin/comptiaSecurityPlus';
import { peoplecertMopFoundation } from './builtin/peoplecertMopFoundation';
import { peoplecertMopPractitioner } from './builtin/peoplecertMopPractitioner';
import { peoplecertMsp5Foundation } from './builtin/peoplecertMsp5Foundation';
import { peoplecertMsp5Practitioner } from './builtin/peoplecertMsp5Practitioner';
import { peoplecertP3oFoundation } from './builtin/peoplecertP3oFoundation';
import { peoplecertP3oPractitioner } from './builtin/peoplecertP3oPractitioner';
import { peoplecertPrince2Foundation } from './builtin/peoplecertPrince2Foundation';
import { peoplecertPrince2Practitioner } from './builtin/peoplecertPrince2Practitioner';
import { pmiAcp } from './builtin/pmiAcp';
import { pmiCapm } from './builtin/pmiCapm';
import { pmiPba } from './builtin/pmiPba';
import { pmiPfmp } from './builtin/pmiPfmp';
import { pmiPgmp } from './builtin/pmiPgmp';
import { pmiPmocp } from './builtin/pmiPmocp';
import { pmiPmp } from './builtin/pmiPmp';
import { pmiRmp } from './builtin/pmiRmp';
import { pmiSp } from './builtin/pmiSp';
import { pmogaPmoCp } from './builtin/pmogaPmoCp';
import { scrumallianceCsm } from './builtin/scrumallianceCsm';
import { scrumorgPsm1 } from './builtin/scrumorgPsm1';

export { BUILTIN_LADDERS } from './ladders';

/**
 * Bump when any built-in entry changes (and bump that entry's `revision`): the store then updates
 * built-in rows on the next start, leaving custom entries and tracks' snapshots alone.
 */
export const BUILTIN_CATALOG_VERSION = 2;

/**
 * The moment this catalog release was assembled; built-in entries carry it as `updatedAt`.
 * Release 2 follows the December 2026 research update (sources read in November–December 2026).
 */
export const BUILTIN_CATALOG_RELEASED_AT = '2026-12-10T00:00:00.000Z';

export const BUILTIN_CATALOG: readonly BuiltinEntry[] = [
  // PMI
  pmiPmocp,
  pmiPmp,
  pmiCapm,
  pmiPgmp,
  pmiPfmp,
  pmiAcp,
  pmiRmp,
  pmiSp,
  pmiPba,
  // Other PMO bodies
  aipmoIpmoF,
  aipmoIpmoP,
  aipmoIpmoE,
  pmogaPmoCp,
  // PeopleCert / AXELOS
  peoplecertPrince2Foundation,
  peoplecertPrince2Practitioner,
  peoplecertP3oFoundation,
  peoplecertP3oPractitioner,
  peoplecertMsp5Foundation,
  peoplecertMsp5Practitioner,
  peoplecertMopFoundation,
  peoplecertMopPractitioner,
  // Agile
  scrumorgPsm1,
  scrumallianceCsm,
  // Beyond project management
  comptiaSecurityPlus,
  awsSaaC03,
];
