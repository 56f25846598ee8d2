import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { parseImportFile } from './importFile';
import { type ImportWorkerFailure, messagesOf } from './importFileMessages';
import { ImportFileError, TimeSlicer } from './timeSlicer';

/**
 * The import worker thread (built as out/main/flashcardImportWorker.js). It reads one uploaded
 * file — unzip, Zstandard, the SQLite copy of the collection, text decoding — with nothing else
 * to share its thread with, so nothing is sliced here, and sends the result page by page, each
 * page after the core's thread asked for it (see importFileMessages.ts). The core's thread
 * never waits on this work.
 */

export interface ImportWorkerInput {
  file: string;
  fileName: string;
}

const port = parentPort;
if (port) {
  const input = workerData as ImportWorkerInput;
  port.postMessage({ type: 'ready' });
  void run(input).catch((error: unknown) => {
    const failure: ImportWorkerFailure =
      error instanceof ImportFileError
        ? { type: 'failed', place: error.place, message: error.message }
        : { type: 'crashed', message: error instanceof Error ? error.message : String(error) };
    port.postMessage(failure);
  });
}

async function run(input: ImportWorkerInput): Promise<void> {
  if (!port) return;
  const file = await parseImportFile(input.fileName, await readFile(input.file), new TimeSlicer(Number.POSITIVE_INFINITY));
  const messages = messagesOf(file);
  const sendNext = async () => {
    const next = await messages.next();
    if (next.done) return;
    port.postMessage(next.value.message, next.value.transfer);
    if (next.value.message.type === 'done') port.close();
  };
  port.on('message', (request: unknown) => {
    if (request === 'next') void sendNext().catch((error: unknown) => port.postMessage({ type: 'crashed', message: error instanceof Error ? error.message : String(error) }));
  });
  await sendNext();
}
