/**
 * Work that keeps time-dependent state current: due reminders, track statuses that follow the
 * calendar. The core runs every task at start, on its timer, after every change and when the test
 * clock moves; services register theirs while the handlers are wired. A failing task is logged and
 * never stops the others or the call that triggered it.
 */
export class BackgroundTasks {
  readonly #tasks: { name: string; run: () => void }[] = [];

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
}
