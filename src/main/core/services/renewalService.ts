import { formatUnits } from '../../../shared/formatUnits';
import type { Maintenance } from '../../../shared/schemas/certification';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { CeActivity } from '../../../shared/schemas/ce';
import type { FairStart, FairStartState } from '../../../shared/schemas/fairStart';
import type { ActivityView, RenewalView } from '../../../shared/schemas/renewal';
import { localDateOf } from '../clock';
import type { CeActivityRepository } from '../db/repositories/ceActivityRepository';
import type { StoredCredential } from '../db/repositories/credentialRepository';
import type { RenewalRepository } from '../db/repositories/renewalRepository';
import type { TrackRepository } from '../db/repositories/trackRepository';
import { RENEWAL_STRETCH_FROM, trackStatusFor } from '../domain/credentialStatus';
import { cycleAnchor } from '../domain/renewalCycles';
import { maintenanceHasUnknowns } from '../domain/rulesCompleteness';
import { DEFAULT_FINISH_DAYS_BEFORE } from '../domain/pacing';
import type { HeldCredential } from '../domain/sharing';
import { invalidField, notFound, ruleViolation } from '../errors';
import { newId } from '../ids';
import { type CredentialService, effectiveMaintenance } from './credentialService';
import type { EvidenceService } from './evidenceService';
import { type CredentialEvaluation, type CycleEvaluation, evaluateCredential } from './renewalEvaluation';
import { describeStatus, formatDay } from './renewalWording';
import type { TrackService } from './trackService';
import { toCeRequirementView } from './ceRequirement/ceRequirementView';
import { holdJudgements } from './fairStart/holdJudgements';
import { fairStartYears } from './fairStart/fairStartYears';
import { otherRenewalRoutes } from './renewalRoutes';
import type { TableVersions } from '../db/tableVersions';

/** What the renewal view needs from the slices built beside it (fair start, linked records). */
export interface RenewalSeams {
  /** A credential's fair-start state; null when it never had one. */
  fairStartOf: (credentialId: string) => FairStartState | null;
  /** The training entry a CE activity was also recorded as. */
  linkedTrainingOf: (activityId: string) => { id: string; course: string; differences: string[] } | null;
  /** The connection's write counters: evaluations are kept until a table they read changes. */
  versions?: TableVersions;
}

/**
 * Tables a credential's evaluation never reads: study, practice, plans, exams, applications,
 * flashcards and the reminders the scan writes. A write anywhere else (CE, renewals, credentials,
 * catalog, rules, fair starts, pace targets, tracks, settings) makes every credential re-evaluate.
 */
export const RENEWAL_IGNORES: ReadonlySet<string> = new Set([
  'study_sessions', 'study_timers', 'plan_items', 'preparations', 'preparation_breaks', 'practice_results',
  'exam_schedules', 'exam_attempts', 'applications', 'application_events', 'track_checks', 'track_status_history',
  'experience_entries', 'training_entries', 'training_ce_links', 'reminders', 'meta',
  'flashcard_cards', 'flashcard_days', 'flashcard_decks', 'flashcard_media', 'flashcard_notes', 'flashcard_review_log', 'flashcard_scheduler_params', 'flashcard_settings',
]);

const NO_SEAMS: RenewalSeams = { fairStartOf: () => null, linkedTrainingOf: () => null };

/** A credential with everything computed about it, for the dashboard, reminders and the calendar. */
export interface CredentialSummary {
  credential: StoredCredential;
  /** The credential's own track, or the open track following the same certification. */
  trackId: string | null;
  evaluation: CredentialEvaluation;
  statusText: string;
  nextAction: string;
}

/**
 * Renewal of the credentials a person holds: cycles, progress, pacing and status (computed on
 * every read from the stored facts), recording renewals, and keeping the credential's track in
 * the renewal stretch of its lifecycle.
 */
export class RenewalService {
  constructor(
    private readonly credentials: CredentialService,
    private readonly activities: CeActivityRepository,
    private readonly renewals: RenewalRepository,
    private readonly evidence: EvidenceService,
    private readonly tracks: TrackService,
    private readonly trackRepo: TrackRepository,
    private readonly now: () => Date,
    private readonly seams: RenewalSeams = NO_SEAMS,
  ) {}

