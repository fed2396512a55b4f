import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WebModeServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const SERVER_ENTRY = resolve(__dirname, '../../../out/main/web.js');
const READY_LINE = /Gymdeck web mode: (http:\/\/\S+)/;

/**
 * Starts the built web-mode server on a free port with the given (or a fresh) data folder; `extraArgs`
 * are more of its options (such as `--trust-proxy 127.0.0.1`).
 */
export async function startWebMode(
  dataDir?: string,
  extraArgs: readonly string[] = [],
): Promise<WebModeServer> {
  const folder = dataDir ?? mkdtempSync(join(tmpdir(), 'gymdeck-e2e-'));
  const child = spawn(process.execPath, [SERVER_ENTRY, '--port', '0', '--data-dir', folder, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForReady(child);
  return {
    url,
    dataDir: folder,
    stop: async () => {
      await stopChild(child);
      if (!dataDir) rmSync(folder, { recursive: true, force: true });
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
