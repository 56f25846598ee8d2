import { z } from 'zod';
import type { PlanMove } from '../../domain/studyPlan/dayAdjustments';
import type { Db } from '../connection';
import { KeyValueRepository } from './keyValueRepository';

const MovesSchema = z.array(
  z.object({ fromDate: z.string(), toDate: z.string(), minutes: z.number().int().positive(), domainId: z.string().nullable() }),
);

/**
 * The planned sessions a person moved to another day, per track. Kept as one JSON value per track
 * in the key/value `settings` table (key `planMoves:<trackId>`), which takes new keys without a
 * migration; SettingsService reads only its own keys, so these never show up as settings. A value
 * that no longer parses counts as no moves.
 */
export class PlanMovesRepository {
  readonly #store: KeyValueRepository;

  constructor(db: Db) {
    this.#store = new KeyValueRepository(db, 'settings');
  }

  get(trackId: string): PlanMove[] {
    const raw = this.#store.get(keyOf(trackId));
    if (raw === undefined) return [];
    try {
      const parsed = MovesSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  set(trackId: string, moves: readonly PlanMove[]): void {
    this.#store.set(keyOf(trackId), JSON.stringify(moves));
  }
}

const keyOf = (trackId: string) => `planMoves:${trackId}`;
