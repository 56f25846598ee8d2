import type { CertplanApi } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { TRANSFER_CHUNK_BYTES } from '../../shared/schemas/backups';
import { base64ToBytes, bytesToBase64 } from './readFile';
import { saveFile } from './saveFile';

/** Progress of a transfer, 0–1, for the status line beside the button that started it. */
export type Progress = (fraction: number) => void;

/**
 * Sends a file the person picked (a backup, an export, a flashcard package) to the core in pieces, the same way in
 * the desktop app and the browser. Resolves with the upload id the restore or import then names.
 */
export async function uploadArchive(api: CertplanApi, file: File, progress: Progress): Promise<Result<{ uploadId: string }>> {
  const begun = await api['uploads:begin']({ fileName: file.name || 'archive.zip', sizeBytes: file.size });
  if (!begun.ok) return begun;
  for (let offset = 0; offset < file.size; offset += TRANSFER_CHUNK_BYTES) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.slice(offset, offset + TRANSFER_CHUNK_BYTES).arrayBuffer());
    } catch {
      return { ok: false, error: { code: 'invalid_input', message: `“${file.name}” could not be read. Is it still there?` } };
    }
    const sent = await api['uploads:append']({ uploadId: begun.data.uploadId, offset, contentBase64: bytesToBase64(bytes) });
    if (!sent.ok) return sent;
    progress(Math.min(1, (offset + bytes.length) / file.size));
  }
  return begun;
}

/** Fetches an archive the core wrote, piece by piece, and offers it for saving (a download, or the desktop's save dialog). */
export async function downloadArchive(
  fetchChunk: (offset: number) => Promise<Result<{ contentBase64: string; totalBytes: number; done: boolean }>>,
  fileName: string,
  progress: Progress,
): Promise<Result<null>> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await fetchChunk(offset);
    if (!chunk.ok) return chunk;
    const bytes = base64ToBytes(chunk.data.contentBase64);
    parts.push(bytes);
    offset += bytes.length;
    progress(chunk.data.totalBytes ? offset / chunk.data.totalBytes : 1);
    if (chunk.data.done) break;
  }
  saveFile(fileName, 'application/zip', { blob: new Blob(parts, { type: 'application/zip' }) });
  return { ok: true, data: null };
}
