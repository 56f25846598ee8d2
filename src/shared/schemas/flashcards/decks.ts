import { z } from 'zod';
import { IsoInstantSchema } from '../dates';
import { RecordIdSchema } from '../ids';

/** A deck belongs to one track; its cards are tagged with that track's exam domains. */

export const DECK_SOURCES = ['manual', 'anki', 'csv'] as const;
export const DeckSourceSchema = z.enum(DECK_SOURCES);

const DeckNameSchema = z.string().trim().min(1, 'Give the deck a name').max(120, 'At most 120 characters');
const DescriptionSchema = z.string().trim().max(500, 'At most 500 characters');

export const DeckCreateInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  name: DeckNameSchema,
  description: DescriptionSchema.default(''),
});
export type DeckCreateInput = z.output<typeof DeckCreateInputSchema>;

export const DeckUpdateInputSchema = z.strictObject({
  id: RecordIdSchema,
  patch: z.strictObject({
    name: DeckNameSchema.optional(),
    description: DescriptionSchema.optional(),
    /** Archived decks keep their cards and history but are left out of review. */
    status: z.enum(['active', 'archived']).optional(),
  }),
});
export type DeckPatch = z.output<typeof DeckUpdateInputSchema>['patch'];

export const DeckSchema = z.object({
  id: z.string(),
  trackId: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(['active', 'archived']),
  source: DeckSourceSchema,
  /** Notes in the deck (a cloze note with three gaps is one note, three cards). */
  noteCount: z.number().int(),
  cardCount: z.number().int(),
  newCount: z.number().int(),
  dueCount: z.number().int(),
  suspendedCount: z.number().int(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type Deck = z.infer<typeof DeckSchema>;

export const DeckExportInputSchema = z.strictObject({
  id: RecordIdSchema,
  /** csv: front, back, domain, tags; apkg: a package Anki imports (File › Import). */
  format: z.enum(['csv', 'apkg']),
});

export const ExportedFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
