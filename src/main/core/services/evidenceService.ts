import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { displayFileName } from '../../../shared/fileNames';
import { type EvidenceAddInput, type EvidenceFile, MAX_EVIDENCE_BYTES } from '../../../shared/schemas/evidence';
import { KeptReads } from '../db/keptReads';
import type { EvidenceRepository } from '../db/repositories/evidenceRepository';
import type { TableVersions } from '../db/tableVersions';
import { AppFailure, conflict, invalidField, notFound } from '../errors';
import { isDiskFull } from '../fileSafety';
import { newId } from '../ids';
import { type StoredContent, storeContentAddressed } from './contentStore';

export const EVIDENCE_DIR_NAME = 'evidence';

/** Tells what an evidence file is attached to, e.g. ["Training: PMP boot camp"]. */
export type EvidenceUsage = (evidenceId: string) => string[];

/** The tables the file list reads itself; each usage names its own (see registerUsage). */
const FILE_TABLES = ['evidence_files'];

/**
 * Certificates, receipts and letters, copied into `<dataDir>/evidence/<sha256>`: nothing points
 * outside the data folder, and the same file attached twice is stored once.
 */
export class EvidenceService {
  readonly #dir: string;
  readonly #usages: EvidenceUsage[] = [];
  readonly #listTables = [...FILE_TABLES];
  #kept: KeptReads<(EvidenceFile & { usedBy: string[] })[]>;

  /**
   * `versions`: the connection's write counters. The records screen lists every file with its
   * uses, one query per file and usage (issue 10: 4 ms for 100 files); the list is kept until a
   * table it or a usage reads is written.
   */
  constructor(
    private readonly files: EvidenceRepository,
    dataDir: string,
    private readonly now: () => Date,
    private readonly versions?: TableVersions,
  ) {
    this.#dir = join(dataDir, EVIDENCE_DIR_NAME);
    this.#kept = new KeptReads(versions, this.#listTables);
  }

  /** Slices that attach evidence (training, CE activities) register how to find their uses. */
  registerUsage(usage: EvidenceUsage, tables: readonly string[]): void {
    this.#usages.push(usage);
    this.#listTables.push(...tables);
    this.#kept = new KeptReads(this.versions, this.#listTables);
  }

  add(input: Required<Pick<EvidenceAddInput, 'fileName' | 'contentBase64'>> & { mediaType: string }): EvidenceFile {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw invalidField('contentBase64', 'The file is empty');
    if (bytes.length > MAX_EVIDENCE_BYTES) throw invalidField('contentBase64', 'The file is larger than 25 MB');
    const diskFull = () =>
      new AppFailure('storage', `The disk is full, so “${safeFileName(input.fileName)}” could not be saved. Free some space (deleting evidence files you no longer need also helps) and try again.`);
    let content: StoredContent;
    try {
      content = storeContentAddressed(this.#dir, bytes);
    } catch (error) {
      if (isDiskFull(error)) throw diskFull();
      throw error;
    }
    const { sha256, target, written: stored } = content;
    const file: EvidenceFile = {
      id: newId('evidence'),
      sha256,
      fileName: safeFileName(input.fileName),
      mediaType: input.mediaType || 'application/octet-stream',
      sizeBytes: bytes.length,
      createdAt: this.now().toISOString(),
    };
    try {
      this.files.insert(file);
    } catch (error) {
      // No row points at a file written just now: take it away again.
      if (stored && this.files.countWithHash(sha256) === 0) rmSync(target, { force: true });
      if (isDiskFull(error)) throw diskFull();
      throw error;
    }
    return file;
  }

  require(id: string): EvidenceFile {
    const file = this.files.get(id);
    if (!file) throw notFound('evidence file', id);
    return file;
  }

  /** The file's record without failing, for views that list attachments. */
  find(id: string): EvidenceFile | undefined {
    return this.files.get(id);
  }

  /** Whether the content-addressed copy is still in the evidence folder (it may have been deleted by hand). */
  hasStoredCopy(id: string): boolean {
    const file = this.files.get(id);
    return file !== undefined && existsSync(join(this.#dir, file.sha256));
  }

  /** The stored bytes; a copy missing from disk is reported, not papered over. */
  readBytes(id: string): { file: EvidenceFile; bytes: Buffer } {
    const file = this.require(id);
    try {
      return { file, bytes: readFileSync(join(this.#dir, file.sha256)) };
    } catch {
      throw new AppFailure('storage', `The stored copy of "${file.fileName}" is missing from the evidence folder`);
    }
  }

  get(id: string): EvidenceFile & { contentBase64: string } {
    const { file, bytes } = this.readBytes(id);
    return { ...file, contentBase64: bytes.toString('base64') };
  }

  usedBy(id: string): string[] {
    return this.#usages.flatMap((usage) => usage(id));
  }

  list(): (EvidenceFile & { usedBy: string[] })[] {
    return [...this.#kept.get('list', () => this.files.list().map((file) => ({ ...file, usedBy: this.usedBy(file.id) })))];
  }

  remove(id: string): { id: string } {
    const file = this.require(id);
    const uses = this.usedBy(id);
    if (uses.length > 0) throw conflict(`"${file.fileName}" is still attached to: ${uses.join('; ')}. Detach it first.`);
    const lastReference = this.files.countWithHash(file.sha256) === 1;
    try {
      this.files.delete(id);
    } catch (error) {
      if (!isDiskFull(error) || !lastReference) throw error;
      // A full disk can refuse even a delete; removing the file the person is deleting frees the
      // space the database needs to record it, so deleting is always a way out.
      rmSync(join(this.#dir, file.sha256), { force: true });
      this.files.delete(id);
      return { id };
    }
    if (lastReference) rmSync(join(this.#dir, file.sha256), { force: true });
    return { id };
  }
}

/** The last path segment a browser or dialog might pass along, without control or bidi characters. */
function safeFileName(name: string): string {
  return displayFileName(basename(name.replace(/\\/g, '/'))).trim() || 'file';
}
