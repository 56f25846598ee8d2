import type { IsoDate } from '../../../shared/schemas/dates';
import type { TableVersions } from '../db/tableVersions';
import type { KnownDate, KnownDateSource } from './knownDates';

/**
 * Tables the application slice's dates (audit due, eligibility end) never read: it reads the
 * applications and the open tracks, whatever the day. Study, plans, practice, flashcards, CE,
 * renewals, records and reminders are left out, so a session or an activity keeps its dates.
 */
export const APPLICATION_DATES_IGNORES: ReadonlySet<string> = new Set([
  'study_sessions', 'study_timers', 'plan_items', 'preparations', 'preparation_breaks', 'practice_results', 'reminders', 'meta',
  'ce_activities', 'ce_activity_credentials', 'ce_activity_evidence', 'renewals', 'credential_fair_starts', 'credential_pace_targets',
  'evidence_files', 'experience_entries', 'training_entries', 'training_ce_links', 'track_checks',
  'flashcard_cards', 'flashcard_days', 'flashcard_decks', 'flashcard_media', 'flashcard_notes', 'flashcard_review_log', 'flashcard_scheduler_params', 'flashcard_settings',
]);

/**
 * A known-date source whose dates are kept (the same array) until a table it reads changes, for
 * a slice that rebuilds them on every call: the reminder scan then sees that nothing moved.
 * `dependsOnDay`: whether the source's answer changes with `today` (then it is part of the key).
 */
export class KeptKnownDates implements KnownDateSource {
  #kept: { key: string; dates: KnownDate[] } | null = null;

  constructor(
    private readonly source: KnownDateSource,
    private readonly versions: TableVersions,
    private readonly ignored: ReadonlySet<string>,
    private readonly dependsOnDay: boolean,
  ) {}

  knownDates(today: IsoDate): KnownDate[] {
    const key = `${this.versions.stampExcept(this.ignored)}|${this.dependsOnDay ? today : ''}`;
    if (this.#kept?.key === key) return this.#kept.dates;
    const dates = this.source.knownDates(today);
    this.#kept = { key, dates };
    return dates;
  }
}
