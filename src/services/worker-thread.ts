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
