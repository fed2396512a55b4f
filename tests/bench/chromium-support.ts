// What the Chromium benchmarks share: the built web-mode server on a fresh data folder, and a browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium';

const SERVER_ENTRY = resolve(__dirname, '../../out/main/web.js');
/** The screen the benchmarks' own calls come from, and the trainer PIN they choose. */
const BENCH_SCREEN = 'bench-setup';
const BENCH_PIN = '482916';

export interface BenchServer {
  url: string;
  /** Calls an API method the way a trainer's screen does, with trainer mode open on it. */
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
  const post = async (method: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gymdeck-Screen': BENCH_SCREEN },
      body: JSON.stringify(input),
    });
    return response.json();
  };
  // A fresh data folder has no PIN yet: choosing one opens trainer mode on the screen that chose it.
  const pinChosen = post('trainer:set-pin', { pin: BENCH_PIN });
  return {
    url,
    call: async (method, input) => {
      await pinChosen;
      const answer = (await post(method, input)) as { ok?: boolean; error?: { reason?: string } };
      if (answer.ok !== false || answer.error?.reason !== 'trainer-locked') return answer;
      // Trainer mode closed after a while without calls (a long measurement): open it again.
      await post('trainer:unlock', { pin: BENCH_PIN });
      return post(method, input);
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
