import { z } from 'zod';
import { CertificationSchema } from './certification';
import { IsoInstantSchema } from './dates';

/** Where a person is with one certification, from first look to renewal. */
export const TRACK_STATUSES = [
  'exploring',
  'qualifying',
  'eligible',
  'applied',
  'approved',
  'scheduled',
  'passed',
  'failed',
  'active',
  'renewal-due',
  'suspended',
  'expired',
] as const;
export const TrackStatusSchema = z.enum(TRACK_STATUSES);
export type TrackStatus = z.infer<typeof TrackStatusSchema>;

export const TrackSummarySchema = z.object({
  id: z.string().min(1),
  certificationId: z.string().nullable(),
  name: z.string(),
  acronym: z.string(),
  body: z.string(),
  status: TrackStatusSchema,
  archived: z.boolean(),
  /** True when the catalog holds newer rules than the snapshot this track started with. */
  newerRulesAvailable: z.boolean(),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type TrackSummary = z.infer<typeof TrackSummarySchema>;

export const TrackStatusChangeSchema = z.object({
  status: TrackStatusSchema,
  changedAt: IsoInstantSchema,
  reason: z.string(),
});
export type TrackStatusChange = z.infer<typeof TrackStatusChangeSchema>;

export const TrackSchema = TrackSummarySchema.extend({
  /** The rules as they were when tracking started; every engine reads these, not the catalog. */
  snapshot: CertificationSchema,
  history: z.array(TrackStatusChangeSchema),
});
export type Track = z.infer<typeof TrackSchema>;
