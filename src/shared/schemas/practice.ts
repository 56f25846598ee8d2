import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from './dates';

/** Practice-exam results: the evidence readiness and the plan's weakness weighting read. */

export const PercentSchema = z
  .number({ error: 'Must be a percentage' })
  .finite('Must be a percentage')
  .min(0, 'Cannot be below 0')
  .max(100, 'Cannot be above 100');

export const DomainScoreSchema = z.strictObject({
  domainId: z.string().min(1, 'Required').max(80),
  percent: PercentSchema,
});
export type DomainScore = z.infer<typeof DomainScoreSchema>;

export const PracticeResultInputSchema = z.strictObject({
  date: IsoDateSchema,
  source: z.string().trim().min(1, 'Say where the practice exam came from').max(120, 'At most 120 characters'),
  totalPercent: PercentSchema,
  domainScores: z.array(DomainScoreSchema).max(40).default([]),
});
export type PracticeResultInput = z.output<typeof PracticeResultInputSchema>;

export const PRACTICE_ORIGINS = ['manual', 'import', 'baseline'] as const;

export const PracticeResultSchema = z.object({
  id: z.string(),
  trackId: z.string(),
  date: IsoDateSchema,
  source: z.string(),
  totalPercent: z.number(),
  domainScores: z.array(z.object({ domainId: z.string(), percent: z.number() })),
  origin: z.enum(PRACTICE_ORIGINS),
  createdAt: IsoInstantSchema,
});
export type PracticeResult = z.infer<typeof PracticeResultSchema>;

/** Largest CSV accepted for import (thousands of rows; exports from study tools are far smaller). */
export const MAX_CSV_CHARS = 1_000_000;

export const CsvTextSchema = z
  .string()
  .max(MAX_CSV_CHARS, 'The file is larger than 1 MB of text')
  .refine((text) => text.trim() !== '', 'The file is empty');

/** The file's bytes, for Certplan to detect its encoding (UTF-8, UTF-16, Windows-1252) itself. */
export const CsvBytesSchema = z
  .string()
  .max(Math.ceil((2 * MAX_CSV_CHARS * 4) / 3) + 4, 'The file is larger than 2 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content could not be read (not base64)')
  .refine((base64) => base64.length > 0, 'The file is empty');

/** Which CSV column holds what; a column is named by its header text. */
export const CsvMappingSchema = z.strictObject({
  date: z.string().max(200).nullable(),
  source: z.string().max(200).nullable(),
  total: z.string().max(200).nullable(),
  /** One entry per exam domain; a null column means the CSV has no score for that domain. */
  domains: z.array(z.strictObject({ domainId: z.string().min(1).max(80), column: z.string().max(200).nullable() })).max(40),
});
export type CsvMapping = z.infer<typeof CsvMappingSchema>;

/** How a CSV writes numeric dates: 25/11/2026 (day first) or 11/25/2026 (month first). */
export const CSV_DATE_ORDERS = ['day-first', 'month-first'] as const;
export const CsvDateOrderSchema = z.enum(CSV_DATE_ORDERS);
export type CsvDateOrder = z.infer<typeof CsvDateOrderSchema>;
/** What the person chose: find it from the file, or one of the two orders. */
export const CsvDateOrderChoiceSchema = z.enum(['auto', ...CSV_DATE_ORDERS]);
export type CsvDateOrderChoice = z.infer<typeof CsvDateOrderChoiceSchema>;

export const CsvDateOrderInfoSchema = z.object({
  choice: CsvDateOrderChoiceSchema,
  /** The order the rows were read with; null while it is unknown (numeric dates are then not read). */
  applied: CsvDateOrderSchema.nullable(),
  /** The order the file's own values show, or null. */
  detected: CsvDateOrderSchema.nullable(),
  /** The file has numeric dates and nothing in it tells their order: the person must choose. */
  needsChoice: z.boolean(),
  /** The file writes dates both ways. */
  conflicting: z.boolean(),
  /** A date of the file that gave the order away, to show why. */
  example: z.string().nullable(),
  /** A numeric date of the file, to ask about ("03/04/2026"). */
  sample: z.string().nullable(),
});
export type CsvDateOrderInfo = z.infer<typeof CsvDateOrderInfoSchema>;

export const CsvRowSchema = z.object({
  line: z.number().int(),
  ok: z.boolean(),
  /** The row's own text in the mapped columns (cut at 200 characters), shown when it cannot be read. */
  raw: z.array(z.object({ column: z.string(), value: z.string() })),
  /** Why the row cannot be imported; empty when it can. */
  problems: z.array(z.string()),
  result: z
    .object({
      date: IsoDateSchema,
      source: z.string(),
      totalPercent: z.number(),
      domainScores: z.array(z.object({ domainId: z.string(), percent: z.number() })),
    })
    .nullable(),
});
export type CsvRow = z.infer<typeof CsvRowSchema>;

export const CsvPreviewSchema = z.object({
  columns: z.array(z.string()),
  suggestedMapping: CsvMappingSchema,
  /** The mapping the rows below were read with (the one sent, or the suggestion). */
  mapping: CsvMappingSchema,
  /** Required fields (date, total) that no column is mapped to, with a message saying so. */
  missingRequired: z.array(z.object({ field: z.enum(['date', 'total']), message: z.string() })),
  rows: z.array(CsvRowSchema),
  dateOrder: CsvDateOrderInfoSchema,
  validCount: z.number().int(),
  invalidCount: z.number().int(),
  /** Said once for the whole file: how it was read when not UTF-8 with commas (encoding, separator). */
  fileNote: z.string().nullable(),
});
export type CsvPreview = z.infer<typeof CsvPreviewSchema>;
