import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Media } from '../../../../shared/schemas/flashcards/cards';
import type { MediaRepository } from '../../db/repositories/flashcards/mediaRepository';
import { AppFailure, notFound } from '../../errors';
import { storeContentAddressed, storeContentAddressedAsync, syncFolderAsync } from '../contentStore';

export const FLASHCARD_MEDIA_DIR_NAME = 'flashcard-media';

/**
 * Images cards show, kept like evidence files: `<dataDir>/flashcard-media/<sha256>`, each stored
 * once however many cards (or imports) use it. Cards refer to them as `media:<sha256>`.
 */
export class FlashcardMediaStore {
  readonly dir: string;
  /** Images an import has written but not yet recorded, by hash, with how many imports hold each. */
  readonly #pending = new Map<string, number>();

  constructor(
    private readonly media: MediaRepository,
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = join(dataDir, FLASHCARD_MEDIA_DIR_NAME);
  }

  add(bytes: Uint8Array, fileName: string, mediaType: string): Media {
    const { sha256 } = storeContentAddressed(this.dir, bytes);
    const media = { sha256, fileName: cleanName(fileName), mediaType, sizeBytes: bytes.length };
    this.media.insert({ ...media, createdAt: this.now().toISOString() });
    return this.media.get(sha256) ?? media;
  }

  /**
   * For an import: the files first, written without holding the thread and on disk before any
   * row points at them; the rows come with the import's commit (`record`). Until then the hashes
   * are held, so an import that fails removes only files no one else has recorded or is writing.
   */
  async writeForImport(files: readonly { sha256: string; bytes: Uint8Array }[], turn: () => Promise<void>): Promise<string[]> {
    const written: string[] = [];
    for (const file of files) {
      this.#pending.set(file.sha256, (this.#pending.get(file.sha256) ?? 0) + 1);
      written.push(file.sha256);
      await storeContentAddressedAsync(this.dir, file.bytes, file.sha256);
      await turn();
    }
    if (files.length > 0) await syncFolderAsync(this.dir);
    return written;
  }

  /** The rows of images an import wrote (inside its commit). */
  record(files: readonly { sha256: string; fileName: string; mediaType: string; sizeBytes: number }[]): void {
    const at = this.now().toISOString();
    for (const file of files) this.media.insert({ sha256: file.sha256, fileName: cleanName(file.fileName), mediaType: file.mediaType, sizeBytes: file.sizeBytes, createdAt: at });
  }

  /** After an import committed or failed: files no row refers to and no other import holds are removed. */
  release(hashes: readonly string[]): void {
    for (const sha256 of hashes) {
      const held = (this.#pending.get(sha256) ?? 1) - 1;
      if (held > 0) this.#pending.set(sha256, held);
      else this.#pending.delete(sha256);
      if (held <= 0 && !this.has(sha256)) rmSync(join(this.dir, sha256), { force: true });
    }
  }

  has(sha256: string): boolean {
    return this.media.get(sha256) !== undefined;
  }

  get(sha256: string): Media & { contentBase64: string } {
    const media = this.media.get(sha256);
    if (!media) throw notFound('image', sha256, 'sha256');
    try {
      const bytes = readFileSync(join(this.dir, sha256));
      return { sha256, fileName: media.fileName, mediaType: media.mediaType, sizeBytes: media.sizeBytes, contentBase64: bytes.toString('base64') };
    } catch {
      throw new AppFailure('storage', `The stored copy of the image "${media.fileName}" is missing from the flashcard-media folder`);
    }
  }
}

function cleanName(name: string): string {
  const last = basename(name.replace(/\\/g, '/'));
  return [...last].filter((ch) => ch.charCodeAt(0) >= 0x20).join('').slice(0, 200) || 'image';
}
