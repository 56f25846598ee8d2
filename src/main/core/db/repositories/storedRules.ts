import { type Certification, CertificationSchema, type ExamOutline, type Maintenance } from '../../../../shared/schemas/certification';
import { upgradeStoredCertification, upgradeStoredMaintenance } from '../../../../shared/schemas/rules/legacyRules';
import { OwnMaintenanceSchema, OwnOutlineSchema } from '../../../../shared/schemas/rules/ownRules';

/**
 * Rules read back from JSON columns (catalog rows, track snapshots, credential rules, a person's
 * own rules). Rows an older version wrote are upgraded first, then validated: an old row must not
 * reach a view unchecked, and must keep behaving as it did.
 */
export function parseStoredCertification(json: string): Certification {
  const cached = PARSED.get(json);
  if (cached) return cached;
  const parsed = CertificationSchema.parse(upgradeStoredCertification(JSON.parse(json)));
  remember(json, parsed);
  return parsed;
}

/**
 * The same stored text always parses to the same rules, and every read parses every snapshot it
 * touches (a renewal view reads all held credentials), so parsed rules are remembered by their
 * text, a few hundred at most. Callers treat rules as read-only values, as they always have.
 */
const PARSED = new Map<string, Certification>();
const PARSED_LIMIT = 300;

function remember(json: string, cert: Certification): void {
  if (PARSED.size >= PARSED_LIMIT) {
    const oldest = PARSED.keys().next().value;
    if (oldest !== undefined) PARSED.delete(oldest);
  }
  PARSED.set(json, cert);
}

export function parseStoredOwnMaintenance(json: string | null): Maintenance | null {
  return json === null ? null : OwnMaintenanceSchema.parse(upgradeStoredMaintenance(JSON.parse(json)));
}

export function parseStoredOwnOutline(json: string | null): ExamOutline | null {
  return json === null ? null : OwnOutlineSchema.parse(JSON.parse(json));
}
