import type { Maintenance } from '../../../shared/schemas/certification';
import type { Credential, CredentialAddInput } from '../../../shared/schemas/credential';
import type { Track } from '../../../shared/schemas/track';
import { localDateOf } from '../clock';
import type { CredentialRepository, StoredCredential } from '../db/repositories/credentialRepository';
import { conflict, invalidField, notFound } from '../errors';
import { newId } from '../ids';
import type { CatalogService } from './catalogService';

type AddInput = Required<Omit<CredentialAddInput, 'certificationId' | 'credentialNumber'>> & {
  certificationId: string | null;
  credentialNumber: string | null;
};

/**
 * Credentials the person holds. Each keeps the renewal rules in force when it was earned or
 * added, so later catalog changes never rewrite an existing cycle.
 */
/** Names what still depends on a credential (e.g. "3 continuing-education activities"). */
export type CredentialRemovalGuard = (credentialId: string) => string[];

export class CredentialService {
  readonly #removalGuards: CredentialRemovalGuard[] = [];
  readonly #standingChecks: ((credential: StoredCredential) => boolean)[] = [];
  readonly #addedByHand: ((credential: StoredCredential) => void)[] = [];

  constructor(
    private readonly credentials: CredentialRepository,
    private readonly catalog: CatalogService,
    private readonly now: () => Date,
  ) {}

  list(): Credential[] {
    return this.credentials.list().map(publicView);
  }

  /** With the rules snapshot, for the engines (eligibility substitutes, renewal cycles). */
  listStored(): StoredCredential[] {
    return this.credentials.list();
  }

  /** Earned dates by product suite, for suite-level renewal (PeopleCert), read cheaply. */
  suiteMembers(): { earnedOn: string; suiteId: string | null }[] {
    return this.credentials.suiteMembers();
  }

  require(id: string): StoredCredential {
    const credential = this.credentials.get(id);
    if (!credential) throw notFound('credential', id);
    return credential;
  }

  /**
   * Catalog ids of every credential held in good standing, for prerequisite checks: PMI-PMOCP takes
   * "a PMP in good standing", so a suspended or expired one does not count.
   */
  heldCertificationIds(): Set<string> {
    const inGoodStanding = (c: StoredCredential) => this.#standingChecks.every((check) => check(c));
    return new Set(this.credentials.list().flatMap((c) => (c.certificationId && inGoodStanding(c) ? [c.certificationId] : [])));
  }

  /** Catalog ids of credentials held only out of good standing (suspended or expired). */
  lapsedCertificationIds(): Set<string> {
    const inGoodStanding = this.heldCertificationIds();
    const lapsed = this.credentials.list().flatMap((c) => (c.certificationId && !inGoodStanding.has(c.certificationId) ? [c.certificationId] : []));
    return new Set(lapsed);
  }

  /** The renewal slice says whether a credential is in good standing (not suspended or expired). */
  registerStandingCheck(check: (credential: StoredCredential) => boolean): void {
    this.#standingChecks.push(check);
  }

  add(input: AddInput): Credential {
    this.assertNotFuture(input.earnedOn);
    const at = this.now().toISOString();
    let identity = { name: input.name, acronym: input.acronym || input.name, body: input.body || 'Other' };
    let rules = null;
    if (input.certificationId) {
      const cert = this.catalog.require(input.certificationId);
      const existing = this.credentials.forCertification(cert.id)[0];
      if (existing) throw conflict(`You already hold ${cert.acronym} (earned ${existing.earnedOn}); edit that record instead`);
      identity = { name: cert.name, acronym: cert.acronym, body: cert.body };
      rules = cert;
    }
    const credential: StoredCredential = {
      id: newId('credential'),
      certificationId: input.certificationId,
      trackId: null,
      ...identity,
      credentialNumber: input.credentialNumber || null,
      earnedOn: input.earnedOn,
      origin: 'manual',
      notes: input.notes,
      hasRenewalRules: rules !== null,
      hasOwnRenewalRules: false,
      rulesRevision: rules?.revision ?? null,
      newerRulesAvailable: false,
      keptOlderRules: false,
      createdAt: at,
      updatedAt: at,
      rules,
      ownMaintenance: null,
    };
    this.credentials.insert(credential);
    for (const hook of this.#addedByHand) hook(credential);
    return publicView(credential);
  }

  /** The fair start asks, for a credential added by hand, what was earned before Certplan. */
  registerAddedByHand(hook: (credential: StoredCredential) => void): void {
    this.#addedByHand.push(hook);
  }

  update(id: string, patch: { credentialNumber?: string | null | undefined; earnedOn?: string | undefined; notes?: string | undefined }): Credential {
    const current = this.require(id);
    if (patch.earnedOn !== undefined) this.assertNotFuture(patch.earnedOn);
    const next = {
      id,
      credentialNumber: patch.credentialNumber !== undefined ? patch.credentialNumber || null : current.credentialNumber,
      earnedOn: patch.earnedOn ?? current.earnedOn,
      notes: patch.notes ?? current.notes,
      updatedAt: this.now().toISOString(),
    };
    this.credentials.update(next);
    return publicView(this.require(id));
  }

  /** Slices that keep records under a credential (renewal: activities, renewals) guard its removal. */
  registerRemovalGuard(guard: CredentialRemovalGuard): void {
    this.#removalGuards.push(guard);
  }

  remove(id: string): { id: string } {
    const credential = this.require(id);
    const dependants = this.#removalGuards.flatMap((guard) => guard(id));
    if (dependants.length > 0) {
      throw conflict(`${credential.acronym} still has ${dependants.join(' and ')} recorded; remove those first, they are your audit trail`);
    }
    this.credentials.delete(id);
    return { id };
  }

  /**
   * The credential a passed exam creates (exam slice), under the track's rules snapshot. Passing
   * again on the same track updates the one record instead of adding a second.
   */
  recordEarnedThroughTrack(track: Track, earnedOn: string, credentialNumber: string | null): Credential {
    this.assertNotFuture(earnedOn, 'earnedOn');
    const at = this.now().toISOString();
    const existing = this.credentials.forTrack(track.id);
    if (existing) {
      this.credentials.update({ id: existing.id, credentialNumber, earnedOn, notes: existing.notes, updatedAt: at });
      return publicView(this.require(existing.id));
    }
    const credential: StoredCredential = {
      id: newId('credential'),
      certificationId: track.certificationId,
      trackId: track.id,
      name: track.snapshot.name,
      acronym: track.snapshot.acronym,
      body: track.snapshot.body,
      credentialNumber,
      earnedOn,
      origin: 'track',
      notes: '',
      hasRenewalRules: true,
      hasOwnRenewalRules: false,
      rulesRevision: track.snapshot.revision,
      newerRulesAvailable: false,
      keptOlderRules: false,
      createdAt: at,
      updatedAt: at,
      rules: track.snapshot,
      ownMaintenance: null,
    };
    this.credentials.insert(credential);
    return publicView(credential);
  }

  private assertNotFuture(date: string, field = 'earnedOn'): void {
    if (date > localDateOf(this.now())) throw invalidField(field, 'Cannot be in the future');
  }
}

function publicView({ rules: _rules, ownMaintenance: _own, ...credential }: StoredCredential): Credential {
  return credential;
}

/** The renewal rules the engines apply to a credential: the person's own where they filled them in, else the catalog's snapshot. */
export function effectiveMaintenance(credential: Pick<StoredCredential, 'rules' | 'ownMaintenance'>): Maintenance | null {
  return credential.ownMaintenance ?? credential.rules?.maintenance ?? null;
}
