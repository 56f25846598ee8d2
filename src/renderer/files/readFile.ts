import { MAX_EVIDENCE_BYTES } from '../../shared/schemas/evidence';

export type ReadFileResult =
  | { ok: true; fileName: string; mediaType: string; contentBase64: string; sizeBytes: number }
  | { ok: false; message: string };

/**
 * Reads a file the person picked, for `evidence:add`. Works the same in the desktop app and the
 * browser (no file paths cross into the core). A file that cannot be read gets a clear message.
 */
export async function readFileAsBase64(file: File): Promise<ReadFileResult> {
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty` };
  if (file.size > MAX_EVIDENCE_BYTES) return { ok: false, message: `“${file.name}” is larger than 25 MB` };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Is it still there, and may this app open it?` };
  }
  return {
    ok: true,
    fileName: file.name,
    mediaType: file.type || 'application/octet-stream',
    contentBase64: bytesToBase64(new Uint8Array(buffer)),
    sizeBytes: file.size,
  };
}

export function bytesToBase64(bytes: Uint8Array): string {
  // String.fromCharCode on the whole array overflows the stack for large files; go in chunks.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
