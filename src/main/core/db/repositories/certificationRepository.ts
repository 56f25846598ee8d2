import type { Certification } from '../../../../shared/schemas/certification';
import { parseStoredCertification } from './storedRules';
import type { Db } from '../connection';

interface CertificationRow {
  id: string;
  data: string;
}

/** Catalog entries. The JSON column is re-validated on read: an old row must not reach a view unchecked. */
export class CertificationRepository {
  readonly #all;
  readonly #byId;
  readonly #insert;
  readonly #update;
  readonly #delete;
  readonly #revisionsById;
  readonly #acronyms;
  readonly #tags;

  constructor(db: Db) {
    this.#all = db.prepare<[], CertificationRow>('SELECT id, data FROM certifications ORDER BY id');
    this.#byId = db.prepare<[string], CertificationRow>(
      'SELECT id, data FROM certifications WHERE id = ?',
    );
    this.#insert = db.prepare(
      `INSERT INTO certifications (id, origin, body, name, acronym, level, revision, data, created_at, updated_at)
       VALUES (@id, @origin, @body, @name, @acronym, @level, @revision, @data, @updatedAt, @updatedAt)`,
    );
    this.#update = db.prepare(
      `UPDATE certifications
          SET body = @body, name = @name, acronym = @acronym, level = @level,
              revision = @revision, data = @data, updated_at = @updatedAt
        WHERE id = @id AND origin = @origin`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM certifications WHERE id = ?');
    this.#revisionsById = db.prepare<[], { id: string; origin: string; revision: number }>(
      'SELECT id, origin, revision FROM certifications',
    );
    this.#acronyms = db.prepare<[], { id: string; acronym: string }>('SELECT id, acronym FROM certifications');
    this.#tags = db.prepare<[], { id: string; tags: string | null }>("SELECT id, json_extract(data, '$.tags') AS tags FROM certifications");
  }

  /** Acronyms by id, without parsing every entry (messages name credentials: "hold CAPM"). */
  acronymsById(): Map<string, string> {
    return new Map(this.#acronyms.all().map((r) => [r.id, r.acronym]));
  }

  /** Tags by id (`agile`), for requirements that name a kind of certification; rows without tags have none. */
  tagsById(): Map<string, readonly string[]> {
    return new Map(
      this.#tags.all().map((r) => {
        const tags: unknown = r.tags === null ? [] : JSON.parse(r.tags);
        return [r.id, Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : []];
      }),
    );
  }

  listAll(): Certification[] {
    return this.#all.all().map(toCertification);
  }

  get(id: string): Certification | undefined {
    const row = this.#byId.get(id);
    return row ? toCertification(row) : undefined;
  }

  revisions(): Map<string, { origin: string; revision: number }> {
    return new Map(this.#revisionsById.all().map((r) => [r.id, r]));
  }

  insert(cert: Certification): void {
    this.#insert.run(toParams(cert));
  }

  update(cert: Certification): void {
    this.#update.run(toParams(cert));
  }

  delete(id: string): void {
    this.#delete.run(id);
  }
}

function toParams(cert: Certification) {
  return {
    id: cert.id,
    origin: cert.origin,
    body: cert.body,
    name: cert.name,
    acronym: cert.acronym,
    level: cert.level,
    revision: cert.revision,
    data: JSON.stringify(cert),
    updatedAt: cert.updatedAt,
  };
}

function toCertification(row: CertificationRow): Certification {
  return parseStoredCertification(row.data);
}
