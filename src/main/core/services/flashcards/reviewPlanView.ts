import type { ReviewDay } from '../../../../shared/schemas/flashcards/review';
import type { ReviewPlan, ReviewShortfall } from '../../../../shared/schemas/flashcards/plan';
import { formatDayForPeople, formatDuration } from '../../domain/calendarDays';
import { shortfallChoices } from '../../domain/flashcards/reviewShortfall';
import type { DayContext } from './reviewPlanner';

export const PLAN_METHOD =
  'Each day holds as many cards as fit its review budget (a share of the minutes your plan gives that day; none on blackout days and pauses). ' +
  'Due reviews come first, oldest waiting first; what does not fit waits for the next day with room, never dropped. New cards fill what room is left, up to your daily limit, as early as possible. ' +
  'Desired retention rises from the long-term value to the target over the last weeks before the exam. ' +
  'The final pass is the last days before the exam — at least the days you set, longer when the cards need it — and gives every card one review, spread by each day’s room. ' +
  'Intervals move within FSRS’s fuzz range to the day with the most room. To look ahead, Certplan assumes each review is remembered and the next interval is 2.5 times the last.';

/** The exam-date mode view: today's budget, the days ahead, and the ways out when the cards do not fit. */
export function buildReviewPlan(ctx: DayContext, day: ReviewDay, totals: { cards: number; newCards: number; suspended: number }): ReviewPlan {
  const r = ctx.result;
  const examOver = ctx.mode === 'maintenance' && ctx.examDate !== null;
  const afterChoice = ctx.settings.afterExamFor === ctx.examDate ? ctx.settings.afterExam : null;
  return {
    trackId: ctx.trackId,
    today: ctx.today,
    mode: ctx.mode,
    modeReason: ctx.modeReason,
    examDate: ctx.examDate,
    finalPassStartsOn: r.finalPassStart,
    rampStartsOn: ctx.rampStartsOn,
    baseRetention: ctx.settings.baseRetention,
    targetRetention: ctx.mode === 'exam' ? ctx.settings.targetRetention : ctx.settings.baseRetention,
    secondsPerCard: ctx.secondsPerCard,
    secondsPerCardSource: ctx.secondsSource,
    day,
    days: r.days.map((d) => ({
      date: d.date,
      budgetMinutes: d.budgetMinutes,
      plannedMinutes: Math.ceil(((d.reviews + d.newCards + d.finalPass) * ctx.secondsPerCard) / 60),
      reviews: d.reviews,
      newCards: d.newCards,
      finalPass: d.finalPass,
      backlog: d.backlog,
      offDay: d.budgetMinutes === 0,
    })),
    fits: r.fits,
    shortfall: !r.fits || r.newUnseen > 0 ? shortfall(ctx) : null,
    newUnseenAtFinalPass: r.newUnseen,
    totals,
    afterExam: examOver && ctx.examDate ? { examDate: ctx.examDate, choice: afterChoice } : null,
    method: PLAN_METHOD,
  };
}

function shortfall(ctx: DayContext): ReviewShortfall {
  const r = ctx.result;
  const minutes = (cards: number) => Math.ceil((cards * ctx.secondsPerCard) / 60);
  const neededMinutes = minutes(r.neededCards);
  const availableMinutes = Math.floor((r.capacityCards * ctx.secondsPerCard) / 60);
  const options = { reviewSharePercent: ctx.reviewSharePercent, examDate: ctx.mode === 'exam' ? ctx.examDate : null };
  if (r.fits) {
    const until = r.finalPassStart ? `the final pass starts on ${formatDayForPeople(r.finalPassStart)}` : `${formatDayForPeople(ctx.input.lastDay)}`;
    return {
      kind: 'unseen-new',
      message: `${r.newUnseen} new cards cannot be learned before ${until} at ${ctx.input.newCardsPerDay} a day within the budget; they would first be seen in the final pass.`,
      backlogCards: r.newUnseen,
      neededMinutes,
      availableMinutes,
      choices: shortfallChoices(ctx.input, { ...options, goal: 'introduce-all' }),
    };
  }
  const choices = shortfallChoices(ctx.input, options);
  if (!r.finalPassFits && r.finalPassStart !== null) {
    const backlogCards = r.finalPassCards - r.finalPassCapacity;
    return {
      kind: 'final-pass',
      message:
        `One last pass over your ${r.finalPassCards} cards needs about ${formatDuration(minutes(r.finalPassCards))} before the exam, ` +
        `but the days left give flashcards ${formatDuration(minutes(r.finalPassCapacity))}: ${backlogCards} cards would not be seen again.`,
      backlogCards,
      neededMinutes,
      availableMinutes,
      choices,
    };
  }
  const until = r.finalPassStart ? `when the final pass starts on ${formatDayForPeople(r.finalPassStart)}` : `on ${formatDayForPeople(ctx.input.lastDay)}`;
  return {
    kind: 'backlog',
    message:
      `About ${r.backlogAtEnd} due reviews would still be waiting ${until}: the cards need about ${formatDuration(neededMinutes)} of review, ` +
      `and the budget gives ${formatDuration(availableMinutes)}.`,
    backlogCards: r.backlogAtEnd,
    neededMinutes,
    availableMinutes,
    choices,
  };
}
