import { createHash } from 'node:crypto';
import { MAX_MEDIA_BYTES } from '../../../../../shared/schemas/flashcards/limits';
import { LATEST_PACKAGE_VERSION, decodeMediaEntries, decodePackageVersion } from './ankiProtobuf';
import { ImportFileError, type TimeSlicer } from './timeSlicer';
import { readZipEntries } from './zipEntries';
import { decompressZstd } from './zstd';

export type AnkiFormat = 'anki2' | 'anki21' | 'anki21b';

/** Unpacked, a collection may be several times its package; beyond this it is refused. */
export const MAX_COLLECTION_BYTES = 1024 * 1024 * 1024;

/** Newest first: a new export also carries an old-format stub that only says "please update Anki". */
const COLLECTIONS: readonly { name: string; format: AnkiFormat }[] = [
  { name: 'collection.anki21b', format: 'anki21b' },
  { name: 'collection.anki21', format: 'anki21' },
  { name: 'collection.anki2', format: 'anki2' },
];

export const FORMAT_LABELS: Record<AnkiFormat, string> = {
  anki21b: 'Anki package, collection.anki21b (Anki 23.10 and later, Zstandard-compressed)',
  anki21: 'Anki package, collection.anki21 (Anki 2.1)',
  anki2: 'Anki package, collection.anki2 (Anki 2.0 and “support older versions” exports)',
};

export interface PackageMedia {
  /** The entry's name inside the zip ("0", "1", …). */
  zipName: string;
  /** As stored in the zip (before any Zstandard decoding). */
  sizeBytes: number;
  /** The file's bytes, unpacked (new packages compress each media file with Zstandard), and their SHA-256. */
  read: () => Promise<MediaBytes>;
}

export interface MediaBytes {
  bytes: Uint8Array;
  sha256: string;
}

export interface AnkiPackage {
  format: AnkiFormat;
  collection: Uint8Array;
  /** Media files by the name notes refer to them with. */
  media: Map<string, PackageMedia>;
}

/** Unzips an .apkg and finds its collection, media list and media files. */
export async function openAnkiPackage(fileName: string, bytes: Uint8Array, slicer: TimeSlicer): Promise<AnkiPackage> {
  const entries = await readZipEntries(
    fileName,
    bytes,
    () => true,
    (name) =>
      COLLECTIONS.some((c) => c.name === name)
        ? { bytes: MAX_COLLECTION_BYTES, message: `The collection is larger than ${MAX_COLLECTION_BYTES / 1024 / 1024} MB` }
        : { bytes: MAX_COLLECTION_BYTES, message: 'This file in the package is unreasonably large' },
    slicer,
  );
  const found = COLLECTIONS.find((c) => entries.has(c.name));
  if (!found) {
    throw new ImportFileError(fileName, 'The zip holds no Anki collection (collection.anki21b, collection.anki21 or collection.anki2); is it an Anki package?');
  }
  const meta = entries.get('meta');
  let version = found.format === 'anki21b' ? LATEST_PACKAGE_VERSION : found.format === 'anki21' ? 2 : 1;
  if (meta) {
    try {
      version = decodePackageVersion(meta);
    } catch {
      throw new ImportFileError(`${fileName} › meta`, 'The package’s version record cannot be read');
    }
    if (version > LATEST_PACKAGE_VERSION) {
      throw new ImportFileError(`${fileName} › meta`, `The package comes from a newer Anki (package version ${version}); export it again with “Support older Anki versions” ticked`);
    }
  }
  const compressed = found.format === 'anki21b' || version >= LATEST_PACKAGE_VERSION;
  const raw = entries.get(found.name) as Uint8Array;
  const collection = found.format === 'anki21b' ? await decompressZstd(`${fileName} › ${found.name}`, raw, MAX_COLLECTION_BYTES, slicer) : raw;
  const media = await mediaOf(fileName, entries, compressed, slicer);
  return { format: found.format, collection, media };
}

async function mediaOf(fileName: string, entries: Map<string, Uint8Array>, compressed: boolean, slicer: TimeSlicer): Promise<Map<string, PackageMedia>> {
  const map = entries.get('media');
  const media = new Map<string, PackageMedia>();
  if (!map || map.length === 0) return media;
  const place = `${fileName} › media`;
  const names: { zipName: string; name: string }[] = [];
  if (compressed) {
    const bytes = await decompressZstd(place, map, 64 * 1024 * 1024, slicer);
    const list = decodeOrFail(place, () => decodeMediaEntries(bytes), 'The media list cannot be read');
    // A media file's zip entry is its index in the list, unless the list says otherwise.
    list.forEach((e, i) => names.push({ zipName: String(e.legacyZipFilename ?? i), name: e.name }));
  } else {
    const json = decodeOrFail(place, () => JSON.parse(new TextDecoder().decode(map)) as unknown, 'The media list is not valid JSON');
    if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ImportFileError(place, 'The media list is not a list of files');
    for (const [zipName, name] of Object.entries(json as Record<string, unknown>)) if (typeof name === 'string') names.push({ zipName, name });
  }
  for (const { zipName, name } of names) {
    const stored = entries.get(zipName);
    if (!stored) continue;
    media.set(name, {
      zipName,
      sizeBytes: stored.length,
      read: async () => {
        const bytes = compressed ? await decompressZstd(`${fileName} › media file ${zipName} (${name})`, stored, MAX_MEDIA_BYTES, slicer) : stored;
        return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
      },
    });
  }
  return media;
}

function decodeOrFail<T>(place: string, decode: () => T, message: string): T {
  try {
    return decode();
  } catch {
    throw new ImportFileError(place, message);
  }
}
