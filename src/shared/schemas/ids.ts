import { z } from 'zod';

/** The id of a stored record (a track, an entry, a session…) as inputs carry it. */
export const RecordIdSchema = z.string().min(1, 'Required').max(120);

/** `{ id }`: the input of every get/remove by id. */
export const IdInputSchema = z.strictObject({ id: RecordIdSchema });
