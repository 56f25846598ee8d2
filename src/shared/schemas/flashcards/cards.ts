import { z } from 'zod';
import { MAX_MEDIA_BYTES } from './limits';
import { IsoDateSchema, IsoInstantSchema } from '../dates';
import { RecordIdSchema } from '../ids';
import { DeckSourceSchema } from './decks';

/**
 * A card as people write it: a front and back (basic), or a text with gaps written
 * {{c1::answer}} and an optional extra (cloze; each gap is reviewed as its own card). Text allows
 * simple formatting (bold, italic, underline, lists, line breaks) and images from the media store.
 */

export const CARD_KINDS = ['basic', 'cloze'] as const;
export const CardKindSchema = z.enum(CARD_KINDS);
export type CardKind = z.infer<typeof CardKindSchema>;

/** Long enough for a paragraph with formatting; a card is meant to be short. */
export const MAX_CARD_TEXT = 20_000;

const CardTextSchema = z.string().max(MAX_CARD_TEXT, `At most ${MAX_CARD_TEXT} characters`);

export const TagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(80, 'A tag has at most 80 characters')
  .regex(/^\S+$/, 'A tag has no spaces (use - or ::)');

const TagsSchema = z.array(TagSchema).max(40, 'At most 40 tags');
const DomainIdSchema = z.string().min(1, 'Required').max(80).nullable();

export const CardCreateInputSchema = z.strictObject({
  deckId: RecordIdSchema,
  kind: CardKindSchema.default('basic'),
  front: CardTextSchema,
  back: CardTextSchema.default(''),
  domainId: DomainIdSchema.default(null),
  tags: TagsSchema.default([]),
});
export type CardCreateInput = z.output<typeof CardCreateInputSchema>;

export const CardUpdateInputSchema = z.strictObject({
  id: RecordIdSchema,
  patch: z.strictObject({
    deckId: RecordIdSchema.optional(),
    kind: CardKindSchema.optional(),
    front: CardTextSchema.optional(),
    back: CardTextSchema.optional(),
    domainId: DomainIdSchema.optional(),
    tags: TagsSchema.optional(),
    /** A suspended card is kept but never shown in review. */
    suspended: z.boolean({ error: 'Must be yes or no' }).optional(),
  }),
});
export type CardPatch = z.output<typeof CardUpdateInputSchema>['patch'];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export const CardStateSchema = z.enum(CARD_STATES);
export type CardStateName = z.infer<typeof CardStateSchema>;

export const CardSchema = z.object({
  id: z.string(),
  deckId: z.string(),
  deckName: z.string(),
  trackId: z.string(),
  kind: CardKindSchema,
  front: z.string(),
  back: z.string(),
  domainId: z.string().nullable(),
  domainName: z.string(),
  tags: z.array(z.string()),
  suspended: z.boolean(),
  source: DeckSourceSchema,
  /** Reviewable cards made from this note: 1 for basic, one per gap for cloze. */
  reviewCards: z.number().int(),
  /** The least advanced state among its cards, and the earliest day one of them is due. */
  state: CardStateSchema,
  dueOn: IsoDateSchema.nullable(),
  reps: z.number().int(),
  lapses: z.number().int(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type Card = z.infer<typeof CardSchema>;

export const CARD_FILTERS = ['all', 'active', 'suspended', 'new', 'due'] as const;

export const CardListInputSchema = z.strictObject({
  trackId: RecordIdSchema,
  deckId: RecordIdSchema.nullable().default(null),
  /** Words to find in the front or back, ignoring case. */
  query: z.string().trim().max(200, 'At most 200 characters').default(''),
  domainId: z.string().min(1).max(80).nullable().default(null),
  filter: z.enum(CARD_FILTERS).default('all'),
  offset: z.number().int('Use a whole number').min(0, 'Cannot be negative').default(0),
  limit: z.number().int('Use a whole number').min(1, 'At least 1').max(200, 'At most 200').default(50),
});
export type CardListInput = z.output<typeof CardListInputSchema>;

export const CardListSchema = z.object({
  cards: z.array(CardSchema),
  total: z.number().int(),
  offset: z.number().int(),
});
export type CardList = z.infer<typeof CardListSchema>;

/** Images for cards (at most MAX_MEDIA_BYTES: larger pictures belong in a document, not on a card). */
export { MAX_MEDIA_BYTES };
export const MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Not a content hash (64 hexadecimal characters)');

export const MediaAddInputSchema = z.strictObject({
  fileName: z.string().trim().min(1, 'The file needs a name').max(200, 'File name: at most 200 characters'),
  mediaType: z.enum(MEDIA_TYPES, { error: 'Use a PNG, JPEG, GIF, WebP or SVG image' }),
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_MEDIA_BYTES * 4) / 3) + 4, 'The image is larger than 10 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content could not be read (not base64)'),
});

export const MediaSchema = z.object({
  sha256: Sha256Schema,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});
export type Media = z.infer<typeof MediaSchema>;

export const MediaWithContentSchema = MediaSchema.extend({ contentBase64: z.string() });
