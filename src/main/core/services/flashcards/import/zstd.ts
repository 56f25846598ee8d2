import { Decompress } from 'fzstd';
import { concat } from './zipEntries';
import { ImportFileError, type TimeSlicer } from './timeSlicer';

const PUSH_BYTES = 32 * 1024;

/**
 * Decompresses a Zstandard stream (Anki 23.10+ packages compress the collection and each media
 * file with it) a slice at a time with fzstd's streaming decoder. A stream that does not decode,
 * or grows past `maxBytes`, is a problem naming `place`.
 */
export async function decompressZstd(place: string, bytes: Uint8Array, maxBytes: number, slicer: TimeSlicer): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const state = { size: 0, tooLarge: false };
  const stream = new Decompress((chunk) => {
    state.size += chunk.length;
    if (state.size > maxBytes) state.tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < bytes.length; offset += PUSH_BYTES) {
      const end = Math.min(bytes.length, offset + PUSH_BYTES);
      stream.push(bytes.subarray(offset, end), end === bytes.length);
      if (state.tooLarge) throw new ImportFileError(place, `Unpacked, this is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
      await slicer.tick();
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(place, `The Zstandard-compressed data does not decode (${error instanceof Error ? error.message : String(error)})`);
  }
  if (bytes.length === 0) throw new ImportFileError(place, 'The Zstandard-compressed data is empty');
  return concat(chunks, state.size);
}
