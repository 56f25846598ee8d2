import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UPLOAD_CHUNK_BYTES, type Upload } from '../../../../../shared/schemas/flashcards/imports';
import { conflict, invalidField, notFound } from '../../../errors';
import { newId } from '../../../ids';

export const UPLOADS_DIR_NAME = 'import-uploads';
/** An upload nobody used for this long is thrown away. */
const UPLOAD_TTL_MS = 60 * 60_000;

interface StoredUpload {
  id: string;
  fileName: string;
  sizeBytes: number;
  receivedBytes: number;
  path: string;
  touchedAt: number;
}

/**
 * Files on their way to an import, received in chunks (a package may be far larger than one
 * request may carry) into `<dataDir>/import-uploads/`. They live for an hour at most and never
 * outlive the process that received them (left-overs are cleared at start).
 */
export class UploadStore {
  readonly #dir: string;
  readonly #uploads = new Map<string, StoredUpload>();

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.#dir = join(dataDir, UPLOADS_DIR_NAME);
    rmSync(this.#dir, { recursive: true, force: true });
  }

  start(fileName: string, sizeBytes: number): Upload {
    this.expire();
    mkdirSync(this.#dir, { recursive: true });
    const id = newId('upload');
    const upload: StoredUpload = { id, fileName, sizeBytes, receivedBytes: 0, path: join(this.#dir, id), touchedAt: this.now().getTime() };
    closeSync(openSync(upload.path, 'w', 0o600));
    this.#uploads.set(id, upload);
    return this.view(upload);
  }

  append(id: string, offset: number, bytes: Uint8Array): Upload {
    const upload = this.require(id);
    if (offset !== upload.receivedBytes) throw invalidField('offset', `Expected the chunk at byte ${upload.receivedBytes}`);
    if (bytes.length === 0) throw invalidField('contentBase64', 'The chunk is empty');
    if (upload.receivedBytes + bytes.length > upload.sizeBytes) throw invalidField('contentBase64', 'The chunk goes past the size given when the upload started');
    const fd = openSync(upload.path, 'a');
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    upload.receivedBytes += bytes.length;
    upload.touchedAt = this.now().getTime();
    return this.view(upload);
  }

  /** The whole file, once every byte has arrived. */
  read(id: string): { fileName: string; bytes: Uint8Array } {
    const upload = this.require(id);
    if (upload.receivedBytes !== upload.sizeBytes) {
      throw conflict(`“${upload.fileName}” has not finished uploading (${upload.receivedBytes} of ${upload.sizeBytes} bytes)`);
    }
    upload.touchedAt = this.now().getTime();
    return { fileName: upload.fileName, bytes: readFileSync(upload.path) };
  }

  discard(id: string): { uploadId: string } {
    const upload = this.#uploads.get(id);
    if (upload) {
      rmSync(upload.path, { force: true });
      this.#uploads.delete(id);
    }
    return { uploadId: id };
  }

  private require(id: string): StoredUpload {
    const upload = this.#uploads.get(id);
    if (!upload) throw notFound('upload', id, 'uploadId');
    return upload;
  }

  private expire(): void {
    const cutoff = this.now().getTime() - UPLOAD_TTL_MS;
    for (const upload of [...this.#uploads.values()]) if (upload.touchedAt < cutoff) this.discard(upload.id);
  }

  private view(u: StoredUpload): Upload {
    return { uploadId: u.id, fileName: u.fileName, sizeBytes: u.sizeBytes, receivedBytes: u.receivedBytes, complete: u.receivedBytes === u.sizeBytes, chunkBytes: UPLOAD_CHUNK_BYTES };
  }
}
