import type { IsoDate } from '../../../../shared/schemas/dates';

/**
 * The review plan from today to the last day planned (the exam's eve in exam-date mode): how many
 * reviews, new cards and final-pass cards each day holds inside its minute budget.
 *
 * 1. A day holds floor(budget × 60 / seconds per card) cards; a day without budget (a blackout
 *    day, a pause, a day the plan leaves empty) holds none.
 * 2. Final pass (exam-date mode): the last days before the exam, at least `minDays` and as many as
 *    it takes for their capacity to hold every card once. Each card not yet seen in the window is
 *    given one day in it, spread in proportion to each day's capacity, so no day goes over.
 * 3. Before the window, each day takes the reviews that are due (the oldest waiting first) up to
 *    its capacity; what does not fit waits for the next day with room (never dropped). New cards
 *    fill the room left, at most `newCardsPerDay`, as early as there is room (learning early
 *    leaves time for reviews before the exam).
 * 4. To look ahead, a review is assumed remembered and brings the card back after 2.5 × its last
 *    interval (a new card after 2 days, about FSRS-6's first interval for Good); a card whose next
 *    review would fall in the window or beyond is left to the final pass.
 *
 * Counts, not card ids, are simulated, so the plan for 20,000 cards takes milliseconds.
 */

export const FIRST_INTERVAL_DAYS = 2;
export const INTERVAL_GROWTH = 2.5;

export interface PlanCard {
  isNew: boolean;
  dueDay: IsoDate;
  /** The card's current interval in days (0 for a new or learning card). */
  intervalDays: number;
  lastReviewDay: IsoDate | null;
}

export interface ReviewPlanInput {
  today: IsoDate;
  /** The last day planned; before `today` means nothing is planned. */
  lastDay: IsoDate;
  /** null: no final pass (no exam ahead, or exam-date mode off). */
  finalPass: { minDays: number; startedOn: IsoDate | null } | null;
  budgetMinutes: (day: IsoDate) => number;
  secondsPerCard: number;
  newCardsPerDay: number;
  cards: readonly PlanCard[];
  /** What today's reviews already used. */
  doneToday: { seconds: number; newCards: number };
}

export interface PlanDay {
  date: IsoDate;
  budgetMinutes: number;
  capacity: number;
  /** Due reviews that arrive this day (first due, or due again after a review in the plan). */
  arrivals: number;
  reviews: number;
  newCards: number;
  finalPass: number;
  /** Due reviews still waiting at the end of the day. */
  backlog: number;
}

export interface ReviewPlanResult {
  days: PlanDay[];
  finalPassStart: IsoDate | null;
  /** Cards not yet seen in the window, each given one day in it (when it fits). */
  finalPassCards: number;
  finalPassCapacity: number;
  finalPassFits: boolean;
  /** Reviews still waiting when the window starts (or at the last day without a window). */
  backlogAtEnd: number;
  newUnseen: number;
  fits: boolean;
  neededCards: number;
  capacityCards: number;
}

type Cohorts = Map<number, number>;

/**
 * Calendar days as whole numbers (days since 1970-01-01 of the date as written), so a plan over
 * 20,000 cards does integer arithmetic instead of parsing dates 20,000 times.
 */
export function dayNumber(day: IsoDate): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
    // A deck's due days are a few hundred distinct dates; remembering them spares re-parsing.
    if (dayNumbers.size > 20_000) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}

const dayNumbers = new Map<string, number>();

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

function add(cohorts: Cohorts, interval: number, count: number): void {
  if (count > 0) cohorts.set(interval, (cohorts.get(interval) ?? 0) + count);
}

function total(cohorts: Cohorts): number {
  let sum = 0;
  for (const n of cohorts.values()) sum += n;
  return sum;
}

/** Takes up to `want` cards out of `cohorts` (smallest intervals first: the most fragile memories). */
function take(cohorts: Cohorts, want: number): Cohorts {
  const taken: Cohorts = new Map();
  let left = want;
  for (const interval of [...cohorts.keys()].sort((a, b) => a - b)) {
    if (left <= 0) break;
    const n = cohorts.get(interval) ?? 0;
    const k = Math.min(n, left);
    add(taken, interval, k);
    if (k === n) cohorts.delete(interval);
    else cohorts.set(interval, n - k);
    left -= k;
  }
  return taken;
}

export function capacityOf(budgetMinutes: number, usedSeconds: number, secondsPerCard: number): number {
  return Math.max(0, Math.floor((budgetMinutes * 60 - usedSeconds) / secondsPerCard));
}

