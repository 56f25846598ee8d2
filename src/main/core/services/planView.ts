import type { IsoDate } from '../../../shared/schemas/dates';
import type { PlanView, PrepBreak } from '../../../shared/schemas/preparation';
import type { Track } from '../../../shared/schemas/track';
import type { StoredPreparation } from '../db/repositories/preparationRepository';
import { planningDomains } from '../domain/studyPlan/domainShares';
import { generatePlan } from '../domain/studyPlan/generatePlan';
import { itemOutcomes } from '../domain/studyPlan/itemOutcomes';
import type { DayAdjustments } from '../domain/studyPlan/dayAdjustments';
import type { DoneSession, PlanInput, PlanSettings, PracticeEvidence, StoredPlanItem } from '../domain/studyPlan/types';
import { planRulesFor } from './trackDomains';

/** The planner's input for a track, from what is stored. */
export function planInputFor(
  track: Track,
  prep: StoredPreparation,
  breaks: readonly PrepBreak[],
  examDate: IsoDate,
  sessions: readonly DoneSession[],
  practice: readonly PracticeEvidence[],
  today: IsoDate,
  /** Public holidays and moved sessions (see PreparationService.dayAdjustments). */
  days: DayAdjustments = {},
): PlanInput {
  const settings: PlanSettings = {
    startedOn: prep.startedOn,
    examDate,
    goalMinutes: prep.goalMinutes,
    availability: prep.availability,
    sessionMinutes: prep.sessionMinutes,
    reviewDays: prep.reviewDays,
    breaks: breaks.map((b) => ({ startDate: b.startDate, endDate: b.endDate, label: b.label })),
    ...(days.holidays && days.holidays.length > 0 ? { holidays: days.holidays } : {}),
    ...(days.moves && days.moves.length > 0 ? { moves: days.moves } : {}),
    selfRatings: prep.selfRatings,
  };
  return {
    rules: planRulesFor(track, examDate, today),
    settings,
    sessions,
    practice,
    today,
  };
}

/**
 * What the Prepare tab shows: the stored plan (history and future) with how each item turned out,
 * the numbers behind it, and today's sessions minus what is already done today.
 */
export function buildPlanView(
  input: PlanInput,
  stored: readonly StoredPlanItem[],
  prep: StoredPreparation,
): PlanView {
  const generated = generatePlan(input);
  const names = new Map(planningDomains(input.rules).map((d) => [d.id, d.name]));
  const nameOf = (item: StoredPlanItem) => (item.domainId === null ? 'Full mock exam' : (names.get(item.domainId) ?? item.domainId));
  const outcomes = itemOutcomes(stored, input.sessions, input.today);
  const items = stored.map((item) => {
    const progress = outcomes.get(item.id);
    return {
      ...item,
      domainName: nameOf(item),
      outcome: progress?.outcome ?? 'upcoming',
      doneMinutes: Math.min(item.minutes, progress?.doneMinutes ?? 0),
    };
  });
  const todayItems = items
    .filter((item) => item.date === input.today)
    .map((item) => ({
      itemId: item.id,
      kind: item.kind,
      domainId: item.domainId,
      domainName: item.domainName,
      minutes: item.minutes,
      doneMinutes: item.doneMinutes,
      remainingMinutes: Math.max(0, item.minutes - item.doneMinutes),
      reason: item.reason,
    }));
  const doneToday = input.sessions.filter((s) => s.date === input.today).reduce((sum, s) => sum + s.minutes, 0);
  return {
    plannedOn: prep.plannedOn ?? input.today,
    items,
    days: generated.days,
    allocation: generated.allocation,
    totals: generated.totals,
    reviewStartsOn: generated.reviewStartsOn,
    shortfall: generated.shortfall,
    changes: prep.planChanges,
    notes: generated.notes,
    formula: generated.formula,
    today: {
      date: input.today,
      items: todayItems,
      plannedMinutes: todayItems.reduce((sum, i) => sum + i.minutes, 0),
      doneMinutes: doneToday,
      remainingMinutes: todayItems.reduce((sum, i) => sum + i.remainingMinutes, 0),
    },
  };
}
