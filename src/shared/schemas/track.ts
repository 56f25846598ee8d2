import { z } from 'zod';
import { CertificationSchema, ExamOutlineSchema } from './certification';
import { IsoDateSchema, IsoInstantSchema } from './dates';

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
  /** True when the catalog holds newer rules than the snapshot this track follows (and the person has not chosen to keep theirs). */
  newerRulesAvailable: z.boolean(),
  /** The catalog has newer rules, and the person chose to keep the ones this track follows. */
  keptOlderRules: z.boolean(),
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

/** The exam outline a track plans with: the one in force on its exam (or target) date, or the person's own. */
export const TrackOutlineSchema = z.object({
  /** null: the exam's content is not known. */
  outline: ExamOutlineSchema.nullable(),
  source: z.enum(['catalog', 'own']),
  /** The day the outline was chosen for, and what that day is. */
  on: IsoDateSchema,
  basis: z.enum(['exam-date', 'target-date', 'today']),
  /** How many outlines the rules hold; more than one means the exam changes on a date. */
  outlineCount: z.number().int(),
  /** One plain sentence: which outline and why ("Your exam on 20 Jul 2026 falls under …"). */
  sentence: z.string(),
  /** The catalog's outline in force leaves something unknown, so the person may fill it in. */
  canFillIn: z.boolean(),
});
export type TrackOutline = z.infer<typeof TrackOutlineSchema>;

export const TrackSchema = TrackSummarySchema.extend({
  /** The rules as they were when tracking started (or last adopted); every engine reads these, not the catalog. */
  snapshot: CertificationSchema,
  /** An exam outline the person filled in where the catalog's is unknown. */
  ownOutline: ExamOutlineSchema.nullable(),
  outline: TrackOutlineSchema,
  history: z.array(TrackStatusChangeSchema),
});
export type Track = z.infer<typeof TrackSchema>;
