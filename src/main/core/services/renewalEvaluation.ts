import type { CeActivity } from '../../../shared/schemas/ce';
import type { Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { CeProgress, CredentialStatus, Cycle, Pacing, RenewalRecord } from '../../../shared/schemas/renewal';
import { computeCarryOver, totalUnitsOf } from '../domain/carryOver';
import { type CeEntry, type EntryOutcome, computeCeProgress } from '../domain/ceProgress';
import { computeCredentialStatus } from '../domain/credentialStatus';
import { computePacing } from '../domain/pacing';
import { computeCycles } from '../domain/renewalCycles';

export interface CycleEvaluation {
  cycle: Cycle;
  /** Activities dated inside the cycle's window, oldest first. */
  activities: CeActivity[];
  progress: CeProgress | null;
  outcomes: Map<string, EntryOutcome>;
}

export interface CredentialEvaluation {
  maintenance: Maintenance | null;
  cycles: CycleEvaluation[];
  open: CycleEvaluation | null;
  status: CredentialStatus;
  pacing: Pacing | null;
  /** Activities linked to the credential that no cycle window holds. */
  outsideCycles: number;
}

export interface EvaluationInput {
  maintenance: Maintenance | null;
  earnedOn: IsoDate;
  renewals: readonly RenewalRecord[];
  activities: readonly CeActivity[];
  finishDaysBefore: number;
  today: IsoDate;
}

/**
 * Everything the renewal view, the dashboard, the reminders and the track status need to know
 * about one credential, as a pure function of its rules and records (`earnedOn` is the cycle
 * anchor: the suite's latest exam where renewal is shared by a suite). Cycles from that date and
 * the renewals; for each cycle the activities in its window plus what the previous cycle carried over; progress after
 * minimums and caps; then the open cycle's pacing and the credential's status.
 */
export function evaluateCredential(input: EvaluationInput): CredentialEvaluation {
  const { maintenance, today } = input;
  const ce = maintenance?.kind === 'continuing-education' ? maintenance : null;
  const cycles = computeCycles(maintenance, input.earnedOn, input.renewals);
  // Activities dated after today have not happened; the service refuses them, old rows included.
  const activities = input.activities.filter((a) => a.date <= today);
  let carried: CeEntry[] = [];
  const evaluated: CycleEvaluation[] = cycles.map((cycle) => {
    const inWindow = activities.filter((a) => cycle.countsFrom <= a.date && a.date <= cycle.countsUntil);
    if (!ce) return { cycle, activities: inWindow, progress: null, outcomes: new Map() };
    const entries: CeEntry[] = [...carried, ...inWindow.map((a) => ({ id: a.id, date: a.date, units: a.units, categoryId: a.categoryId, activityTypeId: a.activityTypeId }))];
    const { first, carryOut } = cycleResult(ce, cycle, entries, today);
    carried = cycle.state === 'renewed' ? carryOut : [];
    const progress = { ...first.progress, carryOut: totalUnitsOf(carryOut) };
    return { cycle, activities: inWindow, progress, outcomes: new Map(first.entries.map((o) => [o.id, o])) };
  });
  const open = evaluated.find((c) => c.cycle.state === 'open') ?? null;
  const pacing =
    open?.progress && today <= open.cycle.end
      ? computePacing({ cycleStart: open.cycle.start, cycleEnd: open.cycle.end, today, finishDaysBefore: input.finishDaysBefore, progress: open.progress })
      : null;
  const status = computeCredentialStatus({
    kind: maintenance?.kind ?? null,
    cycle: open?.cycle ?? null,
    today,
    complete: open?.progress?.complete ?? false,
    onPace: pacing?.onPace ?? true,
    rulesKnown: ce === null || (ce.totalUnits !== null && ce.groups.length > 0),
  });
  const held = new Set(evaluated.flatMap((c) => c.activities.map((a) => a.id)));
  return {
    maintenance,
    cycles: evaluated,
    open,
    status,
    pacing,
    outsideCycles: cycles.length === 0 ? 0 : activities.filter((a) => !held.has(a.id)).length,
  };
}

// The rules object of a continuing-education credential (the kind is a field, not a union tag).
type CeMaintenance = Maintenance;
type CycleResult = { first: ReturnType<typeof computeCeProgress>; carryOut: CeEntry[] };

/**
 * Results of closed cycles, per rules object (issue 10). A CE write almost always lands in the open
 * cycle, yet every evaluation went through ten years of closed cycles again; their result is a
 * pure function of the rules, the cycle, its entries and today, so it is kept under a key made of
 * exactly those. The open cycle is always computed. Bounded per rules object.
 */
const KEPT_CYCLES = new WeakMap<CeMaintenance, Map<string, CycleResult>>();
const KEPT_CYCLES_LIMIT = 64;

function cycleResult(ce: CeMaintenance, cycle: Cycle, entries: readonly CeEntry[], today: IsoDate): CycleResult {
  const compute = (): CycleResult => {
    const first = computeCeProgress(ce, cycle, entries, today);
    return { first, carryOut: computeCarryOver(ce, cycle, entries, first.entries) };
  };
  if (cycle.state === 'open') return compute();
  const key = `${JSON.stringify(cycle)}|${today}|${entries.map((e) => `${e.id}\u0001${e.date}\u0001${e.units}\u0001${e.categoryId}\u0001${e.activityTypeId ?? ''}\u0001${e.carriedIn ? 1 : 0}`).join('\u0002')}`;
  let kept = KEPT_CYCLES.get(ce);
  if (!kept) KEPT_CYCLES.set(ce, (kept = new Map()));
  const found = kept.get(key);
  if (found) return found;
  const result = compute();
  if (kept.size >= KEPT_CYCLES_LIMIT) kept.clear();
  kept.set(key, result);
  return result;
}
