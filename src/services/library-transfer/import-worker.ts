// The import's own thread: it reads, checks and compares the file with the library on a connection of
// its own, and writes only once the main thread says it may, in one short transaction.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportProgress, ImportReport } from '@shared/domain';
import { openDatabase } from '../../store/database';
import { planImport, reportOfPlan, StalePlanError, writeImport, type ImportPlan } from './import-plan';
import { toCrossingError, type ImportJob, type WorkerMessage } from './import-protocol';

/** How often a plan made against a library that then changed is made again before it is made under the lock. */
const FRESH_PLANS = 3;

function workerPort(): NonNullable<typeof parentPort> {
  if (!parentPort) throw new Error('The import runs in a worker thread.');
  return parentPort;
}

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
  const db = openDatabase(job.storeFile);
  try {
    const options = { newId: () => randomUUID(), libraryLimit: job.libraryLimit, onProgress };
    // A read transaction: the plan sees one state of the library from start to end.
    const plan = (): ImportPlan => db.transaction(() => planImport(db, job.request, options))();
    const immediate = <T>(write: () => T): T => db.transaction(write).immediate();
    for (let attempt = 0; attempt < FRESH_PLANS; attempt += 1) {
      const planned = plan();
      if (planned.dryRun) return reportOfPlan(planned);
      await mayWrite();
      try {
        return writeImport(db, planned, job.now, immediate, onProgress);
      } catch (error) {
        if (!(error instanceof StalePlanError)) throw error;
      } finally {
        post({ type: 'written' });
      }
    }
    // The library kept changing: the plan is made once more under the lock, where nothing can move it.
    await mayWrite();
    try {
      return immediate(() =>
        writeImport(
          db,
          planImport(db, job.request, options),
          job.now,
          (write) => db.transaction(write)(),
          onProgress,
        ),
      );
    } finally {
      post({ type: 'written' });
    }
  } finally {
    db.close();
  }
}

run().then(
  (report) => post({ type: 'done', report }),
  (error: unknown) => post({ type: 'failed', error: toCrossingError(error) }),
);
