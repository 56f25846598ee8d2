import type { ExamOutline } from '../../../../shared/schemas/certification';
import type { Track, TrackStatus, TrackStatusChange } from '../../../../shared/schemas/track';
import { parseStoredCertification, parseStoredOwnOutline } from './storedRules';
import { TrackStatusSchema } from '../../../../shared/schemas/track';
import type { Db } from '../connection';
import { KeptReads } from '../keptReads';
import type { TableVersions } from '../tableVersions';

interface TrackRow {
  id: string;
  certification_id: string | null;
  status: string;
  snapshot: string;
  snapshot_revision: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  catalog_revision: number | null;
  own_outline: string | null;
  rules_kept_revision: number | null;
  exam_date: string | null;
  booked: number | null;
}

/** A track as stored, with the exam date its outline follows; the outline in force is computed by the service. */
export type StoredTrack = Omit<Track, 'history' | 'outline'> & {
  /** The catalog's current revision of the entry, null once the entry is deleted. */
  catalogRevision: number | null;
  schedule: { examDate: string; booked: boolean } | null;
};

// The exam date decides which outline is in force, so it is read with the track.
const SELECT_TRACK = `
  SELECT t.id, t.certification_id, t.status, t.snapshot, t.snapshot_revision, t.archived_at,
         t.created_at, t.updated_at, c.revision AS catalog_revision, t.own_outline, t.rules_kept_revision,
         s.exam_date, s.booked
    FROM tracks t LEFT JOIN certifications c ON c.id = t.certification_id
                  LEFT JOIN exam_schedules s ON s.track_id = t.id`;

/** The tables a track is read from: a write to any re-reads the tracks. */
const TRACK_READS = ['tracks', 'certifications', 'exam_schedules'] as const;

export class TrackRepository {
  readonly #keptLists: KeptReads<StoredTrack[]>;
  readonly #keptTracks: KeptReads<StoredTrack | null>;
  readonly #list;
  readonly #listOpen;
  readonly #byId;
  readonly #openForCert;
  readonly #countForCert;
  readonly #insert;
  readonly #setStatus;
  readonly #setArchived;
  readonly #setSnapshot;
  readonly #delete;
  readonly #insertHistory;
  readonly #history;
  readonly #setOwnOutline;
  readonly #setKeptRevision;
  readonly #insertAdoption;

