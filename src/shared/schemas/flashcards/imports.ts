import { z } from 'zod';
import { RecordIdSchema } from '../ids';
import { TagSchema } from './cards';

/**
 * Importing cards: an Anki package (.apkg, all three collection formats) or a CSV/TSV file with
 * front, back, domain and tags. The file is uploaded in chunks with `uploads:begin` / `uploads:append`
 * (it may be far larger than one request), previewed with every problem and its place, then imported all at once or not at all.
 */

export { MAX_IMPORT_BYTES, MAX_IMPORT_NOTES } from './limits';
/** Column numbers (0 = first) holding each part of a card; front and back are required. */
export const CsvCardMappingSchema = z.strictObject({
  hasHeader: z.boolean(),
  front: z.number().int().min(0).max(200).nullable(),
  back: z.number().int().min(0).max(200).nullable(),
  domain: z.number().int().min(0).max(200).nullable(),
  tags: z.number().int().min(0).max(200).nullable(),
});
export type CsvCardMapping = z.infer<typeof CsvCardMappingSchema>;

/** Which field of an Anki note type becomes the front and which the back (0 = first field). */
export const NoteTypeMappingSchema = z.strictObject({
  noteTypeId: z.string().min(1).max(40),
  frontField: z.number().int().min(0).max(200),
  backField: z.number().int().min(0).max(200).nullable(),
});
export type NoteTypeMapping = z.infer<typeof NoteTypeMappingSchema>;

export const TagDomainSchema = z.strictObject({
  tag: TagSchema,
  domainId: z.string().min(1).max(80).nullable(),
});

export const ImportOptionsSchema = z.strictObject({
  trackId: RecordIdSchema,
  uploadId: RecordIdSchema,
  /** null: use the detected mapping. */
  csvMapping: CsvCardMappingSchema.nullable().default(null),
  noteTypes: z.array(NoteTypeMappingSchema).max(200).default([]),
});
export type ImportOptions = z.output<typeof ImportOptionsSchema>;

export const ImportRunInputSchema = ImportOptionsSchema.extend({
  /** A new deck with this name, unless `deckId` names an existing deck of the track. */
  deckName: z.string().trim().min(1, 'Give the deck a name').max(120, 'At most 120 characters'),
  deckId: RecordIdSchema.nullable().default(null),
  /** Notes whose tag is mapped get that domain (the first mapped tag wins); others get `defaultDomainId`. */
  tagDomains: z.array(TagDomainSchema).max(2000).default([]),
  defaultDomainId: z.string().min(1).max(80).nullable().default(null),
  /** Keep Anki's review history and scheduling so review starts warm (else cards start new). */
  keepHistory: z.boolean().default(true),
});
export type ImportRunInput = z.output<typeof ImportRunInputSchema>;

export const IMPORT_FORMATS = ['anki2', 'anki21', 'anki21b', 'csv', 'tsv'] as const;

export const ImportProblemSchema = z.object({
  /** Where in the file: "note 1712345678901", "line 7", "media file 3 (diagram.png)". */
  place: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportPreviewSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  formatLabel: z.string(),
  suggestedDeckName: z.string(),
  decks: z.array(z.object({ name: z.string(), notes: z.number().int() })),
  notes: z.number().int(),
  cards: z.number().int(),
  reviewHistory: z.number().int(),
  media: z.object({ files: z.number().int(), bytes: z.number().int() }),
  noteTypes: z.array(
    z.object({
      noteTypeId: z.string(),
      name: z.string(),
      kind: z.enum(['basic', 'cloze']),
      fields: z.array(z.string()),
      frontField: z.number().int(),
      backField: z.number().int().nullable(),
      notes: z.number().int(),
    }),
  ),
  csv: z
    .object({
      columns: z.array(z.string()),
      delimiter: z.string(),
      mapping: CsvCardMappingSchema,
    })
    .nullable(),
  tags: z.array(z.object({ tag: z.string(), notes: z.number().int(), suggestedDomainId: z.string().nullable() })),
  sample: z.array(
    z.object({ place: z.string(), kind: z.enum(['basic', 'cloze']), front: z.string(), back: z.string(), domainName: z.string(), tags: z.array(z.string()) }),
  ),
  /** Every problem that stops the import (listed up to 200; `problemCount` has them all). */
  problems: z.array(ImportProblemSchema),
  problemCount: z.number().int(),
  /** Things left out that do not stop the import (sounds, reversed cards, missing images). */
  warnings: z.array(ImportProblemSchema),
  canImport: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({
  deckId: z.string(),
  deckName: z.string(),
  notes: z.number().int(),
  cards: z.number().int(),
  reviews: z.number().int(),
  media: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
