import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WebModeServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const SERVER_ENTRY = resolve(__dirname, '../../../out/main/web.js');
const HOSTED_ENTRY = resolve(__dirname, '../../../out/main/web-mode.js');
const READY_LINE = /Gymdeck web mode: (http:\/\/\S+)/;

/** What the built `out/main/web-mode.js` exports (src/server/web-mode.ts), as far as the tests use it. */
interface HostedWebMode {
  serveWebMode(options: {
    port: number;
    host: string;
    dataDir: string;
  }): Promise<{ address: string; dataDir: string; close(): Promise<void> }>;
}

/**
 * Serves the built web mode from this process on a free loopback port, with the given data folder, or a
 * fresh one as Gymdeck leaves it after its first start (see `freshFolder`). The same server as `npm run web`
 * without its command line: the built code is loaded once per test worker, where a server process of its
 * own spends about a second of processor loading it.
 */
export async function hostWebMode(dataDir?: string): Promise<WebModeServer> {
  return inFolder(dataDir ?? (await freshFolder()), !dataDir, async (folder) => {
    const running = await serve(folder);
    return { url: running.address, stop: () => running.close() };
  });
}

/** What the built `out/main/web-mode.js` serves, loaded when first needed. */
function serve(dataDir: string): ReturnType<HostedWebMode['serveWebMode']> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveWebMode } = require(HOSTED_ENTRY) as HostedWebMode;
  return serveWebMode({ port: 0, host: '127.0.0.1', dataDir });
}

let firstStart: Promise<string> | null = null;

/**
 * A new data folder holding what Gymdeck's first start leaves behind (the store, migrated and seeded, and
 * closed). The first start is made once per worker and copied for each test: creating and seeding a store
 * costs more than twice what opening a copy does, hundreds of times a run. Tests of the first start itself
 * (and of a restart) start their own folder.
 */
async function freshFolder(): Promise<string> {
  firstStart ??= (async () => {
    const folder = newFolder();
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    await (await serve(folder)).close();
    return folder;
  })();
  const folder = newFolder();
  cpSync(await firstStart, folder, { recursive: true });
  return folder;
}

/** An empty folder of its own in the system's temporary folder. */
function newFolder(): string {
  return mkdtempSync(join(tmpdir(), 'gymdeck-e2e-'));
}

/**
 * Starts the built web-mode server as a process of its own (`npm run web`) on a free port, with the given
 * (or a fresh) data folder; `extraArgs` are more of its options (such as `--trust-proxy 127.0.0.1`).
 */
export function startWebMode(dataDir?: string, extraArgs: readonly string[] = []): Promise<WebModeServer> {
  return inFolder(dataDir ?? newFolder(), !dataDir, async (folder) => {
    const child = spawn(process.execPath, [SERVER_ENTRY, '--port', '0', '--data-dir', folder, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { url: await waitForReady(child), stop: () => stopChild(child) };
  });
}

/** Starts a server on `folder`, which is removed again when the server stops if it is `temporary`. */
async function inFolder(
  folder: string,
  temporary: boolean,
  start: (folder: string) => Promise<{ url: string; stop(): Promise<void> }>,
): Promise<WebModeServer> {
  const server = await start(folder);
  return {
    url: server.url,
    dataDir: folder,
    stop: async () => {
      await server.stop();
      if (temporary) rmSync(folder, { recursive: true, force: true });
    },
  };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match?.[1]) resolveUrl(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The web-mode server exited (${code}) before it was ready:\n${output}`)),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
