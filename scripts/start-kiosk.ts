// `npm start`: builds Gymdeck and starts the kiosk in Electron. Arguments after `--` reach the app
// (for example `npm start -- --windowed`).
import { findElectronBinary, NO_ELECTRON_SENTENCE } from './lib/electron-binary';
import { run, runBin } from './lib/run';

const electron = findElectronBinary();
if (!electron) {
  console.error(NO_ELECTRON_SENTENCE);
  process.exit(1);
}
if (runBin('electron-vite', ['build']) !== 0) process.exit(1);
if (runBin('tsx', ['scripts/native-for.ts', 'electron']) !== 0) process.exit(1);
process.exit(run(electron, ['.', ...process.argv.slice(2)]));
