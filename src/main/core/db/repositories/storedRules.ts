import { type Certification, CertificationSchema, type ExamOutline, type Maintenance } from '../../../../shared/schemas/certification';
import { upgradeStoredCertification, upgradeStoredMaintenance } from '../../../../shared/schemas/rules/legacyRules';
import { OwnMaintenanceSchema, OwnOutlineSchema } from '../../../../shared/schemas/rules/ownRules';

/**
 * Rules read back from JSON columns (catalog rows, track snapshots, credential rules, a person's
 * own rules). Rows an older version wrote are upgraded first, then validated: an old row must not
 * reach a view unchecked, and must keep behaving as it did.
 */
export function parseStoredCertification(json: string): Certification {
  return CertificationSchema.parse(upgradeStoredCertification(JSON.parse(json)));
}

export function parseStoredOwnMaintenance(json: string | null): Maintenance | null {
  return json === null ? null : OwnMaintenanceSchema.parse(upgradeStoredMaintenance(JSON.parse(json)));
}

export function parseStoredOwnOutline(json: string | null): ExamOutline | null {
  return json === null ? null : OwnOutlineSchema.parse(JSON.parse(json));
}
