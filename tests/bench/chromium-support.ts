// What the Chromium benchmarks share: the built web-mode server on a fresh data folder, and a browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium';

const SERVER_ENTRY = resolve(__dirname, '../../out/main/web.js');

export interface BenchServer {
  url: string;
  /** Calls an API method the way the screen does. */
  call(method: string, input: unknown): Promise<unknown>;
  stop(): void;
}

/** The built web-mode server (`npm run build` first) on a free port and a throwaway data folder. */
export async function startServer(): Promise<BenchServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error('No build found: run `npm run build` first.');
  const folder = mkdtempSync(join(tmpdir(), 'gymdeck-bench-'));
  const child = spawn(process.execPath, [SERVER_ENTRY, '--port', '0', '--data-dir', folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Gymdeck web mode: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`web mode exited (${code}) before it was ready`)));
  });
  return {
    url,
    call: async (method, input) => {
      const response = await fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    stop: () => {
      child.kill('SIGTERM');
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (see scripts/lib/chromium.ts).');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}
