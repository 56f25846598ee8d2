import type { Db } from '../../connection';

export interface StoredMedia {
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
}

interface MediaRow {
  sha256: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  created_at: string;
}

export class MediaRepository {
  readonly #get;
  readonly #insert;

  constructor(db: Db) {
    this.#get = db.prepare<[string], MediaRow>('SELECT sha256, file_name, media_type, size_bytes, created_at FROM flashcard_media WHERE sha256 = ?');
    this.#insert = db.prepare(
      `INSERT INTO flashcard_media (sha256, file_name, media_type, size_bytes, created_at)
       VALUES (@sha256, @fileName, @mediaType, @sizeBytes, @createdAt) ON CONFLICT (sha256) DO NOTHING`,
    );
  }

  get(sha256: string): StoredMedia | undefined {
    const row = this.#get.get(sha256);
    return row ? { sha256: row.sha256, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, createdAt: row.created_at } : undefined;
  }

  insert(media: StoredMedia): void {
    this.#insert.run(media);
  }
}
