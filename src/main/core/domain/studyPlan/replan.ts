import type { IsoDate } from '../../../../shared/schemas/dates';
import { formatDayForPeople, formatDuration } from '../calendarDays';
import { describeChanges } from './describeChanges';
import { type GeneratedPlan, generatePlan } from './generatePlan';
import { itemOutcomes } from './itemOutcomes';
import type { PlanInput, PlanSettings, StoredPlanItem } from './types';

/** What a plan was made from, stored beside it so the next re-plan can say what changed. */
export interface PlanBasis {
  plannedOn: IsoDate;
  settings: PlanSettings;
  shares: { domainId: string; name: string; share: number }[];
  /** The exam outline planned with and its weights; absent in plans stored before outlines had dates. */
  outline?: { id: string; name: string; domains: { id: string; name: string; weight: number }[] } | null;
}

export interface PreviousPlan {
  basis: PlanBasis;
  items: readonly StoredPlanItem[];
  changes: readonly string[];
}

export interface ReplanResult {
  /** Items dated before today, exactly as they were: the past is never rewritten. */
  history: StoredPlanItem[];
  /** The plan from today on. */
  plan: GeneratedPlan;
  basis: PlanBasis;
  /** Sentences for the person: what this re-plan changed (or, if nothing did, what the last one did). */
  changes: string[];
}

/**
 * Re-plans from today: keeps every item dated before today, and recomputes the rest from the
 * current settings, the sessions done and the practice results. The future never depends on the
 * previous future, so re-planning a re-plan changes nothing: replan(replan(x)) = replan(x).
 */
export function replan(previous: PreviousPlan | null, input: PlanInput): ReplanResult {
  const { today } = input;
  const history = previous ? previous.items.filter((item) => item.date < today) : [];
  const plan = generatePlan(input);
  const basis: PlanBasis = {
    plannedOn: today,
    settings: input.settings,
    shares: plan.allocation.map((a) => ({ domainId: a.domainId, name: a.name, share: a.share })),
    outline: input.rules.outline ? { ...input.rules.outline, domains: input.rules.domains.map((d) => ({ id: d.id, name: d.name, weight: d.weight })) } : null,
  };
  if (!previous) {
    return { history, plan, basis, changes: [firstPlanSentence(plan, input)] };
  }
  const sincePrevious = previous.items.filter((item) => item.date >= previous.basis.plannedOn && item.date < today);
  const outcomes = itemOutcomes(sincePrevious, input.sessions, today);
  const notDone = sincePrevious.filter((item) => {
    const o = outcomes.get(item.id);
    return o !== undefined && (o.outcome === 'missed' || o.outcome === 'partly');
  });
  const changes = describeChanges({
    previous: { basis: previous.basis, futureItems: previous.items.filter((item) => item.date >= today) },
    next: { basis, items: plan.items },
    missed: {
      missed: notDone.filter((item) => outcomes.get(item.id)?.outcome === 'missed').length,
      partly: notDone.filter((item) => outcomes.get(item.id)?.outcome === 'partly').length,
      minutes: notDone.reduce((sum, item) => sum + item.minutes - (outcomes.get(item.id)?.doneMinutes ?? 0), 0),
    },
    shortfall: plan.shortfall !== null,
    today,
  });
  return { history, plan, basis, changes: changes.length > 0 ? changes : [...previous.changes] };
}

function firstPlanSentence(plan: GeneratedPlan, input: PlanInput): string {
  const { totals } = plan;
  return (
    `Plan made on ${formatDayForPeople(input.today)}: ${formatDuration(totals.plannedMinutes)} of study over ` +
    `${totals.availableDays} study days until the exam on ${formatDayForPeople(input.settings.examDate)}.`
  );
}