  today(): IsoDate {
    return localDateOf(this.now());
  }

  /**
   * The stored credential's evaluation. Kept per credential until a table it may read changes or
   * the day moves (see RENEWAL_IGNORES); rules passed in (a preview of other rules) are never kept.
   */
  evaluate(credential: StoredCredential, maintenance?: Maintenance | null): CredentialEvaluation {
    const versions = this.seams.versions;
    if (maintenance !== undefined || !versions) return this.evaluateWith(credential, [], maintenance ?? effectiveMaintenance(credential));
    const key = `${versions.stampFor('credential', credential.id, RENEWAL_IGNORES)}|${this.today()}`;
    const kept = this.#evaluations.get(credential.id);
    if (kept?.key === key) return kept.evaluation;
    const evaluation = this.evaluateWith(credential, []);
    this.#evaluations.set(credential.id, { key, evaluation });
    return evaluation;
  }

  readonly #evaluations = new Map<string, { key: string; evaluation: CredentialEvaluation }>();

  /**
   * The evaluation with some activities added that are not stored (the fair start's preview
   * checks caps with them). While the fair start is pending, behind/missed are held back.
   */
  evaluateWith(
    credential: StoredCredential,
    extra: readonly CeActivity[],
    maintenance: Maintenance | null = effectiveMaintenance(credential),
  ): CredentialEvaluation {
    const evaluation = evaluateCredential({
      maintenance,
      // Only suite-level renewal (PeopleCert) needs the other credentials' dates.
      earnedOn: maintenance?.suite ? cycleAnchor({ earnedOn: credential.earnedOn, suiteId: maintenance.suite.id }, this.credentials.suiteMembers()) : credential.earnedOn,
      renewals: this.renewals.forCredential(credential.id),
      activities: [...this.activities.forCredential(credential.id), ...extra],
      finishDaysBefore: this.renewals.paceTarget(credential.id) ?? DEFAULT_FINISH_DAYS_BEFORE,
      today: this.today(),
    });
    return this.seams.fairStartOf(credential.id) === 'pending' ? holdJudgements(evaluation) : evaluation;
  }

  /** Judgements are held back while the person has not said what they earned before Certplan. */
  isHeld(credentialId: string): boolean {
    return this.seams.fairStartOf(credentialId) === 'pending';
  }

  /** The credential with its rules, or not_found naming `credentialId`. */
  requireStored(credentialId: string): StoredCredential {
    return this.#require(credentialId);
  }

  summaries(): CredentialSummary[] {
    return this.credentials.listStored().map((credential) => this.#summary(credential));
  }

  /** What the sharing rules need to know about every credential held. */
  heldCredentials(): HeldCredential[] {
    return this.credentials.listStored().map((c) => ({
      id: c.id,
      acronym: c.acronym,
      name: c.name,
      body: c.body,
      certificationId: c.certificationId,
      maintenance: effectiveMaintenance(c),
      cycles: this.evaluate(c).cycles.map((e) => e.cycle),
    }));
  }

  view(credentialId: string, cycleIndex?: number): RenewalView {
    const credential = this.#require(credentialId);
    const { evaluation, statusText, nextAction } = this.#summary(credential);
    const shown = cycleIndex === undefined ? evaluation.open : evaluation.cycles[cycleIndex];
    if (cycleIndex !== undefined && !shown) throw invalidField('cycleIndex', `${credential.acronym} has no cycle ${cycleIndex + 1}`);
    const { rules: _rules, ownMaintenance: _own, ...publicCredential } = credential;
    return {
      credential: publicCredential,
      maintenance: evaluation.maintenance,
      status: evaluation.status,
      statusText,
      nextAction,
      cycles: evaluation.cycles.map((c) => c.cycle),
      cycleIndex: shown?.cycle.index ?? null,
      progress: shown?.progress ?? null,
      pacing: shown === evaluation.open ? evaluation.pacing : null,
      activities: shown ? this.activityViews(shown, evaluation.maintenance) : [],
      outsideCycles: evaluation.outsideCycles,
      renewal: this.#renewalAllowed(credential, evaluation, shown ?? null),
      requirement: shown?.progress ? toCeRequirementView(shown.progress, { held: shown === evaluation.open && this.isHeld(credential.id) }) : null,
      fairStart: this.#fairStart(credential, evaluation),
      rulesSource: credential.ownMaintenance ? 'own' : credential.rules ? 'catalog' : 'none',
      canFillIn: maintenanceHasUnknowns(credential.rules?.maintenance ?? null),
      otherRoutes: otherRenewalRoutes(credential),
    };
  }

  #fairStart(credential: StoredCredential, evaluation: CredentialEvaluation): FairStart | null {
    const state = this.seams.fairStartOf(credential.id);
    const open = evaluation.open;
    if (state === null || !open || evaluation.maintenance?.kind !== 'continuing-education') return null;
    return { state, years: fairStartYears(open.cycle, evaluation.maintenance.perYear !== null, this.today()) };
  }

