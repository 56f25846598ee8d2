import type { CeActivity } from '../../../../shared/schemas/ce';
import type { Db } from '../connection';

interface ActivityRow {
  id: string;
  activity_date: string;
  title: string;
  provider: string;
  units: number;
  category_id: string;
  activity_type_id: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

type CredentialLink = { activity_id: string; credential_id: string };
type EvidenceLink = { activity_id: string; evidence_id: string };

const COLUMNS = 'a.id, a.activity_date, a.title, a.provider, a.units, a.category_id, a.activity_type_id, a.notes, a.created_at, a.updated_at';

/** Continuing-education activities with the credentials they count toward and their evidence. */
export class CeActivityRepository {
  readonly #byId;
  readonly #all;
  readonly #forCredential;
  readonly #credentialLinks;
  readonly #credentialLinksOfCredential;
  readonly #evidenceLinksOfCredential;
  readonly #evidenceLinks;
  readonly #insert;
  readonly #update;
  readonly #delete;
  readonly #linkCredential;
  readonly #unlinkCredentials;
  readonly #linkEvidence;
  readonly #unlinkEvidence;
  readonly #usingEvidence;
  readonly #credentialLinksOf;
  readonly #evidenceLinksOf;

  constructor(private readonly db: Db) {
    this.#byId = db.prepare<[string], ActivityRow>(`SELECT ${COLUMNS} FROM ce_activities a WHERE a.id = ?`);
    this.#all = db.prepare<[], ActivityRow>(`SELECT ${COLUMNS} FROM ce_activities a ORDER BY a.activity_date, a.id`);
    this.#forCredential = db.prepare<[string], ActivityRow>(
      `SELECT ${COLUMNS} FROM ce_activity_credentials l JOIN ce_activities a ON a.id = l.activity_id
        WHERE l.credential_id = ? ORDER BY a.activity_date, a.id`,
    );
    this.#credentialLinksOfCredential = db.prepare<[string], CredentialLink>(
      `SELECT o.activity_id, o.credential_id FROM ce_activity_credentials l JOIN ce_activity_credentials o ON o.activity_id = l.activity_id
        WHERE l.credential_id = ? ORDER BY o.activity_id, o.credential_id`,
    );
    this.#evidenceLinksOfCredential = db.prepare<[string], EvidenceLink>(
      `SELECT e.activity_id, e.evidence_id FROM ce_activity_credentials l JOIN ce_activity_evidence e ON e.activity_id = l.activity_id
        WHERE l.credential_id = ? ORDER BY e.activity_id, e.position`,
    );
    this.#credentialLinks = db.prepare<[], { activity_id: string; credential_id: string }>(
      'SELECT activity_id, credential_id FROM ce_activity_credentials ORDER BY activity_id, credential_id',
    );
    this.#evidenceLinks = db.prepare<[], { activity_id: string; evidence_id: string }>(
      'SELECT activity_id, evidence_id FROM ce_activity_evidence ORDER BY activity_id, position',
    );
    this.#credentialLinksOf = db.prepare<[string], { activity_id: string; credential_id: string }>(
      'SELECT activity_id, credential_id FROM ce_activity_credentials WHERE activity_id = ? ORDER BY credential_id',
    );
    this.#evidenceLinksOf = db.prepare<[string], { activity_id: string; evidence_id: string }>(
      'SELECT activity_id, evidence_id FROM ce_activity_evidence WHERE activity_id = ? ORDER BY position',
    );
    this.#insert = db.prepare(
      `INSERT INTO ce_activities (id, activity_date, title, provider, units, category_id, activity_type_id, notes, created_at, updated_at)
       VALUES (@id, @date, @title, @provider, @units, @categoryId, @activityTypeId, @notes, @createdAt, @updatedAt)`,
    );
    this.#update = db.prepare(
      `UPDATE ce_activities SET activity_date = @date, title = @title, provider = @provider, units = @units,
              category_id = @categoryId, activity_type_id = @activityTypeId, notes = @notes, updated_at = @updatedAt WHERE id = @id`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM ce_activities WHERE id = ?');
    this.#linkCredential = db.prepare<[string, string]>('INSERT INTO ce_activity_credentials (activity_id, credential_id) VALUES (?, ?)');
    this.#unlinkCredentials = db.prepare<[string]>('DELETE FROM ce_activity_credentials WHERE activity_id = ?');
    this.#linkEvidence = db.prepare<[string, string, number]>('INSERT INTO ce_activity_evidence (activity_id, evidence_id, position) VALUES (?, ?, ?)');
    this.#unlinkEvidence = db.prepare<[string]>('DELETE FROM ce_activity_evidence WHERE activity_id = ?');
    this.#usingEvidence = db.prepare<[string], { title: string; activity_date: string }>(
      `SELECT a.title, a.activity_date FROM ce_activity_evidence e JOIN ce_activities a ON a.id = e.activity_id
        WHERE e.evidence_id = ? ORDER BY a.activity_date`,
    );
  }

  get(id: string): CeActivity | undefined {
    const row = this.#byId.get(id);
    return row ? this.#withLinks([row])[0] : undefined;
  }

  /** Every activity, oldest first; the data of one person stays small enough to read whole. */
  listAll(): CeActivity[] {
    return this.#withLinks(this.#all.all());
  }

  forCredential(credentialId: string): CeActivity[] {
    // One credential's activities read the links of those activities only, not the tables whole.
    const rows = this.#forCredential.all(credentialId);
    if (rows.length <= FEW_ROWS) return this.#withLinks(rows);
    return this.#withLinks(rows, { credentials: this.#credentialLinksOfCredential.all(credentialId), evidence: this.#evidenceLinksOfCredential.all(credentialId) });
  }

  insert(activity: CeActivity): void {
    this.db.transaction(() => {
      this.#insert.run(activity);
      this.#writeLinks(activity);
    })();
  }

  /** Many activities in one transaction (the bulk path). */
  insertAll(activities: readonly CeActivity[]): void {
    this.db.transaction(() => {
      for (const activity of activities) {
        this.#insert.run(activity);
        this.#writeLinks(activity);
      }
    })();
  }

  update(activity: CeActivity): void {
    this.db.transaction(() => {
      this.#update.run(activity);
      this.#unlinkCredentials.run(activity.id);
      this.#unlinkEvidence.run(activity.id);
      this.#writeLinks(activity);
    })();
  }

  delete(id: string): void {
    this.#delete.run(id);
  }

  /** "CE activity: …" lines for the evidence list, so a file in use cannot be deleted. */
  usesOfEvidence(evidenceId: string): { title: string; date: string }[] {
    return this.#usingEvidence.all(evidenceId).map((r) => ({ title: r.title, date: r.activity_date }));
  }

  #writeLinks(activity: CeActivity): void {
    for (const credentialId of activity.credentialIds) this.#linkCredential.run(activity.id, credentialId);
    activity.evidenceIds.forEach((evidenceId, position) => this.#linkEvidence.run(activity.id, evidenceId, position));
  }

  #withLinks(rows: ActivityRow[], links?: { credentials: CredentialLink[]; evidence: EvidenceLink[] }): CeActivity[] {
    if (rows.length === 0) return [];
    // A few activities read their own links through the primary key; many read the tables whole.
    const few = rows.length <= FEW_ROWS;
    const credentialLinks = links?.credentials ?? (few ? rows.flatMap((r) => this.#credentialLinksOf.all(r.id)) : this.#credentialLinks.all());
    const evidenceLinks = links?.evidence ?? (few ? rows.flatMap((r) => this.#evidenceLinksOf.all(r.id)) : this.#evidenceLinks.all());
    const credentials = groupBy(credentialLinks, (l) => l.activity_id, (l) => l.credential_id);
    const evidence = groupBy(evidenceLinks, (l) => l.activity_id, (l) => l.evidence_id);
    return rows.map((row) => ({
      id: row.id,
      date: row.activity_date,
      title: row.title,
      provider: row.provider,
      units: row.units,
      categoryId: row.category_id,
      activityTypeId: row.activity_type_id,
      notes: row.notes,
      credentialIds: credentials.get(row.id) ?? [],
      evidenceIds: evidence.get(row.id) ?? [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}

/** Up to this many activities read their links one by one (issue 10: a lookup, not two table scans). */
const FEW_ROWS = 20;

function groupBy<T>(items: T[], key: (item: T) => string, value: (item: T) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(value(item));
    else map.set(key(item), [value(item)]);
  }
  return map;
}
