import { performance } from 'node:perf_hooks';
import type { TimeSlicer } from './timeSlicer';

/** Work per transaction: short enough that the thread is never held for long, long enough to commit rarely. */
export const BATCH_MS = 8;
const FIRST_LIMIT = 100;
const MAX_LIMIT = 20_000;

/**
 * Runs a long write as a series of short transactions with a turn for the event loop after each.
 *
 * - Item by item (default): `step()` does one item and says whether it did one; a transaction
 *   takes items until about BATCH_MS have passed.
 * - Sized (`sized: true`): `step(limit)` does up to `limit` rows in one statement and says how
 *   many (0 when none are left); the limit follows the time the last batch took, so each
 *   transaction lasts about BATCH_MS whatever a row costs on this machine.
 */
export async function boundedBatches(
  transaction: <T>(fn: () => T) => T,
  slicer: TimeSlicer,
  step: (limit: number) => number | boolean,
  options: { sized?: boolean } = {},
): Promise<void> {
  let limit = FIRST_LIMIT;
  for (;;) {
    const started = performance.now();
    const more = transaction(() => {
      if (options.sized) return Number(step(limit)) > 0;
      while (step(1)) {
        if (performance.now() - started >= BATCH_MS) return true;
      }
      return false;
    });
    if (options.sized) {
      // Towards BATCH_MS, at most four times up or down per batch (one slow batch on a busy machine is not a trend).
      const ratio = Math.min(4, Math.max(0.25, BATCH_MS / Math.max(0.1, performance.now() - started)));
      limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit * ratio)));
    }
    await slicer.turn();
    if (!more) return;
  }
}
