// Makes sure the end-to-end tests have a Chromium. Debian's headless shell is preferred (a third less
// processor per test than the full browser), so as root on Debian it is installed when missing, even beside
// a full Chromium; otherwise any system Chromium, else Playwright's own where it can be downloaded, else one
// sentence saying how to get one.
import { existsSync } from 'node:fs';
import { findChromium, HEADLESS_SHELL } from './lib/chromium';
import { run, runBin } from './lib/run';

const HOW_TO =
  'No Chromium was found for the end-to-end tests: install one (`sudo apt-get install ' +
  'chromium-headless-shell` on Debian, or `npx playwright install chromium`) or point GYMDECK_CHROMIUM at ' +
  'its executable.';

function tryPlaywrightDownload(): boolean {
  return runBin('playwright', ['install', 'chromium'], { stdio: 'ignore', timeout: 180_000 }) === 0;
}

function tryDebianPackage(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Installing Debian’s chromium-headless-shell package for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = (): boolean =>
    run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], { env, stdio: 'ignore' }) === 0;
  // The package lists may be current already; refresh them only when the first try cannot find the package.
  return install() || (run('apt-get', ['update', '-qq'], { env }) === 0 && install());
}

if (!process.env.GYMDECK_CHROMIUM && !existsSync(HEADLESS_SHELL)) {
  const installed = tryDebianPackage();
  if (!installed && !findChromium() && !(tryPlaywrightDownload() && findChromium())) {
    console.error(HOW_TO);
    process.exit(1);
  }
}
if (!findChromium()) {
  console.error(HOW_TO);
  process.exit(1);
}
