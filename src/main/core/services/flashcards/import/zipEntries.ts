import { Unzip, UnzipInflate } from 'fflate';
import { ImportFileError, type TimeSlicer } from './timeSlicer';

/** Bytes of the zip fed to the inflater per slice: small enough to keep each step short. */
const PUSH_BYTES = 64 * 1024;

export function looksLikeZip(bytes: Uint8Array): boolean {
  // A local file header (PK\3\4) or the end record of an empty archive (PK\5\6).
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * Reads the entries of a zip archive whose names `wanted` accepts, inflating as the bytes are
 * pushed (fflate's streaming Unzip), a slice at a time. An entry larger than `maxEntryBytes(name)`
 * stops the read with a problem naming it.
 */
export async function readZipEntries(
  fileName: string,
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxEntryBytes: (name: string) => { bytes: number; message: string },
  slicer: TimeSlicer,
): Promise<Map<string, Uint8Array>> {
  if (!looksLikeZip(bytes)) throw new ImportFileError(fileName, 'This is not a zip archive, so not an Anki package (.apkg)');
  const entries = new Map<string, Uint8Array>();
  // Set from inside fflate's callbacks, so kept in an object TypeScript does not narrow.
  const state: { failure: ImportFileError | null } = { failure: null };
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const limit = maxEntryBytes(file.name);
    file.ondata = (error, data, final) => {
      if (state.failure) return;
      if (error) {
        state.failure = new ImportFileError(`${fileName} › ${file.name}`, `The archive is damaged (${error.message})`);
        return;
      }
      size += data.length;
      if (size > limit.bytes) {
        state.failure = new ImportFileError(`${fileName} › ${file.name}`, limit.message);
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) entries.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !state.failure; offset += PUSH_BYTES) {
      const end = Math.min(bytes.length, offset + PUSH_BYTES);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
      await slicer.tick();
    }
  } catch (error) {
    state.failure ??= new ImportFileError(fileName, `The archive is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  if (state.failure) throw state.failure;
  return entries;
}

export function concat(chunks: readonly Uint8Array[], size = chunks.reduce((s, c) => s + c.length, 0)): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
