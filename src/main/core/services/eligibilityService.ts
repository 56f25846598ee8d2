import type { CheckState, Eligibility, PathResult } from '../../../shared/schemas/eligibility';
import type { Track } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { TrackCheckRepository } from '../db/repositories/trackCheckRepository';
import type { StoredTrack } from '../db/repositories/trackRepository';
import { STUDY_AND_UPKEEP_TABLES } from '../db/keptReads';
import type { TableVersions } from '../db/tableVersions';
import { type PathOutcome, chooseBestPath, evaluatePath, hasNoPrerequisites, readsAnyRecord } from '../domain/eligibility';
import type { EligibilityRecords, EvaluationContext } from '../domain/eligibilityRecords';
import { firstDayOf, monthIndexOf, monthOf, monthOfDate } from '../domain/months';
import { type PathProjection, projectPath } from '../domain/qualificationProjection';
import { type StatusMove, eligibilityMove } from '../domain/trackStatusRules';
import { buildWalkthrough } from '../domain/walkthrough';
import { invalidField } from '../errors';
import type { CoreEvents } from '../events';
import { commonPathFirst } from './commonPathFirst';
import type { CredentialService } from './credentialService';
import type { ExperienceService } from './experienceService';
import type { ProfileService } from './profileService';
import { requireTrack } from './trackLookup';
import type { TrackService } from './trackService';
import type { TrainingService } from './trainingService';

export interface EligibilityDeps {
  tracks: TrackService;
  openTracks: () => StoredTrack[];
  profile: ProfileService;
  experience: ExperienceService;
  training: TrainingService;
  credentials: CredentialService;
  checks: TrackCheckRepository;
  /** Catalog acronyms by id, for messages about credentials. */
  acronyms: () => Map<string, string>;
  /** Catalog tags by id (`agile`), for requirements that name a kind of certification. */
  tagsOf: () => Map<string, readonly string[]>;
  events: CoreEvents;
  now: () => Date;
  /** Write counters per table: a track's answer is kept, and a status round skipped, until a table it reads changes (issue 10). */
  versions?: TableVersions;
}

/** Tables a track's prerequisites never read (study, plans, practice, flashcards, reminders); everything else evaluates it again. */
export const ELIGIBILITY_IGNORES = STUDY_AND_UPKEEP_TABLES;

type SharedRecords = Omit<EligibilityRecords, 'checkedRequirementIds'>;

/** One track's rules evaluated against the records, before it is shaped for the screen. */
export interface Evaluation {
  ctx: EvaluationContext;
  outcomes: PathOutcome[];
  projections: PathProjection[];
  bestIndex: number | null;
  anyMet: boolean;
  hasRecords: boolean;
}

/**
 * Where a person stands on each track, and the track statuses that follow from it (exploring →
 * qualifying → eligible, and back to qualifying when a record is removed). Statuses are brought in
 * line after every change to the data and whenever a track's result is read, since time passing
 * alone (ongoing work, months leaving the window) can change the answer.
 */
export class EligibilityService {
  #syncing = false;

  constructor(private readonly deps: EligibilityDeps) {}

