import { z } from 'zod';
import {
  CertLevelSchema,
  CertificationDraftSchema,
  CertificationSchema,
  ConfidenceSchema,
  LadderSchema,
} from '../schemas/certification';
import { defineMethods } from './define';
import { IdInputSchema } from '../schemas/ids';

export const CertificationSummarySchema = z.object({
  id: z.string(),
  origin: z.enum(['builtin', 'custom']),
  body: z.string(),
  name: z.string(),
  acronym: z.string(),
  level: CertLevelSchema,
  summary: z.string(),
  /** Overall confidence of the research behind the entry; null for custom entries. */
  confidence: ConfidenceSchema.nullable(),
  domainCount: z.number().int(),
  renewal: z.string(),
  /** Facts the research did not find, in words ("Exam fee", "Renewal categories"), for the list at a glance. */
  unknownFacts: z.array(z.string()),
  /** Facts resting on weak sources (low confidence), in words. */
  lowConfidenceFacts: z.array(z.string()),
  /** How many facts have sources that disagree. */
  conflicts: z.number().int(),
  tracked: z.boolean(),
});
export type CertificationSummary = z.infer<typeof CertificationSummarySchema>;

export const CatalogListInputSchema = z.strictObject({
  query: z.string().trim().max(100).optional(),
  body: z.string().max(80).optional(),
  level: CertLevelSchema.optional(),
  origin: z.enum(['builtin', 'custom']).optional(),
});

export const CatalogListOutputSchema = z.object({
  items: z.array(CertificationSummarySchema),
  /** Facets across the whole catalog, so filters do not vanish as they narrow the list. */
  bodies: z.array(z.string()),
  levels: z.array(CertLevelSchema),
  total: z.number().int(),
});
export type CatalogList = z.infer<typeof CatalogListOutputSchema>;

export const LadderViewSchema = LadderSchema.extend({
  stepDetails: z.array(
    z.object({ id: z.string(), acronym: z.string(), name: z.string(), inCatalog: z.boolean() }),
  ),
});
export type LadderView = z.infer<typeof LadderViewSchema>;

export const CertificationDetailSchema = z.object({
  certification: CertificationSchema,
  ladders: z.array(LadderViewSchema),
  /** Ids of open tracks on this certification (one at most, archived ones excluded). */
  trackId: z.string().nullable(),
  /** How many tracks (archived included) were started from this entry. */
  trackCount: z.number().int(),
});
export type CertificationDetail = z.infer<typeof CertificationDetailSchema>;

export const catalogMethods = defineMethods({
  'catalog:list': {
    input: CatalogListInputSchema,
    output: CatalogListOutputSchema,
    summary: 'Search and filter the catalog by name or acronym, body, level and origin',
  },
  'catalog:get': {
    input: IdInputSchema,
    output: CertificationDetailSchema,
    summary: 'One certification with its ladders and whether it is tracked',
  },
  'catalog:create-custom': {
    input: z.strictObject({ certification: CertificationDraftSchema }),
    output: CertificationSchema,
    summary: 'Create a custom certification (from scratch or a copy of a built-in one)',
  },
  'catalog:update-custom': {
    input: z.strictObject({ id: z.string().min(1), certification: CertificationDraftSchema }),
    output: CertificationSchema,
    summary: 'Replace a custom certification; built-in entries cannot be edited',
  },
  'catalog:delete-custom': {
    input: IdInputSchema,
    output: z.object({ id: z.string(), tracksKept: z.number().int() }),
    summary: 'Delete a custom certification; tracks keep their snapshot of its rules',
  },
});
