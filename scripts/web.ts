// `npm run web`: builds the renderer and serves Gymdeck to a browser from Node. Options after `--` reach
// the server: --port, --host, --data-dir, --allow-host.
import { run, runBin } from './lib/run';

if (runBin('tsx', ['scripts/native-for.ts', 'node']) !== 0) process.exit(1);
if (!process.argv.includes('--skip-build') && runBin('electron-vite', ['build']) !== 0) process.exit(1);
const args = process.argv.slice(2).filter((arg) => arg !== '--skip-build');
process.exit(run(process.execPath, ['out/main/web.js', ...args]));
