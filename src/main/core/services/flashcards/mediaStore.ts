import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Media } from '../../../../shared/schemas/flashcards/cards';
import type { MediaRepository } from '../../db/repositories/flashcards/mediaRepository';
import { AppFailure, notFound } from '../../errors';
import { storeContentAddressed } from '../contentStore';

export const FLASHCARD_MEDIA_DIR_NAME = 'flashcard-media';

/**
 * Images cards show, kept like evidence files: `<dataDir>/flashcard-media/<sha256>`, each stored
 * once however many cards (or imports) use it. Cards refer to them as `media:<sha256>`.
 */
export class FlashcardMediaStore {
  readonly #dir: string;

  constructor(
    private readonly media: MediaRepository,
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.#dir = join(dataDir, FLASHCARD_MEDIA_DIR_NAME);
  }

  add(bytes: Uint8Array, fileName: string, mediaType: string): Media {
    const { sha256 } = storeContentAddressed(this.#dir, bytes);
    const media = { sha256, fileName: cleanName(fileName), mediaType, sizeBytes: bytes.length };
    this.media.insert({ ...media, createdAt: this.now().toISOString() });
    return this.media.get(sha256) ?? media;
  }

  has(sha256: string): boolean {
    return this.media.get(sha256) !== undefined;
  }

  get(sha256: string): Media & { contentBase64: string } {
    const media = this.media.get(sha256);
    if (!media) throw notFound('image', sha256, 'sha256');
    try {
      const bytes = readFileSync(join(this.#dir, sha256));
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
