// `npm start`: builds Gymdeck and starts the kiosk in Electron. Arguments after `--` reach the app
// (for example `npm start -- --windowed`).
import { findElectronBinary, NO_ELECTRON_SENTENCE } from './lib/electron-binary';
import { run, runBin } from './lib/run';

/** What Electron 45 and its downloader declare they need; web mode and the tests run on Node 20.19 too. */
const KIOSK_NODE = [22, 12] as const;

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < KIOSK_NODE[0] || (major === KIOSK_NODE[0] && minor < KIOSK_NODE[1])) {
  console.error(
    `The kiosk needs Node ${KIOSK_NODE.join('.')} or later and this is Node ${process.versions.node}; ` +
      'install a newer Node, or serve Gymdeck to a browser with `npm run web`, which runs on this one.',
  );
  process.exit(1);
}

const electron = findElectronBinary();
if (!electron) {
  console.error(NO_ELECTRON_SENTENCE);
  process.exit(1);
}
if (runBin('electron-vite', ['build']) !== 0) process.exit(1);
if (runBin('tsx', ['scripts/native-for.ts', 'electron']) !== 0) process.exit(1);
process.exit(run(electron, ['.', ...process.argv.slice(2)]));
