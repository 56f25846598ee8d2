import { performance } from 'node:perf_hooks';

/**
 * Work done in the core's thread (the desktop app's main process) goes in slices: after about
 * `sliceMs` of work it gives the event loop a turn, letting windows, reminders and other calls
 * go on. `await slicer.tick()` is cheap when the slice is not used up. The import worker thread
 * has nothing to share its thread with and slices with an infinite `sliceMs`.
 */
export class TimeSlicer {
  #sliceStart = performance.now();

  constructor(readonly sliceMs = 12) {}

  async tick(): Promise<void> {
    if (performance.now() - this.#sliceStart < this.sliceMs) return;
    await this.turn();
  }

  /** A turn for the event loop now, whatever is left of the slice. */
  async turn(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#sliceStart = performance.now();
  }

  /** True while the current slice still has time. */
  hasTime(): boolean {
    return performance.now() - this.#sliceStart < this.sliceMs;
  }
}

/** An import problem that stops reading the file: where in it, and why. */
export class ImportFileError extends Error {
  constructor(
    readonly place: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
