// Runs every `*.bench.ts` in this folder, in name order, each in a fresh process so that one benchmark's
// heap, caches and JIT state do not colour the next one's figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The loader flags this process was started with (tsx's), so each child can run TypeScript too. */
const loaderArgs = process.execArgv.length > 0 ? process.execArgv : ['--import', 'tsx'];

const files = readdirSync(__dirname)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();

let failed = 0;
for (const name of files) {
  const result = spawnSync(process.execPath, [...loaderArgs, join(__dirname, name)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`\n${name} did not finish (exit ${result.status ?? result.signal}).`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
