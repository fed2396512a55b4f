// Makes node_modules/better-sqlite3 hold the native binary for one runtime: `node` (tests, web mode,
// benchmarks) or `electron` (the kiosk). Each build is kept in .native-cache, so switching back and forth
// costs a file copy, not a compilation. Run by the commands that need it, never by an install script:
// package.json denies better-sqlite3's own, so `npm install` does not spend a minute compiling for a
// runtime that may not be the one needed, and `npm test` compiles beside its static checks instead.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { run } from './run';

const root = resolve(__dirname, '../..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const packageDir = dirname(requireFromRoot.resolve('better-sqlite3/package.json'));
const binary = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
const marker = join(packageDir, 'build', 'Release', 'gymdeck-runtime.txt');
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(requireFromRoot.resolve(`${name}/package.json`), 'utf8')) as { version: string })
    .version;
// Kept per version of better-sqlite3 too: `npm install` leaves the package unbuilt, and a build kept from
// an earlier version must not be put back beside a newer version's JavaScript.
const cacheRoot = join(root, '.native-cache', `better-sqlite3-${versionOf('better-sqlite3')}`);

function currentRuntime(): string | null {
  return existsSync(marker) ? readFileSync(marker, 'utf8').trim() : null;
}

/** Tried in a fresh process each time: a process that once loaded a native file keeps that copy. */
function loadsInNode(): boolean {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    stdio: 'ignore',
  });
  return probe.status === 0;
}

const keptBuild = (runtime: string): string => join(cacheRoot, runtime, 'better_sqlite3.node');

function remember(runtime: string): void {
  mkdirSync(dirname(keptBuild(runtime)), { recursive: true });
  copyFileSync(binary, keptBuild(runtime));
  writeFileSync(marker, runtime);
}

function restore(runtime: string): boolean {
  const cached = keptBuild(runtime);
  if (!existsSync(cached)) return false;
  mkdirSync(dirname(binary), { recursive: true });
  copyFileSync(cached, binary);
  writeFileSync(marker, runtime);
  return true;
}

function rebuild(env: NodeJS.ProcessEnv): void {
  console.log('Building better-sqlite3 for this runtime (about a minute)…');
  // The flag lets the one package rebuilt here run its install script, which package.json otherwise denies.
  const status = run(
    'npm',
    ['rebuild', 'better-sqlite3', '--foreground-scripts', '--dangerously-allow-all-scripts'],
    {
      cwd: root,
      env: { ...process.env, ...env },
    },
  );
  if (status !== 0) throw new Error('better-sqlite3 could not be built; see the compiler output above.');
}

function ensureNode(): void {
  const runtime = `node-${process.versions.modules}`;
  if (!loadsInNode()) {
    if (!(restore(runtime) && loadsInNode())) rebuild({});
    if (!loadsInNode()) throw new Error('better-sqlite3 still does not load in Node after a rebuild.');
  }
  if (currentRuntime() !== runtime || !existsSync(keptBuild(runtime))) remember(runtime);
}

function ensureElectron(): void {
  const version = versionOf('electron');
  const runtime = `electron-${version}`;
  if (currentRuntime() === runtime) return;
  if (currentRuntime() === `node-${process.versions.modules}` || loadsInNode()) {
    remember(`node-${process.versions.modules}`);
  }
  if (restore(runtime)) return;
  // An empty nodedir overrides a machine-wide one, which would silently build against Node's headers.
  rebuild({
    npm_config_runtime: 'electron',
    npm_config_target: version,
    npm_config_disturl: 'https://electronjs.org/headers',
    npm_config_nodedir: '',
  });
  remember(runtime);
}

export type NativeRuntime = 'node' | 'electron';

/** Puts the build for `runtime` in place, compiling it when no kept build fits; throws when that fails. */
export function ensureNativeModule(runtime: NativeRuntime): void {
  if (runtime === 'node') ensureNode();
  else ensureElectron();
}
