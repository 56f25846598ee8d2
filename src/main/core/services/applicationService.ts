import type { Application, ApplicationStatus } from '../../../shared/schemas/application';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { Track } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { ApplicationRepository } from '../db/repositories/applicationRepository';
import { applicationDates } from '../domain/applicationDates';
import { applicationMoves } from '../domain/trackStatusRules';
import { AppFailure, invalidField } from '../errors';
import type { CoreEvents } from '../events';
import type { KnownDate, KnownDateSource } from './knownDates';
import { requireTrack } from './trackLookup';
import type { TrackService } from './trackService';

/** How many exam attempts a track has used; the exam slice keeps the attempts. */
export interface AttemptsSource {
  attemptsUsed(trackId: string): number;
}

/** What the exam slice needs to know about an approved application. */
export interface ApplicationWindow {
  approvedOn: IsoDate;
  eligibilityEndsOn: IsoDate | null;
  attemptsAllowed: number | null;
}

const STATUS_WORDS: Record<ApplicationStatus, string> = {
  drafting: 'drafting',
  submitted: 'submitted',
  'under-review': 'under review',
  'in-audit': 'in audit',
  approved: 'approved',
  rejected: 'rejected',
};

/**
 * A track's application to the certifying body, recorded step by step with dates. The dates that
 * follow from the track's rules (audit due, end of the eligibility period) are stored with the
 * current state so reminders can read them; the track moves to applied / approved, and back to
 * eligible after a rejection.
 */
export class ApplicationService implements KnownDateSource {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly tracks: TrackService,
    private readonly attempts: AttemptsSource,
    private readonly events: CoreEvents,
    private readonly transaction: <T>(work: () => T) => T,
    private readonly now: () => Date,
  ) {}

  get(trackId: string): Application {
    return this.view(requireTrack(this.tracks, trackId));
  }

  record(input: { trackId: string; status: ApplicationStatus; on: IsoDate; note: string }): Application {
    const track = requireTrack(this.tracks, input.trackId);
    if (input.on > localDateOf(this.now())) throw invalidField('on', 'Cannot be in the future');
    const moved = this.transaction(() => {
      this.applications.addEvent(track.id, { status: input.status, on: input.on, note: input.note, recordedAt: this.now().toISOString() });
      return this.refresh(track);
    });
    if (moved) this.events.emit('data:changed', { areas: ['tracks'] });
    return this.get(track.id);
  }

  removeEvent(trackId: string, eventId: number): Application {
    const track = requireTrack(this.tracks, trackId);
    const moved = this.transaction(() => {
      if (!this.applications.removeEvent(track.id, eventId)) {
        throw new AppFailure('not_found', `No application step ${eventId} on this track`, [{ path: 'eventId', message: 'Unknown step' }]);
      }
      return this.refresh(track);
    });
    if (moved) this.events.emit('data:changed', { areas: ['tracks'] });
    return this.get(track.id);
  }

  /** For the exam slice: the approval and how long it lasts, or null while not approved. */
  applicationWindow(trackId: string): ApplicationWindow | null {
    const stored = this.applications.get(trackId);
    if (!stored || stored.status !== 'approved' || stored.approvedOn === null) return null;
    const track = this.tracks.get(trackId);
    return {
      approvedOn: stored.approvedOn,
      eligibilityEndsOn: stored.eligibilityEndsOn,
      attemptsAllowed: track.snapshot.application?.attemptsAllowed ?? null,
    };
  }

  /** Audit due dates and eligibility-period ends of open tracks, for reminders and the calendar. */
  knownDates(): KnownDate[] {
    const open = new Map(this.tracks.list(false).map((t) => [t.id, t]));
    const all = this.applications.all().flatMap((app): KnownDate[] => {
      const track = open.get(app.trackId);
      if (!track) return [];
      const found: KnownDate[] = [];
      if (app.auditDueOn) {
        found.push({
          key: `application-audit-due:${track.id}:${app.auditDueOn}`,
          itemId: `application-audit-due:${track.id}`,
          kind: 'application-audit-due',
          date: app.auditDueOn,
          title: `${track.acronym} audit documents due`,
          detail: `Send ${track.body} the audit documents for your ${track.acronym} application (audit started ${app.auditStartedOn ?? 'earlier'}).`,
          trackId: track.id,
          credentialId: null,
        });
      }
      if (app.eligibilityEndsOn) {
        found.push({
          key: `application-eligibility-end:${track.id}:${app.eligibilityEndsOn}`,
          itemId: `application-eligibility-end:${track.id}`,
          kind: 'application-eligibility-end',
          date: app.eligibilityEndsOn,
          title: `${track.acronym} eligibility period ends`,
          detail: `Your ${track.acronym} application was approved on ${app.approvedOn ?? 'an earlier date'}; pass the exam before this date.`,
          trackId: track.id,
          credentialId: null,
        });
      }
      return found;
    });
    return all.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  }

  /**
   * Adopting newer rules can change the audit days or the eligibility period; keep the stored
   * dates (which reminders read) in line with the track's current snapshot.
   */
  watch(): () => void {
    return this.events.on('data:changed', ({ areas }) => {
      if (areas.includes('tracks')) this.refreshStoredDates();
    });
  }

  refreshStoredDates(): void {
    for (const stored of this.applications.all()) {
      const track = this.tracks.get(stored.trackId);
      const dates = applicationDates(this.applications.events(track.id), track.snapshot.application);
      const changed = (Object.keys(dates) as (keyof typeof dates)[]).some((key) => dates[key] !== stored[key]);
      if (changed) this.applications.save(track.id, dates, this.now().toISOString());
    }
  }

  /** Recomputes the stored state from the steps and moves the track to match; returns whether it moved. */
  private refresh(track: Track): boolean {
    const rules = track.snapshot.application;
    const dates = applicationDates(this.applications.events(track.id), rules);
    this.applications.save(track.id, dates, this.now().toISOString());
    let moved = false;
    const reason = dates.status === null ? 'Application steps removed' : `Application ${STATUS_WORDS[dates.status]}`;
    for (const move of applicationMoves(dates.status)) {
      if (this.tracks.moveStatus(track.id, move.to, reason, move.from)) moved = true;
    }
    return moved;
  }

  private view(track: Track): Application {
    const events = this.applications.events(track.id);
    const dates = applicationDates(events, track.snapshot.application);
    return {
      trackId: track.id,
      ...dates,
      events,
      attemptsUsed: this.attempts.attemptsUsed(track.id),
      attemptsAllowed: track.snapshot.application?.attemptsAllowed ?? null,
      rules: track.snapshot.application,
    };
  }
}
