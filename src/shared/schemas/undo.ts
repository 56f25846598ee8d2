import { z } from 'zod';

/**
 * What a delete answers: the id, and a token that undoes it for a few minutes (`undo:restore`).
 * The token is absent where a delete cannot be undone.
 */
export const RemovedSchema = z.object({ id: z.string(), undoToken: z.string().optional() });
export type Removed = z.infer<typeof RemovedSchema>;

export const UndoRestoreInputSchema = z.strictObject({ token: z.string().min(1, 'Required').max(80) });

export const UndoRestoredSchema = z.object({
  /** How the record is named in messages ("ERP rollout", "PMP"). */
  restored: z.string(),
  /** The areas that changed; views showing them refresh. */
  areas: z.array(z.string()),
});
