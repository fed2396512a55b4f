import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` of `src/services`. A build has it as `<name>.js` beside the
 * main scripts (electron.vite.config.ts lists it as an entry); run from source (tests, tools), the
 * TypeScript module is loaded through tsx, as the process itself is. The buffers in `transferList` move
 * to the worker without a copy (and are unusable here afterwards).
 */
export function startWorker(name: string, workerData: unknown, transferList: ArrayBuffer[] = []): Worker {
  if (!__filename.endsWith('.ts')) {
    return new Worker(join(__dirname, `${basename(name)}.js`), { workerData, transferList });
  }
  const source = join(__dirname, `${name}.ts`);
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData, transferList });
}

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Niceness of work that may take seconds beside a thread that answers screens (0 is normal, 19 lowest). */
const BACKGROUND_NICENESS = 10;

/**
 * Lowers the calling thread's CPU priority, so that on a busy machine the thread answering screens gets
 * the processor first. Linux keeps a niceness per thread, set through the thread's own id; elsewhere, or
 * where that is not allowed, the thread runs as it is.
 */
export function runInBackground(): void {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(thread) && thread > 0) setPriority(thread, BACKGROUND_NICENESS);
  } catch {
    // Not Linux, or not allowed: the work still runs, only at the usual priority.
  }
}