  /**
   * A track's answer, kept per track until a table it reads is written or the day moves (see
   * ELIGIBILITY_IGNORES). The dashboard asks for every exploring track on each read, and each
   * evaluation walks every experience and training entry. A kept answer also stands for the
   * status sync: with the same inputs and the status it left, the sync would move nothing.
   */
  get(trackId: string): Eligibility {
    const versions = this.deps.versions;
    const key = versions ? `${versions.stampExcept(ELIGIBILITY_IGNORES)}|${localDateOf(this.deps.now())}` : null;
    const kept = this.#kept.get(trackId);
    if (key !== null && kept?.key === key) return kept.answer;
    let moved = false;
    const track = requireTrack(this.deps.tracks, trackId);
    if (!track.archived) {
      this.#syncAndAnnounce(() => {
        moved = this.#sync(track, this.evaluate(track));
        return moved;
      });
    }
    const answer = this.#answer(trackId);
    // Kept only when the sync had nothing to move: its own write would change the stamp anyway.
    if (key !== null && !moved && !this.#syncing) this.#kept.set(trackId, { key, answer });
    return answer;
  }

  readonly #kept = new Map<string, { key: string; answer: Eligibility }>();

  #answer(trackId: string): Eligibility {
    const current = this.deps.tracks.get(trackId);
    const evaluation = this.evaluate(current);
    const today = localDateOf(this.deps.now());
    return {
      trackId,
      status: current.status,
      today,
      currentMonth: monthOf(evaluation.ctx.currentMonth),
      noPrerequisites: hasNoPrerequisites(current.snapshot.paths),
      anyPathMet: evaluation.anyMet,
      bestPathId: evaluation.bestIndex === null ? null : (evaluation.outcomes[evaluation.bestIndex]?.path.id ?? null),
      paths: evaluation.outcomes.map((o, i) => toPathResult(o, evaluation.projections[i] ?? { kind: 'met' }, i === evaluation.bestIndex)),
      steps: buildWalkthrough(evaluation.outcomes, evaluation.ctx),
    };
  }

  /**
   * `shared` lets a round over every open track read the person's records once; only the ticked
   * checks belong to one track.
   */
  evaluate(track: Pick<Track, 'id' | 'snapshot'>, shared: SharedRecords = this.sharedRecords()): Evaluation {
    const records: EligibilityRecords = { ...shared, checkedRequirementIds: this.deps.checks.checkedFor(track.id) };
    const acronyms = this.deps.acronyms();
    const ctx: EvaluationContext = {
      records,
      currentMonth: monthIndexOf(monthOfDate(localDateOf(this.deps.now()))),
      nameOf: (id) => acronyms.get(id) ?? id,
    };
    const outcomes = track.snapshot.paths.map((path) => evaluatePath(path, ctx));
    return {
      ctx,
      outcomes,
      projections: outcomes.map((o) => projectPath(o, ctx)),
      bestIndex: commonPathFirst(outcomes, records.educationLevel, chooseBestPath(outcomes)),
      anyMet: outcomes.some((o) => o.met),
      hasRecords: readsAnyRecord(track.snapshot.paths, records),
    };
  }

  sharedRecords(): SharedRecords {
    const profile = this.deps.profile.get();
    return {
      educationLevel: profile.educationLevel,
      gacAccredited: profile.gacAccredited,
      experience: this.deps.experience.listStored(),
      training: this.deps.training.listStored(),
      heldCertificationIds: this.deps.credentials.heldCertificationIds(),
      heldCertificationTags: this.deps.tagsOf(),
      lapsedCertificationIds: this.deps.credentials.lapsedCertificationIds(),
    };
  }

  setCheck(trackId: string, requirementId: string, checked: boolean): CheckState {
    const track = requireTrack(this.deps.tracks, trackId);
    // A credential requirement the catalog cannot settle alone (PMI-ACP: "a third-party agile certification") is tickable too.
    const isCheck = track.snapshot.paths.some((p) =>
      p.requirements.some((r) => r.id === requirementId && (r.kind === 'check' || (r.kind === 'credential' && r.orTickLabel !== null))),
    );
    if (!isCheck) throw invalidField('requirementId', `${track.acronym}’s rules have no check with this id`);
    this.deps.checks.set(trackId, requirementId, checked, this.deps.now().toISOString());
    return { trackId, requirementId, checked };
  }

  /** Brings every open track's status in line with its result; returns whether any moved. */
  syncStatuses(): boolean {
    const stamp = this.deps.versions ? `${this.deps.versions.stampExcept(ELIGIBILITY_IGNORES)}|${localDateOf(this.deps.now())}` : null;
    if (stamp !== null && stamp === this.#syncedAt) return false;
    let moved = false;
    const shared = this.sharedRecords();
    for (const stored of this.deps.openTracks()) {
      if (this.#sync(stored, this.evaluate(stored, shared))) moved = true;
    }
    // Only a round that moved nothing is settled: after a move, the next round checks once more.
    this.#syncedAt = moved ? null : stamp;
    return moved;
  }

  /** The inputs' stamp (and day) of the last status round that moved nothing. */
  #syncedAt: string | null = null;

  /**
   * Re-checks statuses after any data change. Other slices change records that count here under
   * their own areas (a passed exam adds a credential), so every change is considered; the check is
   * cheap. A move is announced as a change to `tracks`, and the guard stops that announcement from
   * starting another round.
   */
  watch(): () => void {
    return this.deps.events.on('data:changed', () => {
      if (this.#syncing) return;
      this.#syncAndAnnounce(() => this.syncStatuses());
    });
  }

  #syncAndAnnounce(sync: () => boolean): void {
    if (this.#syncing) return;
    this.#syncing = true;
    let moved: boolean;
    try {
      moved = sync();
    } finally {
      this.#syncing = false;
    }
    // Announced after the change that caused it has been announced to everyone.
    if (moved) queueMicrotask(() => this.#announceTracks());
  }

  #announceTracks(): void {
    this.#syncing = true;
    try {
      this.deps.events.emit('data:changed', { areas: ['tracks'] });
    } finally {
      this.#syncing = false;
    }
  }

  #sync(track: Pick<Track, 'id' | 'status'>, evaluation: Evaluation): boolean {
    const move = eligibilityMove(track.status, evaluation.anyMet, evaluation.hasRecords);
    if (!move) return false;
    return this.deps.tracks.moveStatus(track.id, move.to, reasonFor(move, evaluation), move.from);
  }
}

function reasonFor(move: StatusMove, evaluation: Evaluation): string {
  const best = evaluation.bestIndex === null ? undefined : evaluation.outcomes[evaluation.bestIndex];
  switch (move.why) {
    case 'met':
      return best ? `Prerequisites met through the ${best.path.name} path` : 'Prerequisites met';
    case 'recording':
      return 'Started recording prerequisites';
    default: {
      const missing = best?.requirements.flatMap((r) => (r.missing ? [r.missing] : [])) ?? [];
      return `No prerequisite path is met any more${missing.length ? ` (missing: ${missing.join('; ')})` : ''}`;
    }
  }
}

function toPathResult(outcome: PathOutcome, projection: PathProjection, best: boolean): PathResult {
  return {
    pathId: outcome.path.id,
    name: outcome.path.name,
    met: outcome.met,
    best,
    requirements: outcome.requirements.map((r) => ({
      requirementId: r.requirement.id,
      kind: r.requirement.kind,
      label: r.requirement.label,
      met: r.met,
      have: r.have,
      need: r.need,
      unit: r.unit,
      summary: r.summary,
      missing: r.missing,
      metBySubstitute: r.metBySubstitute,
    })),
    missing: outcome.requirements.flatMap((r) => (r.missing ? [r.missing] : [])),
    projection:
      projection.kind === 'by-time'
        ? { kind: 'by-time', month: monthOf(projection.month), fromDate: firstDayOf(monthOf(projection.month)) }
        : projection.kind === 'not-by-time'
          ? { kind: 'not-by-time', reasons: projection.reasons, experienceMonth: projection.experienceMonth === null ? null : monthOf(projection.experienceMonth) }
          : { kind: 'met' },
  };
}