  /** The activities of one cycle as the view and the audit packet list them, numbered. */
  activityViews(cycle: CycleEvaluation, maintenance: Maintenance | null): ActivityView[] {
    const all = (maintenance?.groups ?? []).flatMap((g) => g.categories);
    const categories = new Map(all.map((c) => [c.id, c.name]));
    const kindName = (categoryId: string, typeId: string | null) => (typeId === null ? null : (all.find((c) => c.id === categoryId)?.activityTypes.find((t) => t.id === typeId)?.name ?? typeId));
    const acronyms = new Map(this.credentials.listStored().map((c) => [c.id, c.acronym]));
    return cycle.activities.map((activity, i) => {
      const outcome = cycle.outcomes.get(activity.id);
      return {
        id: activity.id,
        number: i + 1,
        date: activity.date,
        title: activity.title,
        provider: activity.provider,
        units: activity.units,
        categoryId: activity.categoryId,
        categoryName: categories.get(activity.categoryId) ?? activity.categoryId,
        activityTypeId: activity.activityTypeId,
        activityTypeName: kindName(activity.categoryId, activity.activityTypeId),
        counted: outcome?.counted ?? activity.units,
        notCounted: outcome?.notCounted ?? 0,
        notCountedReason: outcome?.reason ?? null,
        credentials: activity.credentialIds.map((id) => ({ id, acronym: acronyms.get(id) ?? id })),
        evidence: activity.evidenceIds.map((id) => {
          const file = this.evidence.find(id);
          return { id, fileName: file?.fileName ?? '(removed file)', missing: !file || !this.evidence.hasStoredCopy(id) };
        }),
        notes: activity.notes,
        linkedTraining: this.seams.linkedTrainingOf(activity.id),
      };
    });
  }

  /**
   * Marks the open cycle's renewal submitted, and approved with the fee paid. Only a cycle whose
   * requirements are met can be renewed (the body checks the same), and only until its suspension
   * ends. Once approved and paid, the next cycle begins the day after this one ends.
   */
  record(credentialId: string, input: { submittedOn: IsoDate; approvedOn: IsoDate | null; feePaid: boolean }): RenewalView {
    const credential = this.#require(credentialId);
    const evaluation = this.evaluate(credential);
    const open = evaluation.open;
    const allowed = this.#renewalAllowed(credential, evaluation, open);
    if (!open || !allowed.allowed) throw ruleViolation(allowed.reason, [{ path: 'submittedOn', message: allowed.reason }]);
    const today = this.today();
    const { cycle } = open;
    if (input.submittedOn > today) throw invalidField('submittedOn', 'Cannot be in the future');
    if (input.submittedOn < cycle.start || input.submittedOn > cycle.countsUntil) {
      throw invalidField('submittedOn', `Must be within the cycle, ${formatDay(cycle.start)} to ${formatDay(cycle.countsUntil)}`);
    }
    if (input.approvedOn !== null) {
      if (input.approvedOn > today) throw invalidField('approvedOn', 'Cannot be in the future');
      if (input.approvedOn < input.submittedOn) throw invalidField('approvedOn', 'Cannot be before the day it was submitted');
    }
    this.renewals.save(
      credentialId,
      { id: cycle.renewal?.id ?? newId('renewal'), cycleStart: cycle.start, ...input },
      this.now().toISOString(),
    );
    return this.view(credentialId);
  }

