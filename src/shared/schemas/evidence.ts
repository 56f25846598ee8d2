import { z } from 'zod';
import { IsoInstantSchema } from './dates';

/** Largest evidence file accepted (certificates, receipts, letters are far smaller). */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** A file kept in the data folder's evidence store under its content hash. */
export const EvidenceFileSchema = z.object({
  id: z.string(),
  sha256: z.string().length(64),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int().min(0),
  createdAt: IsoInstantSchema,
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

export const EvidenceAddSchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1, 'The file needs a name')
    .max(200, 'File name: at most 200 characters'),
  mediaType: z
    .string()
    .trim()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'Not a media type like application/pdf')
    .or(z.literal(''))
    .default('application/octet-stream'),
  // Checked for size before decoding; base64 is 4/3 of the bytes.
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4, 'The file is larger than 25 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content could not be read (not base64)'),
});
export type EvidenceAddInput = z.input<typeof EvidenceAddSchema>;