export function planReviews(input: ReviewPlanInput): ReviewPlanResult {
  const today = dayNumber(input.today);
  const dayCount = input.lastDay < input.today ? 0 : dayNumber(input.lastDay) - today + 1;
  const dates = Array.from({ length: dayCount }, (_, i) => fromDayNumber(today + i));
  const budgets = dates.map((d) => Math.max(0, input.budgetMinutes(d)));
  const capacity = budgets.map((b, i) => capacityOf(b, i === 0 ? input.doneToday.seconds : 0, input.secondsPerCard));
  const days: PlanDay[] = dates.map((date, i) => ({ date, budgetMinutes: budgets[i] ?? 0, capacity: capacity[i] ?? 0, arrivals: 0, reviews: 0, newCards: 0, finalPass: 0, backlog: 0 }));

  // 2. Where the final pass starts (index into days; dayCount when there is none).
  let windowStart = dayCount;
  let finalPassStart: IsoDate | null = null;
  if (input.finalPass && dayCount > 0) {
    const started = input.finalPass.startedOn;
    if (started !== null && started <= input.today) {
      windowStart = 0;
      finalPassStart = started;
    } else {
      let sum = 0;
      windowStart = 0;
      for (let i = dayCount - 1; i >= 0; i--) {
        sum += capacity[i] ?? 0;
        if (sum >= input.cards.length && dayCount - i >= input.finalPass.minDays) {
          windowStart = i;
          break;
        }
      }
      finalPassStart = dates[windowStart] ?? null;
    }
  }

  // 3–4. The days before the window.
  const buckets: Cohorts[] = Array.from({ length: windowStart }, () => new Map());
  let newLeft = 0;
  for (const card of input.cards) {
    if (card.isNew) {
      newLeft += 1;
      continue;
    }
    const index = Math.max(0, dayNumber(card.dueDay) - today);
    if (index < windowStart) add(buckets[index] as Cohorts, Math.max(1, card.intervalDays), 1);
  }

  const waiting: Cohorts = new Map();
  let planned = 0;
  for (let i = 0; i < windowStart; i++) {
    const day = days[i] as PlanDay;
    const arriving = buckets[i] as Cohorts;
    day.arrivals = total(arriving);
    for (const [interval, n] of arriving) add(waiting, interval, n);
    const reviewed = take(waiting, day.capacity);
    day.reviews = total(reviewed);
    for (const [interval, n] of reviewed) {
      const next = Math.max(1, Math.round(interval * INTERVAL_GROWTH));
      if (i + next < windowStart) add(buckets[i + next] as Cohorts, next, n);
    }
    const room = day.capacity - day.reviews;
    const allowance = Math.max(0, input.newCardsPerDay - (i === 0 ? input.doneToday.newCards : 0));
    day.newCards = Math.max(0, Math.min(room, allowance, newLeft));
    newLeft -= day.newCards;
    if (i + FIRST_INTERVAL_DAYS < windowStart) add(buckets[i + FIRST_INTERVAL_DAYS] as Cohorts, FIRST_INTERVAL_DAYS, day.newCards);
    day.backlog = total(waiting);
    planned += day.reviews + day.newCards;
  }
  const backlogAtEnd = total(waiting);

  // 2 (continued). Give each card not yet seen in the window one day in it.
  let finalPassCards = 0;
  let finalPassCapacity = 0;
  if (finalPassStart !== null) {
    const start = finalPassStart;
    finalPassCards = input.cards.filter((c) => c.lastReviewDay === null || c.lastReviewDay < start).length;
    const windowCaps = capacity.slice(windowStart);
    finalPassCapacity = windowCaps.reduce((s, c) => s + c, 0);
    const quotas = spreadOverCapacity(finalPassCards, windowCaps);
    quotas.forEach((q, k) => {
      (days[windowStart + k] as PlanDay).finalPass = q;
    });
    planned += quotas.reduce((s, q) => s + q, 0);
  }
  const finalPassFits = finalPassCards <= finalPassCapacity;
  const capacityCards = capacity.reduce((s, c) => s + c, 0);
  return {
    days,
    finalPassStart,
    finalPassCards,
    finalPassCapacity,
    finalPassFits,
    backlogAtEnd,
    newUnseen: newLeft,
    fits: finalPassFits && backlogAtEnd === 0,
    neededCards: planned + backlogAtEnd + Math.max(0, finalPassCards - finalPassCapacity),
    capacityCards,
  };
}

/**
 * Splits `count` over days in proportion to their capacity (cumulative rounding down), so each
 * day gets at most its capacity when the total fits. What does not fit fills every day to the top.
 */
export function spreadOverCapacity(count: number, capacities: readonly number[]): number[] {
  const sum = capacities.reduce((s, c) => s + c, 0);
  if (count >= sum) return [...capacities];
  let before = 0;
  let cumulative = 0;
  return capacities.map((c) => {
    cumulative += c;
    const upTo = Math.floor((count * cumulative) / sum);
    const share = upTo - before;
    before = upTo;
    return share;
  });
}
