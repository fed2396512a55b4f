// The import's own thread: it reads the request (from the bytes of its body when the transport left it
// unread), checks and compares the file with the library on a connection of its own, then writes it in short
// transactions, each once the main thread says it may.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '@shared/domain';
import { openDatabase } from '../../store/database';
import { runInBackground } from '../worker-thread';
import { planImport, reportOfPlan, writeImport, type ImportPlan } from './import-plan';
import { readImportRequest } from './import-request';
import { toCrossingError, type ImportJob, type WorkerMessage } from './import-protocol';

function workerPort(): NonNullable<typeof parentPort> {
  if (!parentPort) throw new Error('The import runs in a worker thread.');
  return parentPort;
}

runInBackground();
const port = workerPort();
const job = workerData as ImportJob;
const post = (message: WorkerMessage): void => port.postMessage(message);
const onProgress = (progress: ImportProgress): void => post({ type: 'progress', progress });

/** Asks the main thread for the store's write lock and waits until it may take it. */
function mayWrite(): Promise<void> {
  return new Promise((resolve) => {
    port.once('message', () => resolve());
    post({ type: 'ready-to-write' });
  });
}

async function run(): Promise<ImportReport> {
  const request = 'unread' in job.request ? readImportRequest(job.request.unread) : job.request;
  const db = openDatabase(job.storeFile);
  try {
    const options = { newId: () => randomUUID(), libraryLimit: job.libraryLimit };
    // A read transaction (or a savepoint of the caller's): the plan sees one state of the library throughout.
    const plan = (onProgress?: (progress: ImportProgress) => void): ImportPlan =>
      db.transaction(() => planImport(db, request, { ...options, onProgress }))();
    const planned = plan(onProgress);
    if (planned.dryRun) return reportOfPlan(planned);
    return await writeImport(db, planned, job.now, {
      mayWrite,
      written: () => post({ type: 'written' }),
      transact: (write) => db.transaction(write).immediate(),
      replan: () => plan(),
      onProgress,
    });
  } finally {
    db.close();
  }
}

run().then(
  (report) => post({ type: 'done', report }),
  (error: unknown) => post({ type: 'failed', error: toCrossingError(error) }),
);
