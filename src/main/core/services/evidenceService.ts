import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type EvidenceAddInput, type EvidenceFile, MAX_EVIDENCE_BYTES } from '../../../shared/schemas/evidence';
import type { EvidenceRepository } from '../db/repositories/evidenceRepository';
import { AppFailure, conflict, invalidField, notFound } from '../errors';
import { newId } from '../ids';
import { storeContentAddressed } from './contentStore';

export const EVIDENCE_DIR_NAME = 'evidence';

/** Tells what an evidence file is attached to, e.g. ["Training: PMP boot camp"]. */
export type EvidenceUsage = (evidenceId: string) => string[];

/**
 * Certificates, receipts and letters, copied into `<dataDir>/evidence/<sha256>`: nothing points
 * outside the data folder, and the same file attached twice is stored once.
 */
export class EvidenceService {
  readonly #dir: string;
  readonly #usages: EvidenceUsage[] = [];

  constructor(
    private readonly files: EvidenceRepository,
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.#dir = join(dataDir, EVIDENCE_DIR_NAME);
  }

  /** Slices that attach evidence (training, CE activities) register how to find their uses. */
  registerUsage(usage: EvidenceUsage): void {
    this.#usages.push(usage);
  }

  add(input: Required<Pick<EvidenceAddInput, 'fileName' | 'contentBase64'>> & { mediaType: string }): EvidenceFile {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw invalidField('contentBase64', 'The file is empty');
    if (bytes.length > MAX_EVIDENCE_BYTES) throw invalidField('contentBase64', 'The file is larger than 25 MB');
    const sha256 = storeContentAddressed(this.#dir, bytes);
    const file: EvidenceFile = {
      id: newId('evidence'),
      sha256,
      fileName: safeFileName(input.fileName),
      mediaType: input.mediaType || 'application/octet-stream',
      sizeBytes: bytes.length,
      createdAt: this.now().toISOString(),
    };
    this.files.insert(file);
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
    return this.files.list().map((file) => ({ ...file, usedBy: this.usedBy(file.id) }));
  }

  remove(id: string): { id: string } {
    const file = this.require(id);
    const uses = this.usedBy(id);
    if (uses.length > 0) throw conflict(`"${file.fileName}" is still attached to: ${uses.join('; ')}. Detach it first.`);
    this.files.delete(id);
    if (this.files.countWithHash(file.sha256) === 0) rmSync(join(this.#dir, file.sha256), { force: true });
    return { id };
  }
}

/** The last path segment a browser or dialog might pass along, without control characters. */
function safeFileName(name: string): string {
  const last = basename(name.replace(/\\/g, '/'));
  const printable = [...last].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  return printable || 'file';
}
