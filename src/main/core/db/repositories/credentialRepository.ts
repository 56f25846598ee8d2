import { type Certification, CertificationSchema } from '../../../../shared/schemas/certification';
import type { Credential } from '../../../../shared/schemas/credential';
import type { Db } from '../connection';

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
}

/** A credential with the rules it was earned under; the snapshot stays in the core. */
export type StoredCredential = Credential & { rules: Certification | null };

const COLUMNS = `id, certification_id, track_id, name, acronym, body, credential_number, earned_on,
  rules_snapshot, origin, notes, created_at, updated_at`;

export class CredentialRepository {
  readonly #list;
  readonly #byId;
  readonly #byTrack;
  readonly #byCertification;
  readonly #insert;
  readonly #update;
  readonly #delete;

  constructor(db: Db) {
    this.#list = db.prepare<[], CredentialRow>(`SELECT ${COLUMNS} FROM credentials ORDER BY earned_on DESC, id`);
    this.#byId = db.prepare<[string], CredentialRow>(`SELECT ${COLUMNS} FROM credentials WHERE id = ?`);
    this.#byTrack = db.prepare<[string], CredentialRow>(`SELECT ${COLUMNS} FROM credentials WHERE track_id = ?`);
    this.#byCertification = db.prepare<[string], CredentialRow>(
      `SELECT ${COLUMNS} FROM credentials WHERE certification_id = ? ORDER BY earned_on DESC`,
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
    return this.#list.all().map(toCredential);
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
    this.#insert.run({ ...c, rules: c.rules ? JSON.stringify(c.rules) : null });
  }

  update(c: Pick<StoredCredential, 'id' | 'credentialNumber' | 'earnedOn' | 'notes' | 'updatedAt'>): void {
    this.#update.run(c);
  }

  delete(id: string): void {
    this.#delete.run(id);
  }
}

function toCredential(row: CredentialRow): StoredCredential {
  const rules = row.rules_snapshot ? CertificationSchema.parse(JSON.parse(row.rules_snapshot)) : null;
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    rules,
  };
}
