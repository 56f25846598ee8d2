import { displayFileName } from '../../../../shared/fileNames';
import type { EvidenceFile } from '../../../../shared/schemas/evidence';
import type { Db } from '../connection';

interface EvidenceRow {
  id: string;
  sha256: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  created_at: string;
}

const COLUMNS = 'id, sha256, file_name, media_type, size_bytes, created_at';

export class EvidenceRepository {
  readonly #list;
  readonly #byId;
  readonly #countByHash;
  readonly #insert;
  readonly #delete;

  constructor(db: Db) {
    this.#list = db.prepare<[], EvidenceRow>(`SELECT ${COLUMNS} FROM evidence_files ORDER BY created_at DESC, id`);
    this.#byId = db.prepare<[string], EvidenceRow>(`SELECT ${COLUMNS} FROM evidence_files WHERE id = ?`);
    this.#countByHash = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM evidence_files WHERE sha256 = ?');
    this.#insert = db.prepare(
      `INSERT INTO evidence_files (${COLUMNS}) VALUES (@id, @sha256, @fileName, @mediaType, @sizeBytes, @createdAt)`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM evidence_files WHERE id = ?');
  }

  list(): EvidenceFile[] {
    return this.#list.all().map(toEvidence);
  }

  get(id: string): EvidenceFile | undefined {
    const row = this.#byId.get(id);
    return row ? toEvidence(row) : undefined;
  }

  countWithHash(sha256: string): number {
    return this.#countByHash.get(sha256)?.n ?? 0;
  }

  insert(file: EvidenceFile): void {
    this.#insert.run(file);
  }

  delete(id: string): void {
    this.#delete.run(id);
  }
}

function toEvidence(row: EvidenceRow): EvidenceFile {
  return {
    id: row.id,
    sha256: row.sha256,
    // Names stored before bidi controls were filtered are shown without them too.
    fileName: displayFileName(row.file_name),
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    createdAt: row.created_at,
  };
}
