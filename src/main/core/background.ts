/**
 * Work that keeps time-dependent state current: due reminders, track statuses that follow the
 * calendar. The core runs every task at start, on its timer, after every change and when the test
 * clock moves; services register theirs while the handlers are wired. A failing task is logged and
 * never stops the others or the call that triggered it.
 */
export class BackgroundTasks {
  readonly #tasks: { name: string; run: () => void }[] = [];
  readonly #held = new Set<Promise<void>>();

  register(name: string, run: () => void): void {
    this.#tasks.push({ name, run });
  }

  runAll(log: (message: string, error?: unknown) => void): void {
    for (const task of this.#tasks) {
      try {
        task.run();
      } catch (error) {
        log(`Background task "${task.name}" failed`, error);
      }
    }
  }

  /**
   * Long work a call started that spans many turns of the event loop (a flashcard import writing
   * for seconds): the session waits for it (`settled`) before its database is swapped by a restore
   * or an import, so the work never continues on a closed connection.
   */
  hold<T>(work: Promise<T>): Promise<T> {
    const held: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    );
    this.#held.add(held);
    void held.then(() => this.#held.delete(held));
    return work;
  }

  /** Resolves once no held work is running. */
  async settled(): Promise<void> {
    while (this.#held.size > 0) await Promise.all([...this.#held]);
  }
}
