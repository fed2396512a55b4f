import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@shared/contract';
import type { ImportProgress, ImportReport } from '@shared/domain';
import { DomainError } from '../errors';
import { ownBuffer, UnreadJson } from '../unread-json';
import { startWorker } from '../worker-thread';
import type { ImportRequest } from './import-plan';
import type { CrossingError, ImportJob, WorkerMessage, WriteMessage } from './import-protocol';

export interface ImportRunnerOptions {
  storeFile: string;
  libraryLimit: number | undefined;
}

function fromCrossing(error: CrossingError): Error {
  if (error.domain && error.code)
    return new DomainError(error.code as ErrorCode, error.message, error.detail);
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/**
 * Runs imports in a worker thread, one at a time, so that the thread answering requests stays free. The
 * worker writes in short chunks and asks before each takes the store's write lock; from then until that
 * chunk is over, writes on this thread wait (asynchronously) for `writesAllowed`, rather than inside SQLite,
 * which would block the thread for as long as the lock is held. Between chunks they all go through.
 */
export function createImportRunner(options: ImportRunnerOptions) {
  let running: Promise<ImportReport> | null = null;
  let progress: ImportProgress | null = null;
  let writing: { done: Promise<void>; finish: () => void } | null = null;
  let worker: Worker | null = null;

  function openWriteWindow(worker: Worker): void {
    let finish = (): void => undefined;
    const done = new Promise<void>((resolve) => (finish = resolve));
    writing = { done, finish };
    worker.postMessage({ type: 'write' } satisfies WriteMessage);
  }

  function closeWriteWindow(): void {
    writing?.finish();
    writing = null;
  }

  function start(request: ImportRequest | UnreadJson, now: number): Promise<ImportReport> {
    // An unread body's bytes move to the worker; nothing of a file's size is copied on this thread.
    const unread = request instanceof UnreadJson ? request.chunks.map(ownBuffer) : null;
    const job: ImportJob = {
      storeFile: options.storeFile,
      request: unread ? { unread } : (request as ImportRequest),
      now,
      libraryLimit: options.libraryLimit,
    };
    progress = { stage: 'reading', done: 0, total: null };
    return new Promise<ImportReport>((resolve, reject) => {
      const thread = startWorker(
        'library-transfer/import-worker',
        job,
        (unread ?? []).map((chunk) => chunk.buffer),
      );
      worker = thread;
      let settled = false;
      const settle = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        if (worker === thread) worker = null;
        closeWriteWindow();
        progress = null;
        outcome();
      };
      thread.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') progress = message.progress;
        else if (message.type === 'ready-to-write') openWriteWindow(thread);
        else if (message.type === 'written') closeWriteWindow();
        else if (message.type === 'done') settle(() => resolve(message.report));
        else settle(() => reject(fromCrossing(message.error)));
      });
      thread.once('error', (error) => settle(() => reject(error)));
      thread.once('exit', (code) =>
        settle(() => reject(new Error(`The import stopped unexpectedly (exit code ${code}).`))),
      );
    });
  }

  return {
    /** Imports in the worker; refuses (conflict) while another import runs. */
    run(request: ImportRequest | UnreadJson, now: number): Promise<ImportReport> {
      if (running) {
        return Promise.reject(
          new DomainError('conflict', 'Another import is running; wait until it has finished.', {
            reason: 'import-running',
          }),
        );
      }
      const started = start(request, now);
      running = started;
      const clear = (): void => {
        if (running === started) running = null;
      };
      started.then(clear, clear);
      return started;
    },

    progress(): ImportProgress | null {
      return progress;
    },

    writesAllowed(): Promise<void> {
      return writing ? writing.done : Promise.resolve();
    },

    /** Stops a running import; the chunk it had not committed is rolled back with its connection. */
    stop(): void {
      void worker?.terminate();
    },

    idle(): Promise<void> {
      return running
        ? running.then(
            () => undefined,
            () => undefined,
          )
        : Promise.resolve();
    },
  };
}

export type ImportRunner = ReturnType<typeof createImportRunner>;
