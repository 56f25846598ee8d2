import { z } from 'zod';
import { IsoDateSchema } from '../dates';
import { ConfidenceSchema, OptionalTextSchema, SlugSchema, TextSchema } from './fields';

/**
 * Where each fact comes from. The research read stored copies of public pages whose capture dates
 * are unknown, so a source carries the period it was read in ("November–December 2026"), never a
 * "checked on" date: nothing here is a live check.
 */

/** official: the body's page; official-old: its page, visibly old; official-copy: a near-verbatim copy elsewhere. */
export const SOURCE_KINDS = ['official', 'official-old', 'official-copy', 'third-party'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z.strictObject({
  id: SlugSchema,
  /** null for material without one public address (e.g. files in several public projects that quote a body's document). */
  url: z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }).nullable(),
  title: TextSchema('Source title'),
  kind: SourceKindSchema,
  /** The page's own date where it showed one. */
  pageDate: IsoDateSchema.nullable(),
  /** When Certplan's research read it, as a period ("November–December 2026"); null for a person's own note. */
  readIn: OptionalTextSchema(60).default(null),
  /** How it was read, e.g. "a public copy of pmi.org's page". */
  note: OptionalTextSchema(300).default(null),
});
export type Source = z.infer<typeof SourceSchema>;

/** Facts a provenance note can attach to. Outlines and paths add their own: `outline:<id>`, `path:<id>`. */
export const FACT_KEYS = [
  'overview',
  'paths',
  'exam.outlines',
  'exam.size',
  'exam.format',
  'exam.domains',
  'exam.passing',
  'exam.fees',
  'exam.retakes',
  'application',
  'application.audit',
  'maintenance',
  'maintenance.categories',
  'maintenance.carryOver',
  'maintenance.records',
  'maintenance.fees',
] as const;
export const FactKeySchema = z.enum(FACT_KEYS);
export type FactKey = z.infer<typeof FactKeySchema>;

const KNOWN_FACT_KEYS: ReadonlySet<string> = new Set(FACT_KEYS);
export const FactRefSchema = z
  .string()
  .refine((key) => KNOWN_FACT_KEYS.has(key) || /^(outline|path):[a-z0-9][a-z0-9-]*$/.test(key), 'Not a known fact');
export type FactRef = FactKey | `outline:${string}` | `path:${string}`;

export const FactInfoSchema = z.strictObject({
  confidence: ConfidenceSchema,
  sourceIds: z.array(SlugSchema),
  note: z.string().max(600).nullable(),
  /** Where sources disagree, both values in words; the app shows it instead of picking one. */
  conflict: z.string().max(600).nullable().default(null),
});
export type FactInfo = z.infer<typeof FactInfoSchema>;
export type FactInfoInput = z.input<typeof FactInfoSchema>;

export const FactsSchema = z.record(FactRefSchema, FactInfoSchema);

/** The words the app uses for a source's kind. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'Official',
  'official-old': 'Official (old copy)',
  'official-copy': 'Copy of official page',
  'third-party': 'Third party',
};

/** The honest label for when built-in facts were read. */
export const RESEARCH_READ_IN = 'November–December 2026';