  /**
   * `versions`: the connection's write counters. Every status round, screen and plan reads the
   * tracks, and each read parsed every rules snapshot again (issue 10); the parsed tracks are kept
   * until a table they are read from is written. Callers get their own array; the tracks are shared, read-only.
   */
  constructor(
    private readonly db: Db,
    versions?: TableVersions,
  ) {
    this.#keptLists = new KeptReads(versions, TRACK_READS);
    this.#keptTracks = new KeptReads(versions, TRACK_READS);
    this.#list = db.prepare<[], TrackRow>(`${SELECT_TRACK} ORDER BY t.created_at DESC, t.id`);
    this.#listOpen = db.prepare<[], TrackRow>(
      `${SELECT_TRACK} WHERE t.archived_at IS NULL ORDER BY t.created_at DESC, t.id`,
    );
    this.#byId = db.prepare<[string], TrackRow>(`${SELECT_TRACK} WHERE t.id = ?`);
    this.#openForCert = db.prepare<[string], { id: string }>(
      'SELECT id FROM tracks WHERE certification_id = ? AND archived_at IS NULL',
    );
    this.#countForCert = db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM tracks WHERE certification_id = ?',
    );
    this.#insert = db.prepare(
      `INSERT INTO tracks (id, certification_id, status, snapshot, snapshot_revision, archived_at, created_at, updated_at)
       VALUES (@id, @certificationId, @status, @snapshot, @snapshotRevision, NULL, @at, @at)`,
    );
    this.#setStatus = db.prepare<[string, string, string]>(
      'UPDATE tracks SET status = ?, updated_at = ? WHERE id = ?',
    );
    this.#setArchived = db.prepare<[string | null, string, string]>(
      'UPDATE tracks SET archived_at = ?, updated_at = ? WHERE id = ?',
    );
    this.#setSnapshot = db.prepare<[string, number, string, string]>(
      'UPDATE tracks SET snapshot = ?, snapshot_revision = ?, updated_at = ? WHERE id = ?',
    );
    this.#delete = db.prepare<[string]>('DELETE FROM tracks WHERE id = ?');
    this.#setOwnOutline = db.prepare<[string | null, string, string]>('UPDATE tracks SET own_outline = ?, updated_at = ? WHERE id = ?');
    this.#setKeptRevision = db.prepare<[number | null, string, string]>('UPDATE tracks SET rules_kept_revision = ?, updated_at = ? WHERE id = ?');
    this.#insertAdoption = db.prepare<[string, number, number, string, string]>(
      'INSERT INTO rules_adoptions (track_id, from_revision, to_revision, changes, adopted_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.#insertHistory = db.prepare<[string, string, string, string]>(
      'INSERT INTO track_status_history (track_id, status, reason, changed_at) VALUES (?, ?, ?, ?)',
    );
    this.#history = db.prepare<[string], { status: string; reason: string; changed_at: string }>(
      'SELECT status, reason, changed_at FROM track_status_history WHERE track_id = ? ORDER BY id',
    );
  }

  list(includeArchived: boolean): StoredTrack[] {
    return [...this.#keptLists.get(String(includeArchived), () => (includeArchived ? this.#list : this.#listOpen).all().map(toTrack))];
  }

  get(id: string): StoredTrack | undefined {
    return (
      this.#keptTracks.get(id, () => {
        const row = this.#byId.get(id);
        return row ? toTrack(row) : null;
      }) ?? undefined
    );
  }

  history(id: string): TrackStatusChange[] {
    return this.#history.all(id).map((h) => ({
      status: TrackStatusSchema.parse(h.status),
      reason: h.reason,
      changedAt: h.changed_at,
    }));
  }

  openTrackIdFor(certificationId: string): string | undefined {
    return this.#openForCert.get(certificationId)?.id;
  }

  countFor(certificationId: string): number {
    return this.#countForCert.get(certificationId)?.n ?? 0;
  }

  insert(track: {
    id: string;
    certificationId: string;
    status: TrackStatus;
    snapshot: StoredTrack['snapshot'];
    at: string;
    reason: string;
  }): void {
    this.db.transaction(() => {
      this.#insert.run({
        id: track.id,
        certificationId: track.certificationId,
        status: track.status,
        snapshot: JSON.stringify(track.snapshot),
        snapshotRevision: track.snapshot.revision,
        at: track.at,
      });
      this.#insertHistory.run(track.id, track.status, track.reason, track.at);
    })();
  }

  setStatus(id: string, status: TrackStatus, reason: string, at: string): void {
    this.db.transaction(() => {
      this.#setStatus.run(status, at, id);
      this.#insertHistory.run(id, status, reason, at);
    })();
  }

  setArchived(id: string, archivedAt: string | null, at: string): void {
    this.#setArchived.run(archivedAt, at, id);
  }

  /**
   * Replaces the rules the track follows with newer catalog rules, recording the adoption (and
   * the change sentences shown) in the track's history, in one transaction.
   */
  adoptSnapshot(id: string, snapshot: StoredTrack['snapshot'], adoption: { fromRevision: number; changes: string[]; status: TrackStatus; reason: string }, at: string): void {
    this.db.transaction(() => {
      this.#setSnapshot.run(JSON.stringify(snapshot), snapshot.revision, at, id);
      this.#setKeptRevision.run(null, at, id);
      this.#insertAdoption.run(id, adoption.fromRevision, snapshot.revision, JSON.stringify(adoption.changes), at);
      this.#insertHistory.run(id, adoption.status, adoption.reason, at);
    })();
  }

  setKeptRevision(id: string, revision: number | null, at: string): void {
    this.#setKeptRevision.run(revision, at, id);
  }

  setOwnOutline(id: string, outline: ExamOutline | null, at: string): void {
    this.#setOwnOutline.run(outline === null ? null : JSON.stringify(outline), at, id);
  }

  delete(id: string): void {
    this.#delete.run(id);
  }
}

function toTrack(row: TrackRow): StoredTrack {
  const snapshot = parseStoredCertification(row.snapshot);
  const newer = row.catalog_revision !== null && row.catalog_revision > row.snapshot_revision;
  const kept = newer && row.rules_kept_revision !== null && row.rules_kept_revision >= (row.catalog_revision ?? 0);
  return {
    id: row.id,
    certificationId: row.certification_id,
    name: snapshot.name,
    acronym: snapshot.acronym,
    body: snapshot.body,
    status: TrackStatusSchema.parse(row.status),
    archived: row.archived_at !== null,
    newerRulesAvailable: newer && !kept,
    keptOlderRules: kept,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    snapshot,
    ownOutline: parseStoredOwnOutline(row.own_outline),
    catalogRevision: row.catalog_revision,
    schedule: row.exam_date === null ? null : { examDate: row.exam_date, booked: row.booked === 1 },
  };
}
