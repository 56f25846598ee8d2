import { type FileHandle, open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { ArchiveError } from './archiveError';

const deflate = promisify(deflateRaw);

/** ZIP without ZIP64: 4 GiB of archive and 65 535 entries. Certplan's data is far below both. */
const MAX_ZIP32 = 0xffff_ffff;
const MAX_ENTRIES = 0xffff;
/** General-purpose flag bit 11: the entry name is UTF-8. */
const UTF8_NAMES = 0x0800;

interface WrittenEntry {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * Writes a ZIP archive entry by entry. Each entry's sizes and CRC-32 go in its local header (no
 * data descriptor), so any reader — one walking the local headers or one reading the central
 * directory — finds the same files. (fflate's streaming writer always uses data descriptors, and
 * its streaming reader then mis-reads stored data that happens to contain the descriptor's
 * signature, which a PDF or an inner ZIP can.) Entries are compressed off the main thread.
 */
export class ZipWriter {
  readonly #entries: WrittenEntry[] = [];
  readonly #names = new Set<string>();
  readonly #dosTime: number;
  readonly #dosDate: number;
  #offset = 0;

  private constructor(
    private readonly handle: FileHandle,
    mtime: Date,
  ) {
    [this.#dosTime, this.#dosDate] = dosDateTime(mtime);
  }

  /** Creates `file` (which must not exist yet), readable by its owner only. */
  static async create(file: string, mtime: Date): Promise<ZipWriter> {
    return new ZipWriter(await open(file, 'wx', 0o600), mtime);
  }

  async add(name: string, data: Uint8Array, options: { compress?: boolean } = {}): Promise<void> {
    if (this.#names.has(name)) throw new Error(`Duplicate archive entry ${name}`);
    if (this.#entries.length >= MAX_ENTRIES) throw tooLarge();
    this.#names.add(name);
    const crc = crc32(data);
    let method: 0 | 8 = 0;
    let body: Uint8Array = data;
    if (options.compress !== false && data.length > 0) {
      const packed = await deflate(data, { level: 6 });
      // Already-compressed files (PDF, JPEG) can grow when deflated; keep those stored.
      if (packed.length < data.length) {
        method = 8;
        body = packed;
      }
    }
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(this.#dosTime, 10);
    header.writeUInt16LE(this.#dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    const offset = this.#offset;
    await this.#write(header);
    await this.#write(nameBytes);
    await this.#write(body);
    this.#entries.push({ name: nameBytes, method, crc, compressedSize: body.length, size: data.length, offset });
  }

  /** Writes the central directory, forces the file to disk and closes it. Returns the archive size. */
  async finish(): Promise<number> {
    const directoryStart = this.#offset;
    for (const entry of this.#entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(0x0314, 4); // made by: Unix, spec 2.0
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(UTF8_NAMES, 8);
      record.writeUInt16LE(entry.method, 10);
      record.writeUInt16LE(this.#dosTime, 12);
      record.writeUInt16LE(this.#dosDate, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      // Unix mode rw------- in the high half of the external attributes.
      record.writeUInt32LE((0o100600 << 16) >>> 0, 38);
      record.writeUInt32LE(entry.offset, 42);
      await this.#write(record);
      await this.#write(entry.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.#entries.length, 8);
    end.writeUInt16LE(this.#entries.length, 10);
    end.writeUInt32LE(this.#offset - directoryStart, 12);
    end.writeUInt32LE(directoryStart, 16);
    await this.#write(end);
    await this.handle.sync();
    await this.handle.close();
    return this.#offset;
  }

  /** Closes without finishing (after a failure); the caller removes the file. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  async #write(bytes: Uint8Array): Promise<void> {
    if (this.#offset + bytes.length > MAX_ZIP32) throw tooLarge();
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, written, bytes.length - written, this.#offset + written);
      written += bytesWritten;
    }
    this.#offset += bytes.length;
  }
}

function tooLarge(): ArchiveError {
  return new ArchiveError('The archive would be larger than 4 GB, more than Certplan’s archive format holds.');
}

/** MS-DOS time and date fields (local time, 2-second steps, years 1980–2107). */
function dosDateTime(at: Date): [number, number] {
  const year = Math.min(Math.max(at.getFullYear(), 1980), 2107);
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2);
  const date = ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  return [time, date];
}
