import type { IsoDate } from '../../../../shared/schemas/dates';
import type { DomainAllocation, PlanDay, Shortfall } from '../../../../shared/schemas/preparation';
import { DomainAllocator, splitIntoSessions } from './allocateSessions';
import { dayCapacities, reviewDates, reviewDayCount, spreadEvenly, totalMinutes } from './capacity';
import { reservedMinutes } from './dayAdjustments';
import { movedItemReason } from './movedItems';
import { type DomainShare, GENERAL_DOMAIN, GENERAL_REASON, SHARE_FORMULA, domainShares, planningDomains, roundTo, weakestDomainId } from './domainShares';
import { describeShortfall } from './shortfall';
import type { PlanInput, PlannedItem } from './types';

export interface GeneratedPlan {
  /** Items from today to the day before the exam. */
  items: PlannedItem[];
  days: PlanDay[];
  allocation: DomainAllocation[];
  totals: {
    goalMinutes: number;
    studiedMinutes: number;
    remainingMinutes: number;
    capacityMinutes: number;
    plannedMinutes: number;
    availableDays: number;
    reviewDays: number;
  };
  reviewStartsOn: IsoDate | null;
  shortfall: Shortfall | null;
  notes: string[];
  formula: string;
}

/**
 * The study plan from today to the exam, as a pure function of the rules snapshot, the settings,
 * the sessions done, the practice results and today (no clock, no database, no randomness).
 *
 * 1. What is left: the goal minus the minutes studied before today (today's sessions are what the
 *    "today" view subtracts from today's plan, so they do not shrink today's plan here).
 * 2. Where it fits: each day from today up to the exam allows its weekday's availability, or
 *    nothing inside a blackout or pause. The last study days (reviewDayCount) are for review; the
 *    first of them that can hold the whole exam gets one full mock exam of the exam's duration.
 * 3. How much per day: the rest is spread evenly under a common level, never above a day's
 *    availability (spreadEvenly), so a backlog raises every day a little instead of one day a lot.
 * 4. What to study: days are cut into sessions of the preferred length; sessions go to domains in
 *    proportion to weight × weakness (DomainAllocator), corrected for what each domain has had.
 */
