import { z } from 'zod';
import { RecordIdSchema } from './ids';

/** A page asked without a limit holds this many; more than PAGE_LIMIT_MAX is refused. */
export const PAGE_LIMIT_DEFAULT = 200;
export const PAGE_LIMIT_MAX = 1000;

/**
 * The optional page fields of a long list's input: `limit` rows, starting after the row whose id
 * is `before` (the previous page's `page.nextBefore`). Without either, the list comes whole.
 */
export const PageInputFields = {
  limit: z.number().int('A whole number').min(1, 'At least 1').max(PAGE_LIMIT_MAX, `At most ${PAGE_LIMIT_MAX}`).optional(),
  before: RecordIdSchema.optional(),
};

/** Said with a paged answer: how many rows the whole list has, and the cursor of the next page (null on the last). */
export const PageInfoSchema = z.object({
  total: z.number().int(),
  nextBefore: RecordIdSchema.nullable(),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export interface PageRequest {
  limit: number;
  before: string | null;
}

/** The page asked for, or null when the input asks for the whole list. */
export function pageRequestOf(input: { limit?: number | undefined; before?: string | undefined }): PageRequest | null {
  if (input.limit === undefined && input.before === undefined) return null;
  return { limit: input.limit ?? PAGE_LIMIT_DEFAULT, before: input.before ?? null };
}
