import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type ImportFile, parseImportFile } from './importFile';
import { ImportFileAssembler, type ImportFileMessage, type ImportWorkerFailure } from './importFileMessages';
import type { ImportWorkerInput } from './importWorker';
import { ImportFileError, TimeSlicer } from './timeSlicer';

/** Reads an uploaded import file (by its path) into plain data. */
export interface ImportFileReader {
  readonly where: 'worker' | 'in-process';
  read(fileName: string, file: string): Promise<ImportFile>;
}

/** The built worker's file name (electron.vite.config.ts names the entry). */
export const IMPORT_WORKER_FILE = 'flashcardImportWorker.js';

/**
 * In the core's own thread, in slices of about 12 ms with a turn for the event loop between them.
 * Used where no worker is built (tests run the core from its sources) and as the fallback when a
 * worker cannot be started.
 */
export class InProcessImportReader implements ImportFileReader {
  readonly where = 'in-process';

  async read(fileName: string, file: string): Promise<ImportFile> {
    return parseImportFile(fileName, await readFile(file), new TimeSlicer());
  }
}

type WorkerEvent = ImportFileMessage | ImportWorkerFailure | { type: 'ready' };

/**
 * In a worker thread the core starts for each file (node:worker_threads: the same in Node and in
 * Electron's main process). The worker sends the file in pages and waits for "next" before each,
 * which the core's thread sends only after a turn of its event loop, so taking the file in costs
 * that thread one short step per page. A worker that cannot start (its file missing from a build)
 * falls back to reading in slices; a worker that fails while reading is an error.
 */
export class WorkerImportReader implements ImportFileReader {
  readonly where = 'worker';
  readonly #fallback = new InProcessImportReader();

  constructor(
    readonly workerFile: string,
    private readonly log: (message: string, error?: unknown) => void = (message, error) => console.warn(message, error),
  ) {}

  async read(fileName: string, file: string): Promise<ImportFile> {
    const result = await this.#readInWorker(fileName, file);
    if (result.kind === 'file') return result.file;
    this.log(`The import worker (${this.workerFile}) could not start; reading “${fileName}” in the core’s thread instead`, result.error);
    return this.#fallback.read(fileName, file);
  }

  #readInWorker(fileName: string, file: string): Promise<{ kind: 'file'; file: ImportFile } | { kind: 'not-started'; error: unknown }> {
    return new Promise((resolve, reject) => {
      const input: ImportWorkerInput = { file, fileName };
      let worker: Worker;
      try {
        worker = new Worker(this.workerFile, { workerData: input });
      } catch (error) {
        resolve({ kind: 'not-started', error });
        return;
      }
      const assembler = new ImportFileAssembler();
      let started = false;
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        outcome();
      };
      worker.on('message', (event: WorkerEvent) => {
        if (settled) return;
        started = true;
        if (event.type === 'ready') return;
        if (event.type === 'failed') return finish(() => reject(new ImportFileError(event.place, event.message)));
        if (event.type === 'crashed') return finish(() => reject(new ImportFileError(fileName, `The file could not be read (${event.message})`)));
        let complete: boolean;
        try {
          complete = assembler.accept(event);
        } catch (error) {
          return finish(() => reject(error instanceof Error ? error : new Error(String(error))));
        }
        if (complete) return finish(() => resolve({ kind: 'file', file: assembler.file() }));
        // The next page only after this turn of the event loop: other calls go first.
        setImmediate(() => {
          if (!settled) worker.postMessage('next');
        });
      });
      worker.on('error', (error) => {
        if (!started) return finish(() => resolve({ kind: 'not-started', error }));
        const tooLarge = (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(() => reject(new ImportFileError(fileName, tooLarge ? 'The file is too large to read in the memory Certplan has' : `The file could not be read (${error.message})`)));
      });
      worker.on('exit', (code) => {
        if (!started) return finish(() => resolve({ kind: 'not-started', error: new Error(`The worker stopped with code ${code}`) }));
        finish(() => reject(new ImportFileError(fileName, `Reading the file stopped unexpectedly (code ${code})`)));
      });
    });
  }
}

/**
 * The worker when the build has one beside the core (out/main/, the core's chunk being in
 * out/main/chunks/), else reading in slices in the core's thread.
 */
export function defaultImportReader(log?: (message: string, error?: unknown) => void): ImportFileReader {
  const here = import.meta.dirname;
  const built = [join(here, IMPORT_WORKER_FILE), join(here, '..', IMPORT_WORKER_FILE)].find((candidate) => existsSync(candidate));
  return built ? new WorkerImportReader(built, log) : new InProcessImportReader();
}