export function generatePlan(input: PlanInput): GeneratedPlan {
  const { rules, settings, sessions, practice, today } = input;
  const domains = planningDomains(rules);
  const shares = domainShares(domains, settings, practice);
  const domainIds = new Set(domains.map((d) => d.id));

  const before = sessions.filter((s) => s.date < today);
  const studiedMinutes = before.reduce((sum, s) => sum + s.minutes, 0);
  const studiedBy = new Map<string, number>();
  for (const s of before) {
    // An exam without known domains has one General bucket: everything studied counts toward it.
    const id = domains.length === 1 && domains[0]?.id === GENERAL_DOMAIN.id ? GENERAL_DOMAIN.id : s.domainId;
    if (id !== null && domainIds.has(id)) studiedBy.set(id, (studiedBy.get(id) ?? 0) + s.minutes);
  }
  const remainingMinutes = Math.max(0, settings.goalMinutes - studiedMinutes);

  const days = today < settings.examDate ? dayCapacities(settings, today, settings.examDate) : [];
  const review = reviewDates(settings);
  const duration = rules.durationMinutes;
  const mockDate =
    duration !== null && remainingMinutes >= duration
      ? (days.find((d) => review.has(d.date) && d.availableMinutes >= duration)?.date ?? null)
      : null;

  // The mock day keeps what is left of its availability after the mock for a short review.
  const capacities = days.map((d) => (d.date === mockDate && duration !== null ? d.availableMinutes - duration : d.availableMinutes));
  const mockMinutes = mockDate !== null && duration !== null ? duration : 0;
  // Sessions the person moved keep their day; the rest is spread around them.
  const moved = reservedMinutes(settings, days, capacities, remainingMinutes - mockMinutes);
  const quotas = spreadEvenly(
    capacities.map((c, i) => c - (moved.perDay[i] ?? []).reduce((sum, m) => sum + m.minutes, 0)),
    remainingMinutes - mockMinutes - moved.total,
  );

  const futureShares = sharesOfWhatIsLeft(shares, settings.goalMinutes, studiedBy);
  const allocator = new DomainAllocator(futureShares);
  const weakest = weakestDomainId(shares);
  const byId = new Map(shares.map((s) => [s.id, s]));
  const items: PlannedItem[] = [];
  days.forEach((day, i) => {
    let seq = 0;
    if (day.date === mockDate && duration !== null) {
      items.push({
        date: day.date,
        seq: ++seq,
        kind: 'mock-exam',
        domainId: null,
        minutes: duration,
        reason: `A full mock exam of ${duration} minutes, as long as the real one, to practise pacing and find the gaps left to review`,
      });
    }
    const kind = review.has(day.date) ? 'review' : 'study';
    for (const move of moved.perDay[i] ?? []) {
      const domainId = allocator.take(move.domainId, move.minutes);
      items.push({ date: day.date, seq: ++seq, kind, domainId, minutes: move.minutes, reason: movedItemReason(move, byId.get(domainId)?.name ?? null) });
    }
    for (const minutes of splitIntoSessions(quotas[i] ?? 0, settings.sessionMinutes)) {
      const domainId = allocator.next(minutes);
      const share = byId.get(domainId);
      items.push({ date: day.date, seq: ++seq, kind, domainId, minutes, reason: reasonFor(kind, share, weakest) });
    }
  });

  const plannedMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  const capacityMinutes = totalMinutes(days);
  const plannedBy = new Map<string, number>();
  for (const item of items) if (item.domainId !== null) plannedBy.set(item.domainId, (plannedBy.get(item.domainId) ?? 0) + item.minutes);
  const plannedPerDay = new Map<IsoDate, number>();
  for (const item of items) plannedPerDay.set(item.date, (plannedPerDay.get(item.date) ?? 0) + item.minutes);
  const reviewFuture = days.filter((d) => review.has(d.date));

  return {
    items,
    days: days.map((d) => ({
      date: d.date,
      availableMinutes: d.availableMinutes,
      plannedMinutes: plannedPerDay.get(d.date) ?? 0,
      breakLabel: d.breakLabel,
      review: review.has(d.date),
    })),
    allocation: shares.map((s) => ({
      domainId: s.id,
      name: s.name,
      weight: s.weight,
      weakness: roundTo(s.weakness, 3),
      weaknessSource: s.weaknessSource,
      weaknessDetail: s.weaknessDetail,
      share: roundTo(s.share, 4),
      targetMinutes: Math.round(s.share * settings.goalMinutes),
      studiedMinutes: studiedBy.get(s.id) ?? 0,
      plannedMinutes: plannedBy.get(s.id) ?? 0,
    })),
    totals: {
      goalMinutes: settings.goalMinutes,
      studiedMinutes,
      remainingMinutes,
      capacityMinutes,
      plannedMinutes,
      availableDays: days.filter((d) => d.availableMinutes > 0).length,
      reviewDays: reviewDayCount(settings),
    },
    reviewStartsOn: reviewFuture[0]?.date ?? null,
    shortfall: describeShortfall({ settings, today, remainingMinutes, plannedMinutes, capacityMinutes, studiedMinutes }),
    notes: domains[0]?.id === GENERAL_DOMAIN.id ? [GENERAL_REASON] : [],
    formula: SHARE_FORMULA,
  };
}

/**
 * Shares for the time still to plan: each domain's target (share × goal) minus what it already
 * had, so a domain studied ahead of its share gets less from now on. When nothing is owed to any
 * domain (everything studied was general), the plain shares apply.
 */
function sharesOfWhatIsLeft(
  shares: readonly DomainShare[],
  goalMinutes: number,
  studiedBy: ReadonlyMap<string, number>,
): { id: string; share: number }[] {
  const owed = shares.map((s) => ({ id: s.id, owed: Math.max(0, s.share * goalMinutes - (studiedBy.get(s.id) ?? 0)) }));
  const total = owed.reduce((sum, o) => sum + o.owed, 0);
  if (total <= 0) return shares.map((s) => ({ id: s.id, share: s.share }));
  return owed.map((o) => ({ id: o.id, share: o.owed / total }));
}

function reasonFor(kind: 'study' | 'review', share: DomainShare | undefined, weakestId: string | null): string {
  if (!share) return 'Study time';
  if (share.id === GENERAL_DOMAIN.id) {
    return kind === 'review'
      ? 'Review the whole exam before the day; its domain weights are unknown, so there is one General block'
      : 'Study for the whole exam: its domain weights are unknown, so Certplan plans one General block';
  }
  const weight = `${roundTo(share.weight, 1)}%`;
  const weakest = share.id === weakestId;
  const detail = share.weaknessSource === 'default' ? '' : ` (${share.weaknessDetail})`;
  if (kind === 'review') {
    return `Review before the exam: ${share.name} is ${weight} of the exam${weakest ? ' and your weakest domain' : ''}${detail}`;
  }
  return `${share.name} is ${weight} of the exam${weakest ? ' and your weakest domain' : ''}${detail}`;
}
