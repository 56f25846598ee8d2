import { z } from 'zod';
import { RecordIdSchema } from './ids';
import { OwnMaintenanceSchema, OwnOutlineSchema } from './rules/ownRules';

/**
 * Newer catalog rules offered to a track or a credential: what changes in the rules, field by
 * field, and what changes in the figures Certplan derives from the person's records. Nothing the
 * person entered changes either way; they adopt the new rules or keep the ones they follow.
 */

export const RuleChangeSchema = z.object({
  section: z.enum(['overview', 'prerequisites', 'exam', 'application', 'renewal', 'sources']),
  text: z.string(),
});
export type RuleChangeView = z.infer<typeof RuleChangeSchema>;

/** A derived figure before and after ("Still needed: 12 PDUs → 20 PDUs"). */
export const DerivedChangeSchema = z.object({ label: z.string(), before: z.string(), after: z.string() });
export type DerivedChange = z.infer<typeof DerivedChangeSchema>;

export const RulesUpdatePreviewSchema = z.object({
  target: z.enum(['track', 'credential']),
  id: z.string(),
  acronym: z.string(),
  /** False when the rules followed are the catalog's latest (nothing to adopt). */
  available: z.boolean(),
  fromRevision: z.number().int(),
  toRevision: z.number().int(),
  /** The person chose to keep their current rules over this revision. */
  kept: z.boolean(),
  changes: z.array(RuleChangeSchema),
  /** Only figures that differ; empty when the records come out the same under both. */
  derived: z.array(DerivedChangeSchema),
  /** Rules the person filled in themselves, which stay in use whichever they choose. */
  ownRulesNote: z.string().nullable(),
});
export type RulesUpdatePreview = z.infer<typeof RulesUpdatePreviewSchema>;

export const AdoptionResultSchema = z.object({
  target: z.enum(['track', 'credential']),
  id: z.string(),
  fromRevision: z.number().int(),
  toRevision: z.number().int(),
  changes: z.array(z.string()),
});
export type AdoptionResult = z.infer<typeof AdoptionResultSchema>;

export const SetOwnRenewalRulesInputSchema = z.strictObject({ id: RecordIdSchema, maintenance: OwnMaintenanceSchema });
export const SetOwnOutlineInputSchema = z.strictObject({ id: RecordIdSchema, outline: OwnOutlineSchema });
