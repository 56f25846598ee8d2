import type { Certification } from '../../../../shared/schemas/certification';
import type { AdoptionResult, DerivedChange, RulesUpdatePreview } from '../../../../shared/schemas/rulesUpdate';
import { localDateOf } from '../../clock';
import type { CredentialRepository, StoredCredential } from '../../db/repositories/credentialRepository';
import type { StoredTrack, TrackRepository } from '../../db/repositories/trackRepository';
import { describeRulesChanges } from '../../domain/rulesDiff/describeRulesChanges';
import { conflict, notFound } from '../../errors';
import type { CatalogService } from '../catalogService';
import { type DerivedFigures, credentialFigures, trackFigures } from './derivedFigures';

/** The one thing newer catalog rules are offered to and adopted by. */
export type RulesTarget = { kind: 'track'; id: string } | { kind: 'credential'; id: string };

export interface RulesAdoptionDeps {
  tracks: TrackRepository;
  credentials: CredentialRepository;
  catalog: CatalogService;
  /** Acronyms by catalog id, for change sentences ("or hold CAPM"). */
  nameOf: () => (id: string) => string;
  /** Derived figures under a given rule set, so a preview shows what would change. */
  figures: DerivedFigures;
  now: () => Date;
}

/**
 * Newer catalog rules reach people here, and only here: a preview that says what changes field by
 * field and which derived figures move, then the person's choice — adopt the new rules, or keep the
 * ones they follow. Nothing the person entered (experience, training, activities, plans, sessions)
 * is touched either way; adopting replaces the rules snapshot and records the adoption.
 *
 * Every adoption, for tracks and credentials alike, goes through `adoptLatestRules`, so anything
 * that must happen before rules change (a backup) has one place to hook in.
 */
export class RulesAdoptionService {
  constructor(private readonly deps: RulesAdoptionDeps) {}

  preview(target: RulesTarget): RulesUpdatePreview {
    const { current, latest, on, acronym, kept, ownRulesNote } = this.#resolve(target);
    const available = latest !== null && latest.revision > current.revision;
    const next = available ? latest : current;
    const changes = available ? describeRulesChanges(current, next, on, this.deps.nameOf()) : [];
    return {
      target: target.kind,
      id: target.id,
      acronym,
      available,
      fromRevision: current.revision,
      toRevision: next.revision,
      kept,
      changes,
      derived: available ? this.#derived(target, current, next) : [],
      ownRulesNote,
    };
  }

  /**
   * Replaces the rules a track or credential follows with the catalog's latest revision. Throws a
   * conflict when there is nothing newer (or the catalog entry was deleted), changing nothing.
   */
  adoptLatestRules(target: RulesTarget): AdoptionResult {
    const { current, latest, on, acronym } = this.#resolve(target);
    if (latest === null) throw conflict(`The catalog entry behind ${acronym} was deleted; its rules can no longer change`);
    if (latest.revision <= current.revision) throw conflict(`${acronym} already follows the catalog’s latest rules (revision ${current.revision})`);
    const changes = describeRulesChanges(current, latest, on, this.deps.nameOf()).map((c) => c.text);
    const at = this.deps.now().toISOString();
    const adoption = { fromRevision: current.revision, changes };
    if (target.kind === 'track') {
      const track = this.#track(target.id);
      this.deps.tracks.adoptSnapshot(target.id, latest, { ...adoption, status: track.status, reason: `Adopted ${acronym} rules revision ${latest.revision} (was ${current.revision})` }, at);
    } else {
      this.deps.credentials.adoptRules(target.id, latest, adoption, at);
    }
    return { target: target.kind, id: target.id, fromRevision: current.revision, toRevision: latest.revision, changes };
  }

  /** "Keep my current rules": the notice about this catalog revision goes quiet; a later revision shows again. */
  keepCurrentRules(target: RulesTarget): RulesUpdatePreview {
    const { current, latest, acronym } = this.#resolve(target);
    if (latest === null || latest.revision <= current.revision) throw conflict(`${acronym} has no newer catalog rules to decline`);
    const at = this.deps.now().toISOString();
    if (target.kind === 'track') this.deps.tracks.setKeptRevision(target.id, latest.revision, at);
    else this.deps.credentials.setKeptRevision(target.id, latest.revision, at);
    return this.preview(target);
  }

  #track(id: string): StoredTrack {
    const track = this.deps.tracks.get(id);
    if (!track) throw notFound('track', id);
    return track;
  }

  #credential(id: string): StoredCredential {
    const credential = this.deps.credentials.get(id);
    if (!credential) throw notFound('credential', id);
    return credential;
  }

  #resolve(target: RulesTarget) {
    const today = localDateOf(this.deps.now());
    if (target.kind === 'track') {
      const track = this.#track(target.id);
      const latest = track.certificationId ? (this.deps.catalog.find(track.certificationId) ?? null) : null;
      return {
        current: track.snapshot,
        latest,
        on: track.schedule?.examDate ?? today,
        acronym: track.acronym,
        kept: track.keptOlderRules,
        ownRulesNote: track.ownOutline ? 'You filled in your own exam outline for this track; it stays in use whichever rules you choose.' : null,
      };
    }
    const credential = this.#credential(target.id);
    if (credential.rules === null) throw conflict(`${credential.acronym} is not from the catalog, so there are no catalog rules to adopt`);
    const latest = credential.certificationId ? (this.deps.catalog.find(credential.certificationId) ?? null) : null;
    return {
      current: credential.rules,
      latest,
      on: today,
      acronym: credential.acronym,
      kept: credential.keptOlderRules,
      ownRulesNote: credential.ownMaintenance ? 'You filled in your own renewal rules for this credential; they stay in use whichever rules you choose.' : null,
    };
  }

  #derived(target: RulesTarget, current: Certification, next: Certification): DerivedChange[] {
    const [before, after] =
      target.kind === 'track'
        ? [trackFigures(this.deps.figures, this.#track(target.id), current), trackFigures(this.deps.figures, this.#track(target.id), next)]
        : [credentialFigures(this.deps.figures, this.#credential(target.id), current), credentialFigures(this.deps.figures, this.#credential(target.id), next)];
    return before.flatMap((figure, i) => {
      const later = after[i];
      return later && later.value !== figure.value ? [{ label: figure.label, before: figure.value, after: later.value }] : [];
    });
  }
}
