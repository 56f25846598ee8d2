import type { FlashcardStats, Retention } from '../../../../shared/schemas/flashcards/stats';
import type { Track } from '../../../../shared/schemas/track';
import type { DayPlanRepository } from '../../db/repositories/flashcards/dayRepository';
import type { ReviewLogRepository } from '../../db/repositories/flashcards/reviewLogRepository';
import { eachDay, plusDays } from '../../domain/calendarDays';
import { STREAK_RULE, computeStreak } from '../../domain/flashcards/streak';
import { domainNameOf, examDomainsOf } from '../trackDomains';
import type { TrackService } from '../trackService';
import type { ReviewPlanner } from './reviewPlanner';

export const RETENTION_WINDOW_DAYS = 30;
const MIN_REVIEWS_FOR_RATE = 5;
const HEATMAP_WEEKS = 26;
const FORECAST_DAYS = 30;

export const RETENTION_METHOD =
  `Share of reviews in the last ${RETENTION_WINDOW_DAYS} days of cards past their learning steps that you recalled (Hard, Good or Easy), by the card’s exam domain. ` +
  `Shown beside practice-exam scores as its own signal; it is not part of the readiness estimate. Needs at least ${MIN_REVIEWS_FOR_RATE} reviews.`;

/** Statistics from the review log and the day plans: retention by domain, the forecast, the heatmap and streak. */
export class FlashcardStatsService {
  constructor(
    private readonly log: ReviewLogRepository,
    private readonly days: DayPlanRepository,
    private readonly planner: ReviewPlanner,
    private readonly tracks: TrackService,
  ) {}

  retention(trackId: string): Retention {
    const track = this.tracks.get(trackId);
    const today = this.planner.context(trackId).today;
    const rows = this.log.retentionSince(trackId, plusDays(today, -(RETENTION_WINDOW_DAYS - 1)));
    const rate = (reviews: number, passed: number) => (reviews >= MIN_REVIEWS_FOR_RATE ? Math.round((passed / reviews) * 1000) / 10 : null);
    const byDomain = new Map(rows.map((r) => [r.domain_id, r]));
    const known = examDomainsOf(track);
    const entry = (domainId: string | null, name: string) => {
      const row = byDomain.get(domainId);
      const reviews = row?.reviews ?? 0;
      const passed = row?.passed ?? 0;
      return { domainId, name, reviews, passed, retentionPercent: rate(reviews, passed) };
    };
    const domains = known.map((d) => entry(d.id, d.name));
    // Cards without a domain, or tagged under an older outline, are listed after the exam's domains.
    for (const r of rows) if (!known.some((d) => d.id === r.domain_id)) domains.push(entry(r.domain_id, domainNameOf(track, r.domain_id)));
    const reviews = rows.reduce((s, r) => s + r.reviews, 0);
    const passed = rows.reduce((s, r) => s + r.passed, 0);
    return {
      trackId,
      windowDays: RETENTION_WINDOW_DAYS,
      overall: { domainId: null, name: 'All cards', reviews, passed, retentionPercent: rate(reviews, passed) },
      domains,
      method: RETENTION_METHOD,
    };
  }

  stats(trackId: string): FlashcardStats {
    const track: Track = this.tracks.get(trackId);
    const ctx = this.planner.context(trackId);
    const today = ctx.today;
    const forecast = ctx.result.days.slice(0, FORECAST_DAYS).map((d) => {
      const cards = d.reviews + d.newCards + d.finalPass;
      return { date: d.date, dueCards: cards + d.backlog, estimatedMinutes: Math.ceil((cards * ctx.secondsPerCard) / 60), budgetMinutes: d.budgetMinutes };
    });
    const from = plusDays(today, -(HEATMAP_WEEKS * 7 - 1));
    const reviewed = new Map(this.log.perDay(trackId, from, today).map((r) => [r.review_day, r]));
    const plans = new Map(this.days.between(trackId, from, today).map((p) => [p.day, p]));
    const streakDays = [...new Set([...reviewed.keys(), ...plans.keys()])].map((date) => ({
      date,
      plannedCards: plans.get(date)?.plannedCards ?? 0,
      budgetMinutes: plans.get(date)?.budgetMinutes ?? 0,
      reviews: reviewed.get(date)?.reviews ?? 0,
      reviewedSeconds: Math.round((reviewed.get(date)?.counted_ms ?? 0) / 1000),
    }));
    const streak = computeStreak(streakDays, today);
    const heatmap = eachDay(from, plusDays(today, 1)).map((date) => {
      const r = reviewed.get(date);
      const outcome = streak.outcomes.get(date);
      return {
        date,
        reviews: r?.reviews ?? 0,
        minutes: Math.round((r?.counted_ms ?? 0) / 60_000),
        plannedCards: plans.get(date)?.plannedCards ?? 0,
        met: outcome?.met ?? null,
        frozen: outcome?.frozen ?? false,
      };
    });
    const enabled = ctx.settings.streakEnabled;
    return {
      trackId: track.id,
      today,
      forecast,
      retention: this.retention(trackId),
      heatmap,
      streak: { enabled, days: enabled ? streak.days : 0, frozenOn: enabled ? streak.frozenOn : null, rule: STREAK_RULE },
    };
  }
}
