import { z } from 'zod';
import { type RenewalRoute, RenewalRouteSchema } from '../../../shared/schemas/certification';
import { BUILTIN_CATALOG } from '../catalog';
import type { StoredCredential } from '../db/repositories/credentialRepository';

const RoutesSchema = z.array(RenewalRouteSchema).nullable();

/**
 * The other ways to renew a credential the catalog states (retake the exam, another exam of the
 * suite, a higher certification …), or null where its notes do not say: the screens show that as
 * Unknown, never a guess. A snapshot taken before the catalog recorded routes has none, so a
 * built-in entry's routes are read from this release's entry of the same id; they are facts about
 * the body, not rules the engines apply, so no "newer rules" step is needed for them.
 */
export function otherRenewalRoutes(credential: Pick<StoredCredential, 'rules'>): RenewalRoute[] | null {
  const rules = credential.rules;
  if (!rules) return null;
  if (rules.maintenance.otherRoutes !== null) return rules.maintenance.otherRoutes;
  if (rules.origin !== 'builtin') return null;
  const entry = BUILTIN_CATALOG.find((e) => e.id === rules.id);
  return RoutesSchema.parse(entry?.maintenance.otherRoutes ?? null);
}
