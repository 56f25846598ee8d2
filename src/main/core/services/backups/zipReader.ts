import { type FileHandle, open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';
import { ArchiveError } from './archiveError';

const inflate = promisify(inflateRaw);

/** More entries than any Certplan archive holds: a file claiming more is not ours. */
const MAX_ENTRIES = 0xffff;
const END_RECORD_SIZE = 22;
/** The end record may be followed by a comment of up to 64 KiB. */
const MAX_END_SEARCH = END_RECORD_SIZE + 0xffff;

export interface ZipEntryInfo {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * Reads a ZIP archive through its central directory, one entry at a time, so an archive larger
 * than memory can be checked. Every entry read is checked against its declared size and CRC-32;
 * anything that does not add up (truncation, a flipped byte, ZIP64, odd names) is an ArchiveError.
 */
export class ZipReader {
  private constructor(
    private readonly handle: FileHandle,
    readonly entries: ReadonlyMap<string, ZipEntryInfo>,
  ) {}

  static async open(file: string): Promise<ZipReader> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      throw new ArchiveError(`The file could not be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    try {
      const { size } = await handle.stat();
      return new ZipReader(handle, await readDirectory(handle, size));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, refused when larger than `maxBytes` (so a crafted archive cannot exhaust memory). */
  async read(name: string, maxBytes: number): Promise<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ArchiveError(`The archive has no ${name}.`);
    if (entry.size > maxBytes) throw new ArchiveError(`${name} is larger than expected.`);
    const local = await readExactly(this.handle, entry.offset, 30, name);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new ArchiveError(`${name} is damaged (bad local header).`);
    const dataStart = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const packed = await readExactly(this.handle, dataStart, entry.compressedSize, name);
    let data: Buffer;
    if (entry.method === 0) data = packed;
    else if (entry.method === 8) {
      try {
        data = await inflate(packed, { maxOutputLength: Math.max(1, entry.size) });
      } catch {
        throw new ArchiveError(`${name} is damaged (it cannot be decompressed).`);
      }
    } else throw new ArchiveError(`${name} uses a compression method Certplan does not read.`);
    if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ArchiveError(`${name} is damaged (its checksum does not match).`);
    return data;
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

async function readDirectory(handle: FileHandle, fileSize: number): Promise<Map<string, ZipEntryInfo>> {
  if (fileSize < END_RECORD_SIZE) throw new ArchiveError('The file is too short to be an archive.');
  const tailLength = Math.min(fileSize, MAX_END_SEARCH);
  const tail = await readExactly(handle, fileSize - tailLength, tailLength, 'the archive');
  let end = -1;
  for (let i = tail.length - END_RECORD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ArchiveError('The file is not a ZIP archive, or it was cut short.');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ArchiveError('The archive uses ZIP64, which Certplan does not read.');
  }
  if (count > MAX_ENTRIES || directoryOffset + directorySize > fileSize - tailLength + end) {
    throw new ArchiveError('The archive’s table of contents is damaged.');
  }
  const directory = await readExactly(handle, directoryOffset, directorySize, 'the table of contents');
  const entries = new Map<string, ZipEntryInfo>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) {
      throw new ArchiveError('The archive’s table of contents is damaged.');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    const info: ZipEntryInfo = {
      name,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      offset: directory.readUInt32LE(at + 42),
    };
    if (!isSafeEntryName(name) || entries.has(name)) throw new ArchiveError(`The archive holds an unexpected entry name “${name.slice(0, 80)}”.`);
    if (info.offset + 30 + info.compressedSize > directoryOffset) throw new ArchiveError(`${name} is damaged (it runs past the end of the data).`);
    entries.set(name, info);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Relative, forward-slashed, no `..`, no control characters: names never leave the folder they are extracted into. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.length > 300 || name.startsWith('/') || name.includes('\\')) return false;
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20)) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

async function readExactly(handle: FileHandle, position: number, length: number, what: string): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buffer, read, length - read, position + read);
    if (bytesRead === 0) throw new ArchiveError(`The archive was cut short while reading ${what}.`);
    read += bytesRead;
  }
  return buffer;
}
