// Makes sure the end-to-end tests have a Chromium. Debian's headless shell is preferred (a third less
// processor per test than the full browser), so as root on Debian it is installed when missing, even beside
// a full Chromium, and upgraded when older than the engine of the Electron we ship; otherwise any system
// Chromium, else Playwright's own where it can be downloaded, else one sentence saying how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HEADLESS_SHELL } from './lib/chromium';
import { run, runBin } from './lib/run';

const HOW_TO =
  'No Chromium was found for the end-to-end tests: install one (`sudo apt-get install ' +
  'chromium-headless-shell` on Debian, or `npx playwright install chromium`) or point GYMDECK_CHROMIUM at ' +
  'its executable.';

/** Electron 45's Chromium: the engine the kiosk runs, so the one the end-to-end tests should run. */
const ELECTRON_ENGINE_MAJOR = 156;

function majorVersion(executable: string): number {
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return Number(/(\d+)\./.exec(version)?.[1] ?? 0);
}

function tryPlaywrightDownload(): boolean {
  return runBin('playwright', ['install', 'chromium'], { stdio: 'ignore', timeout: 180_000 }) === 0;
}

function tryDebianPackage(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Installing (or upgrading) Debian’s chromium-headless-shell for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // The package lists are refreshed first: a machine's lists may be months old and name an older Chromium
  // (150 where the security archive has 156, Electron 45's engine), whose touch input differs from it.
  if (run('apt-get', ['update', '-qq'], { env }) !== 0) return false;
  return run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], { env, stdio: 'ignore' }) === 0;
}

const outdated = (): boolean => majorVersion(HEADLESS_SHELL) < ELECTRON_ENGINE_MAJOR;
if (!process.env.GYMDECK_CHROMIUM) {
  const present = existsSync(HEADLESS_SHELL);
  if (!present || outdated()) {
    const installed = tryDebianPackage();
    if (present && outdated())
      console.warn(
        `${HEADLESS_SHELL} is older than Chromium ${ELECTRON_ENGINE_MAJOR}, Electron's engine: touch input ` +
          'may differ from the kiosk; upgrade the chromium-headless-shell package.',
      );
    if (!installed && !findChromium()) tryPlaywrightDownload();
  }
}
if (!findChromium()) {
  console.error(HOW_TO);
  process.exit(1);
}
