import type { Certification, Maintenance } from '../../../../shared/schemas/certification';
import type { Credential } from '../../../../shared/schemas/credential';
import type { TableVersions } from '../tableVersions';
import type { Db } from '../connection';
import { KeptReads } from '../keptReads';
import { parseStoredCertification, parseStoredOwnMaintenance } from './storedRules';

interface CredentialRow {
  id: string;
  certification_id: string | null;
  track_id: string | null;
  name: string;
  acronym: string;
  body: string;
  credential_number: string | null;
  earned_on: string;
  rules_snapshot: string | null;
  origin: 'manual' | 'track';
  notes: string;
  created_at: string;
  updated_at: string;
  own_maintenance: string | null;
  rules_kept_revision: number | null;
  catalog_revision: number | null;
}

/** A credential with the rules it was earned under (and the person's own, if filled in); these stay in the core. */
export type StoredCredential = Credential & { rules: Certification | null; ownMaintenance: Maintenance | null };

const COLUMNS = `id, certification_id, track_id, name, acronym, body, credential_number, earned_on,
  rules_snapshot, origin, notes, created_at, updated_at`;

// The catalog's current revision tells whether newer rules are available.
const SELECT = `SELECT c.id, c.certification_id, c.track_id, c.name, c.acronym, c.body, c.credential_number, c.earned_on,
  c.rules_snapshot, c.origin, c.notes, c.created_at, c.updated_at, c.own_maintenance, c.rules_kept_revision,
  cat.revision AS catalog_revision
  FROM credentials c LEFT JOIN certifications cat ON cat.id = c.certification_id`;

/** The tables `list` reads: a write to either re-reads it. */
const LIST_READS = ['credentials', 'certifications'] as const;

export class CredentialRepository {
  readonly #kept: KeptReads<StoredCredential[]>;
  readonly #list;
  readonly #byId;
  readonly #byTrack;
  readonly #byCertification;
  readonly #insert;
  readonly #update;
  readonly #delete;
  readonly #setOwnMaintenance;
  readonly #setKeptRevision;
  readonly #setRules;
  readonly #insertAdoption;
  readonly #suites;

