import { z } from 'zod';
import { IsoDateSchema } from './dates';

/**
 * A credential cycle's CE progress as bars against the requirement, built by the core's one
 * adapter (services/ceRequirementView.ts) from the renewal engine's output. The dashboard and the
 * credential page draw it the same way: every bar on one scale from 0 to `scaleMax` (at least the
 * requirement), minimums and caps marked, units above a cap shown as not counting.
 */
export const CeBarSchema = z.object({
  id: z.string(),
  name: z.string(),
  /**
   * total: the whole cycle; group: a parent with its own minimum or cap (PMI Education ≥ 35);
   * category; kind: one kind of activity inside a category with its own cap (Security+: live webinar ≤ 10).
   */
  level: z.enum(['total', 'group', 'category', 'kind']),
  /** The group a category belongs to, when that group is shown as its own bar. */
  groupId: z.string().nullable(),
  /** The category a kind of activity belongs to; null for other bars. */
  categoryId: z.string().nullable(),
  counted: z.number(),
  notCounted: z.number(),
  minimum: z.number().nullable(),
  cap: z.number().nullable(),
  capPerYear: z.number().nullable(),
  /** What this bar's minimum still needs (for the total: the cycle's "still needed"). */
  stillNeeded: z.number(),
});
export type CeBar = z.infer<typeof CeBarSchema>;

export const CeYearBarSchema = z.object({
  label: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  counted: z.number(),
  required: z.number(),
  stillNeeded: z.number(),
  /** A past year below its minimum; never set while the fair start holds judgements back. */
  missed: z.boolean(),
  /** Minimums from one category inside the year's (PeopleCert: at least 5 of the 20 from Professional Experience). */
  parts: z.array(z.object({ id: z.string(), name: z.string(), counted: z.number(), minimum: z.number(), stillNeeded: z.number() })),
});
export type CeYearBar = z.infer<typeof CeYearBarSchema>;

export const CeRequirementViewSchema = z.object({
  unitName: z.string(),
  required: z.number().nullable(),
  /** The right end of every bar and axis. */
  scaleMax: z.number(),
  earned: z.number(),
  counted: z.number(),
  notCounted: z.number(),
  stillNeeded: z.number(),
  complete: z.boolean(),
  /** Total first, then each group (when it has its own rule) followed by its categories. */
  bars: z.array(CeBarSchema),
  years: z.array(CeYearBarSchema),
  /** "8 PDUs still needed" or "Requirements met". */
  headline: z.string(),
  /**
   * The rules no bar draws, each in the words the rules use everywhere (shared/rulesWording): the
   * per-year rule, the bounds on one activity, the daily cap, the carry-over maximum.
   */
  rules: z.array(z.string()),
  /**
   * Plain sentences for what changes the numbers now: a parent minimum the categories do not
   * explain, units a cap kept from counting, the years that make "still needed" larger than the
   * total's shortfall, carried-in units, a judgement held back.
   */
  explanations: z.array(z.string()),
  /** Nothing logged yet in this cycle: show an empty state, not empty axes. */
  empty: z.boolean(),
});
export type CeRequirementView = z.infer<typeof CeRequirementViewSchema>;
