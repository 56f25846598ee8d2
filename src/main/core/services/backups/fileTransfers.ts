import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type FileChunk, MAX_UPLOAD_BYTES, TRANSFER_CHUNK_BYTES } from '../../../../shared/schemas/backups';
import { AppFailure, conflict, invalidField, notFound } from '../../errors';
import { isDiskFull } from '../../fileSafety';

export const STAGING_DIR_NAME = 'staging';

interface Upload {
  file: string;
  fileName: string;
  sizeBytes: number;
  received: number;
}

/**
 * Archives travel between the renderer and the core in base64 chunks inside ordinary contract
 * calls, so restoring from a file, importing and downloading work the same in the desktop app and
 * in the browser and no host needs a file API of its own. Uploads land in `<dataDir>/staging`
 * (swept at every start) and are used once: by a restore or an import here, or by another slice
 * through `finishedUpload` (a flashcard package).
 */
export class FileTransfers {
  readonly stagingDir: string;
  readonly #uploads = new Map<string, Upload>();
  readonly #downloads = new Map<string, { file: string; fileName: string; removeWhenRead: boolean }>();

  constructor(dataDir: string) {
    this.stagingDir = join(dataDir, STAGING_DIR_NAME);
  }

  beginUpload(fileName: string, sizeBytes: number): { uploadId: string } {
    if (sizeBytes > MAX_UPLOAD_BYTES) throw invalidField('sizeBytes', 'The file is larger than 2 GB');
    mkdirSync(this.stagingDir, { recursive: true, mode: 0o700 });
    const uploadId = randomUUID();
    const file = join(this.stagingDir, `upload-${uploadId}.zip`);
    closeSync(openSync(file, 'wx', 0o600));
    this.#uploads.set(uploadId, { file, fileName, sizeBytes, received: 0 });
    return { uploadId };
  }

  append(uploadId: string, offset: number, contentBase64: string): { receivedBytes: number; complete: boolean } {
    const upload = this.#uploads.get(uploadId);
    if (!upload) throw notFound('upload', uploadId, 'uploadId');
    if (offset !== upload.received) throw invalidField('offset', `Expected offset ${upload.received}`);
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length === 0) throw invalidField('contentBase64', 'The chunk is empty');
    if (upload.received + bytes.length > upload.sizeBytes) throw invalidField('contentBase64', 'More bytes than the file’s announced size');
    const fd = openSync(upload.file, 'r+');
    try {
      writeSync(fd, bytes, 0, bytes.length, offset);
      if (upload.received + bytes.length === upload.sizeBytes) fsyncSync(fd);
    } catch (error) {
      this.#discard(uploadId);
      if (isDiskFull(error)) throw new AppFailure('storage', 'The disk is full: the file could not be received. Free some space and try again.');
      throw error;
    } finally {
      closeSync(fd);
    }
    upload.received += bytes.length;
    return { receivedBytes: upload.received, complete: upload.received === upload.sizeBytes };
  }

  /** The finished upload's file; refused while bytes are still missing. */
  completedUpload(uploadId: string): { file: string; fileName: string } {
    const upload = this.#uploads.get(uploadId);
    if (!upload) throw notFound('upload', uploadId, 'source.uploadId');
    if (upload.received !== upload.sizeBytes) {
      throw invalidField('source.uploadId', `The upload is incomplete (${upload.received} of ${upload.sizeBytes} bytes)`);
    }
    return { file: upload.file, fileName: upload.fileName };
  }

  /** The finished upload's file, for a slice that reads it itself (a flashcard package, in the import worker). */
  finishedUpload(uploadId: string, field: string): { fileName: string; file: string; sizeBytes: number } {
    const upload = this.#uploads.get(uploadId);
    if (!upload) throw notFound('upload', uploadId, field);
    if (upload.received !== upload.sizeBytes) {
      throw conflict(`“${upload.fileName}” has not finished uploading (${upload.received} of ${upload.sizeBytes} bytes)`);
    }
    return { fileName: upload.fileName, file: upload.file, sizeBytes: upload.sizeBytes };
  }

  discardUpload(uploadId: string): { uploadId: string } {
    this.#discard(uploadId);
    return { uploadId };
  }

  finishUpload(uploadId: string): void {
    this.#discard(uploadId);
  }

  /** Offers a file for `get-chunk` reads; `removeWhenRead` deletes it after its last chunk. */
  offerDownload(file: string, fileName: string, removeWhenRead: boolean): { downloadId: string; fileName: string; sizeBytes: number } {
    const downloadId = randomUUID();
    this.#downloads.set(downloadId, { file, fileName, removeWhenRead });
    return { downloadId, fileName, sizeBytes: statSync(file).size };
  }

  newDownloadFile(): string {
    mkdirSync(this.stagingDir, { recursive: true, mode: 0o700 });
    return join(this.stagingDir, `download-${randomUUID()}.zip`);
  }

  readDownload(downloadId: string, offset: number): FileChunk {
    const download = this.#downloads.get(downloadId);
    if (!download) throw notFound('download', downloadId, 'downloadId');
    const chunk = readChunk(download.file, offset, 'downloadId');
    if (chunk.done && download.removeWhenRead) {
      this.#downloads.delete(downloadId);
      rmSync(download.file, { force: true });
    }
    return chunk;
  }

  discardDownload(downloadId: string): void {
    const download = this.#downloads.get(downloadId);
    this.#downloads.delete(downloadId);
    if (download) rmSync(download.file, { force: true });
  }

  #discard(uploadId: string): void {
    const upload = this.#uploads.get(uploadId);
    this.#uploads.delete(uploadId);
    if (upload) rmSync(upload.file, { force: true });
  }
}

/** One TRANSFER_CHUNK_BYTES piece of a file, from `offset`. */
export function readChunk(file: string, offset: number, field: string): FileChunk {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new AppFailure('not_found', 'The file is no longer there', [{ path: field, message: 'The file is no longer there' }]);
  }
  try {
    const totalBytes = statSync(file).size;
    if (offset > totalBytes) throw invalidField('offset', `The file has only ${totalBytes} bytes`);
    const buffer = Buffer.alloc(Math.min(TRANSFER_CHUNK_BYTES, totalBytes - offset));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return { contentBase64: buffer.subarray(0, read).toString('base64'), offset, totalBytes, done: offset + read >= totalBytes };
  } finally {
    closeSync(fd);
  }
}
