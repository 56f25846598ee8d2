import { z } from 'zod';
import { ApplicationRulesSchema } from './certification';
import { IsoDateSchema, IsoInstantSchema } from './dates';
import { RecordIdSchema } from './ids';

/** Where an application to the certifying body stands; recorded by the person, step by step. */
export const APPLICATION_STATUSES = ['drafting', 'submitted', 'under-review', 'in-audit', 'approved', 'rejected'] as const;
export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;

export const ApplicationEventSchema = z.object({
  id: z.number().int(),
  status: ApplicationStatusSchema,
  on: IsoDateSchema,
  note: z.string(),
  recordedAt: IsoInstantSchema,
});
export type ApplicationEvent = z.infer<typeof ApplicationEventSchema>;

export const ApplicationSchema = z.object({
  trackId: z.string(),
  /** The latest recorded step; null before anything is recorded. */
  status: ApplicationStatusSchema.nullable(),
  /** Oldest first. */
  events: z.array(ApplicationEventSchema),
  /** While in audit: when it started and when the documents are due. */
  auditStartedOn: IsoDateSchema.nullable(),
  auditDueOn: IsoDateSchema.nullable(),
  /** While approved: the approval date and the end of the eligibility period. */
  approvedOn: IsoDateSchema.nullable(),
  eligibilityEndsOn: IsoDateSchema.nullable(),
  attemptsUsed: z.number().int().min(0),
  attemptsAllowed: z.number().int().nullable(),
  /** The body's application rules from the track's snapshot; null when it reviews no application. */
  rules: ApplicationRulesSchema.nullable(),
});
export type Application = z.infer<typeof ApplicationSchema>;

export const ApplicationRecordSchema = z.strictObject({
  trackId: RecordIdSchema,
  status: ApplicationStatusSchema,
  on: IsoDateSchema,
  note: z.string().trim().max(1000, 'Note: at most 1000 characters').default(''),
});
export type ApplicationRecordInput = z.input<typeof ApplicationRecordSchema>;

export const PACK_FORMATS = ['html', 'csv', 'pdf'] as const;

export const ExportedFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  contentBase64: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
