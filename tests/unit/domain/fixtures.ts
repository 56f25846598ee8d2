import { comptiaSecurityPlus } from '../../../src/main/core/catalog/builtin/comptiaSecurityPlus';
import { awsSaaC03 } from '../../../src/main/core/catalog/builtin/awsSaaC03';
import { peoplecertPrince2Practitioner } from '../../../src/main/core/catalog/builtin/peoplecertPrince2Practitioner';
import { pmiAcp } from '../../../src/main/core/catalog/builtin/pmiAcp';
import { pmiPmp } from '../../../src/main/core/catalog/builtin/pmiPmp';
import { scrumorgPsm1 } from '../../../src/main/core/catalog/builtin/scrumorgPsm1';
import { type Maintenance, MaintenanceSchema } from '../../../src/shared/schemas/certification';

/** The catalog's own renewal rules, parsed as the core stores them. */
export const PMP: Maintenance = MaintenanceSchema.parse(pmiPmp.maintenance);
export const ACP: Maintenance = MaintenanceSchema.parse(pmiAcp.maintenance);
export const SECURITY_PLUS: Maintenance = MaintenanceSchema.parse(comptiaSecurityPlus.maintenance);
export const PRINCE2_PRACTITIONER: Maintenance = MaintenanceSchema.parse(peoplecertPrince2Practitioner.maintenance);
export const AWS_SAA: Maintenance = MaintenanceSchema.parse(awsSaaC03.maintenance);
export const PSM1: Maintenance = MaintenanceSchema.parse(scrumorgPsm1.maintenance);
