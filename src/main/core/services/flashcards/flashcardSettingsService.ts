import {
  DEFAULT_FLASHCARD_SETTINGS,
  type FlashcardSettings,
  type FlashcardSettingsPatch,
  FlashcardSettingsSchema,
} from '../../../../shared/schemas/flashcards/settings';
import type { FlashcardSettingsRepository } from '../../db/repositories/flashcards/settingsRepository';
import { invalidField } from '../../errors';
import type { TrackService } from '../trackService';

/** A track's flashcard settings: the defaults until the person changes one. */
export class FlashcardSettingsService {
  constructor(
    private readonly store: FlashcardSettingsRepository,
    private readonly tracks: TrackService,
    private readonly now: () => Date,
  ) {}

  get(trackId: string): FlashcardSettings {
    this.tracks.get(trackId);
    return this.read(trackId);
  }

  /** Without the track check, for services that already hold the track. */
  read(trackId: string): FlashcardSettings {
    const stored = this.store.get(trackId);
    // Stored JSON is re-validated: a setting added later falls back to its default.
    const parsed = FlashcardSettingsSchema.partial().safeParse(stored ?? {});
    return { ...DEFAULT_FLASHCARD_SETTINGS, ...(parsed.success ? stripUndefined(parsed.data) : {}) };
  }

  update(trackId: string, patch: FlashcardSettingsPatch): FlashcardSettings {
    const current = this.get(trackId);
    const next: FlashcardSettings = { ...current, ...stripUndefined(patch) };
    if (next.targetRetention < next.baseRetention) {
      throw invalidField(patch.targetRetention !== undefined ? 'patch.targetRetention' : 'patch.baseRetention', 'The retention at the exam cannot be below the long-term retention');
    }
    this.store.set(trackId, next, this.now().toISOString());
    return next;
  }

  /** Records the after-exam choice for the exam date it was made for. */
  chooseAfterExam(trackId: string, choice: 'maintenance' | 'archive', examDate: string): FlashcardSettings {
    const next = { ...this.get(trackId), afterExam: choice, afterExamFor: examDate };
    this.store.set(trackId, next, this.now().toISOString());
    return next;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
