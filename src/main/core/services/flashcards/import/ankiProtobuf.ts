import protobuf from 'protobufjs/light.js';

/**
 * The few protobuf messages of Anki's package format (anki/import_export.proto, notetypes.proto)
 * Certplan reads and, for tests and export, writes: the package version, the media list of
 * Anki 23.10+ packages, and the kind of a note type (normal or cloze). Unknown fields are skipped.
 */
const root = protobuf.Root.fromJSON({
  nested: {
    PackageMetadata: { fields: { version: { type: 'int32', id: 1 } } },
    MediaEntry: {
      fields: {
        name: { type: 'string', id: 1 },
        size: { type: 'uint32', id: 2 },
        sha1: { type: 'bytes', id: 3 },
        legacyZipFilename: { type: 'uint32', id: 255 },
      },
    },
    MediaEntries: { fields: { entries: { rule: 'repeated', type: 'MediaEntry', id: 1 } } },
    NotetypeConfig: { fields: { kind: { type: 'int32', id: 1 } } },
  },
});

const PackageMetadata = root.lookupType('PackageMetadata');
const MediaEntries = root.lookupType('MediaEntries');
const NotetypeConfig = root.lookupType('NotetypeConfig');

/** 1: legacy collection.anki2, 2: collection.anki21, 3: collection.anki21b with zstd. */
export const LATEST_PACKAGE_VERSION = 3;

export function decodePackageVersion(bytes: Uint8Array): number {
  const message = PackageMetadata.toObject(PackageMetadata.decode(bytes), { defaults: true }) as { version: number };
  return message.version;
}

export function encodePackageVersion(version: number): Uint8Array {
  return PackageMetadata.encode(PackageMetadata.create({ version })).finish();
}

export interface MediaEntry {
  name: string;
  size: number;
  legacyZipFilename: number | null;
}

export function decodeMediaEntries(bytes: Uint8Array): MediaEntry[] {
  const message = MediaEntries.toObject(MediaEntries.decode(bytes), { defaults: false }) as {
    entries?: { name?: string; size?: number; legacyZipFilename?: number }[];
  };
  return (message.entries ?? []).map((e) => ({ name: e.name ?? '', size: e.size ?? 0, legacyZipFilename: e.legacyZipFilename ?? null }));
}

export function encodeMediaEntries(entries: readonly { name: string; size: number; sha1: Uint8Array }[]): Uint8Array {
  return MediaEntries.encode(MediaEntries.create({ entries: entries.map((e) => ({ ...e })) })).finish();
}

/** 0 normal, 1 cloze. */
export function decodeNotetypeKind(bytes: Uint8Array): number {
  const message = NotetypeConfig.toObject(NotetypeConfig.decode(bytes), { defaults: true }) as { kind: number };
  return message.kind;
}

export function encodeNotetypeConfig(kind: number): Uint8Array {
  return NotetypeConfig.encode(NotetypeConfig.create({ kind })).finish();
}
