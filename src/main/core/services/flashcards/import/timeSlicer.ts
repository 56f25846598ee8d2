import { performance } from 'node:perf_hooks';

/**
 * Long imports run in the core's process (the desktop app's main process), so they work in
 * slices: after about `sliceMs` of work they give the event loop a turn, letting windows,
 * reminders and other calls go on. `await slicer.tick()` is cheap when the slice is not used up.
 */
export class TimeSlicer {
  #sliceStart = performance.now();

  constructor(private readonly sliceMs = 12) {}

  async tick(): Promise<void> {
    const elapsed = performance.now() - this.#sliceStart;
    if (elapsed < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.#sliceStart = performance.now();
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