  /**
   * `versions`: the connection's write counters. The list is read on every status round (each
   * credential's standing) and every renewal read; parsing each rules snapshot again cost more
   * than the rest of a CE write (issue 10), so the parsed list is kept until either table it
   * reads is written. Callers get their own array; the credentials in it are shared, read-only.
   */
  constructor(
    private readonly db: Db,
    versions?: TableVersions,
  ) {
    this.#kept = new KeptReads(versions, LIST_READS);
    this.#list = db.prepare<[], CredentialRow>(`${SELECT} ORDER BY c.earned_on DESC, c.id`);
    this.#byId = db.prepare<[string], CredentialRow>(`${SELECT} WHERE c.id = ?`);
    this.#byTrack = db.prepare<[string], CredentialRow>(`${SELECT} WHERE c.track_id = ?`);
    this.#byCertification = db.prepare<[string], CredentialRow>(`${SELECT} WHERE c.certification_id = ? ORDER BY c.earned_on DESC`);
    // A person's own rules name the suite first; otherwise the catalog snapshot's.
    this.#suites = db.prepare<[], { earned_on: string; suite_id: string | null }>(
      `SELECT earned_on, COALESCE(json_extract(own_maintenance, '$.suite.id'), json_extract(rules_snapshot, '$.maintenance.suite.id')) AS suite_id
         FROM credentials`,
    );
    this.#setOwnMaintenance = db.prepare<[string | null, string, string]>('UPDATE credentials SET own_maintenance = ?, updated_at = ? WHERE id = ?');
    this.#setKeptRevision = db.prepare<[number | null, string, string]>('UPDATE credentials SET rules_kept_revision = ?, updated_at = ? WHERE id = ?');
    this.#setRules = db.prepare<[string, string, string]>('UPDATE credentials SET rules_snapshot = ?, rules_kept_revision = NULL, updated_at = ? WHERE id = ?');
    this.#insertAdoption = db.prepare<[string, number, number, string, string]>(
      'INSERT INTO rules_adoptions (credential_id, from_revision, to_revision, changes, adopted_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.#insert = db.prepare(
      `INSERT INTO credentials (${COLUMNS})
       VALUES (@id, @certificationId, @trackId, @name, @acronym, @body, @credentialNumber, @earnedOn,
               @rules, @origin, @notes, @createdAt, @updatedAt)`,
    );
    this.#update = db.prepare(
      `UPDATE credentials SET credential_number = @credentialNumber, earned_on = @earnedOn, notes = @notes,
              updated_at = @updatedAt WHERE id = @id`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM credentials WHERE id = ?');
  }

  list(): StoredCredential[] {
    return [...this.#kept.get('list', () => this.#list.all().map(toCredential))];
  }

  get(id: string): StoredCredential | undefined {
    const row = this.#byId.get(id);
    return row ? toCredential(row) : undefined;
  }

  forTrack(trackId: string): StoredCredential | undefined {
    const row = this.#byTrack.get(trackId);
    return row ? toCredential(row) : undefined;
  }

  forCertification(certificationId: string): StoredCredential[] {
    return this.#byCertification.all(certificationId).map(toCredential);
  }

  insert(c: StoredCredential): void {
    this.#insert.run({
      id: c.id,
      certificationId: c.certificationId,
      trackId: c.trackId,
      name: c.name,
      acronym: c.acronym,
      body: c.body,
      credentialNumber: c.credentialNumber,
      earnedOn: c.earnedOn,
      rules: c.rules ? JSON.stringify(c.rules) : null,
      origin: c.origin,
      notes: c.notes,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    });
  }

  update(c: Pick<StoredCredential, 'id' | 'credentialNumber' | 'earnedOn' | 'notes' | 'updatedAt'>): void {
    this.#update.run(c);
  }

  delete(id: string): void {
    this.#delete.run(id);
  }

  /** Each credential's earned date and product suite, without parsing every rules snapshot. */
  suiteMembers(): { earnedOn: string; suiteId: string | null }[] {
    return this.#suites.all().map((r) => ({ earnedOn: r.earned_on, suiteId: r.suite_id }));
  }

  setOwnMaintenance(id: string, maintenance: Maintenance | null, at: string): void {
    this.#setOwnMaintenance.run(maintenance === null ? null : JSON.stringify(maintenance), at, id);
  }

  setKeptRevision(id: string, revision: number | null, at: string): void {
    this.#setKeptRevision.run(revision, at, id);
  }

  /** Replaces the rules the credential follows with newer catalog rules and records the adoption, in one transaction. */
  adoptRules(id: string, rules: Certification, adoption: { fromRevision: number; changes: string[] }, at: string): void {
    this.db.transaction(() => {
      this.#setRules.run(JSON.stringify(rules), at, id);
      this.#insertAdoption.run(id, adoption.fromRevision, rules.revision, JSON.stringify(adoption.changes), at);
    })();
  }
}

function toCredential(row: CredentialRow): StoredCredential {
  const rules = row.rules_snapshot ? parseStoredCertification(row.rules_snapshot) : null;
  const ownMaintenance = parseStoredOwnMaintenance(row.own_maintenance);
  const newer = rules !== null && row.catalog_revision !== null && row.catalog_revision > rules.revision;
  const kept = newer && row.rules_kept_revision !== null && row.rules_kept_revision >= (row.catalog_revision ?? 0);
  return {
    id: row.id,
    certificationId: row.certification_id,
    trackId: row.track_id,
    name: row.name,
    acronym: row.acronym,
    body: row.body,
    credentialNumber: row.credential_number,
    earnedOn: row.earned_on,
    origin: row.origin,
    notes: row.notes,
    hasRenewalRules: rules !== null,
    hasOwnRenewalRules: ownMaintenance !== null,
    rulesRevision: rules?.revision ?? null,
    newerRulesAvailable: newer && !kept,
    keptOlderRules: kept,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    rules,
    ownMaintenance,
  };
}
