// Makes sure the end-to-end tests have a Chromium: Playwright's own where it can be downloaded, else
// Debian's package when running as root, else one sentence saying how to get one.
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium';
import { run, runBin } from './lib/run';

const HOW_TO =
  'No Chromium was found for the end-to-end tests: install one (`sudo apt-get install chromium` on Debian, ' +
  'or `npx playwright install chromium`) or point GYMDECK_CHROMIUM at its executable.';

function tryPlaywrightDownload(): boolean {
  return runBin('playwright', ['install', 'chromium'], { stdio: 'ignore', timeout: 180_000 }) === 0;
}

function tryDebianPackage(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Installing Debian’s chromium package for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0) return false;
  return run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) === 0;
}

if (!findChromium() && !process.env.GYMDECK_CHROMIUM) {
  const obtained = (tryPlaywrightDownload() && findChromium()) || (tryDebianPackage() && findChromium());
  if (!obtained) {
    console.error(HOW_TO);
    process.exit(1);
  }
}
if (!findChromium()) {
  console.error(HOW_TO);
  process.exit(1);
}