  /** Removes the latest renewal record; a cycle it started disappears with it. */
  undo(credentialId: string): RenewalView {
    const credential = this.#require(credentialId);
    const latest = this.renewals.forCredential(credentialId).at(-1);
    if (!latest) throw ruleViolation(`${credential.acronym} has no renewal to undo`, [{ path: 'credentialId', message: 'No renewal recorded' }]);
    this.renewals.delete(latest.id);
    return this.view(credentialId);
  }

  setPaceTarget(credentialId: string, finishDaysBefore: number): RenewalView {
    this.#require(credentialId);
    this.renewals.setPaceTarget(credentialId, finishDaysBefore);
    return this.view(credentialId);
  }

  /**
   * Moves each credential's track to where its status puts it in the renewal stretch (active,
   * renewal-due, suspended, expired), only from passed or from that stretch. Returns whether any moved.
   */
  syncTrackStatuses(): boolean {
    const versions = this.seams.versions;
    const stamp = versions ? `${versions.stampExcept(RENEWAL_IGNORES)}|${this.today()}` : null;
    if (stamp !== null && stamp === this.#statusesSyncedAt) return false;
    let moved = false;
    for (const summary of this.summaries()) {
      if (!summary.trackId) continue;
      const target = trackStatusFor(summary.evaluation.status);
      moved = this.tracks.moveStatus(summary.trackId, target, `Renewal: ${summary.statusText}`, RENEWAL_STRETCH_FROM) || moved;
    }
    // Only a round that moved nothing is settled (after a move the next round checks once more).
    this.#statusesSyncedAt = moved ? null : stamp;
    return moved;
  }

  /** The renewal inputs' stamp (and day) of the last status round that moved nothing. */
  #statusesSyncedAt: string | null = null;

  #require(credentialId: string): StoredCredential {
    const credential = this.credentials.listStored().find((c) => c.id === credentialId);
    if (!credential) throw notFound('credential', credentialId, 'credentialId');
    return credential;
  }

  #summary(credential: StoredCredential): CredentialSummary {
    const evaluation = this.evaluate(credential);
    const trackId = credential.trackId ?? (credential.certificationId ? (this.trackRepo.openTrackIdFor(credential.certificationId) ?? null) : null);
    const described = describeStatus(credential.acronym, credential.body, evaluation);
    // While the fair start waits, the one step is to say what was earned before Certplan.
    const unit = evaluation.open?.progress?.unitName ?? 'unit';
    const nextAction = this.isHeld(credential.id) && evaluation.status === 'on-track' ? `Enter the ${unit}s you already earned this cycle, or skip that step` : described.nextAction;
    return { credential, trackId, evaluation, statusText: described.statusText, nextAction };
  }

  #renewalAllowed(credential: StoredCredential, evaluation: CredentialEvaluation, shown: CycleEvaluation | null): { allowed: boolean; reason: string } {
    const kind = evaluation.maintenance?.kind ?? null;
    if (kind === null || kind === 'unknown') return { allowed: false, reason: `Certplan does not know how ${credential.acronym} is renewed` };
    if (kind === 'none') return { allowed: false, reason: `${credential.acronym} is held for life; there is nothing to renew` };
    if (!shown || shown !== evaluation.open) return { allowed: false, reason: 'Only the open cycle can be renewed; this one already was' };
    if (evaluation.status === 'expired') return { allowed: false, reason: `${credential.acronym} has expired; it cannot be renewed any more` };
    const progress = shown.progress;
    if (progress && !progress.complete) {
      return { allowed: false, reason: `Renew once the requirements are met: ${formatUnits(progress.stillNeeded, progress.unitName)} still needed` };
    }
    return { allowed: true, reason: kind === 'retake' ? 'Record the renewal once you have passed the exam again' : 'Requirements met' };
  }
}
