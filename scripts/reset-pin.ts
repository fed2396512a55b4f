// `npm run reset-pin`: the offline trainer PIN reset. Options after `--` reach it (`--data-dir DIR`). It runs
// in whichever runtime the SQLite module is built for at the moment (Electron's after `npm start`), so it
// never swaps that module under a running kiosk.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { findElectronBinary } from './lib/electron-binary';
import { run, runBin } from './lib/run';

const root = resolve(__dirname, '..');
const entry = join(root, 'out', 'main', 'reset-pin.js');
const sqliteDir = dirname(createRequire(join(root, 'package.json')).resolve('better-sqlite3/package.json'));
const marker = join(sqliteDir, 'build', 'Release', 'gymdeck-runtime.txt');
const runtime = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';

if (!existsSync(entry) && runBin('electron-vite', ['build']) !== 0) process.exit(1);
const args = [entry, ...process.argv.slice(2)];
if (runtime.startsWith('electron')) {
  const electron = findElectronBinary(root);
  if (!electron) {
    console.error('The SQLite module is built for Electron, but the Electron runtime is missing.');
    process.exit(1);
  }
  process.exit(run(electron, args, { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }));
}
if (runBin('tsx', ['scripts/native-for.ts', 'node']) !== 0) process.exit(1);
process.exit(run(process.execPath, args));
