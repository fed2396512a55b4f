// What the Chromium benchmarks share: the built web-mode server on a fresh data folder, and a browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium';

const SERVER_ENTRY = resolve(__dirname, '../../out/main/web.js');

/** The screen the benchmarks' own API calls come from, unless they name another. */
export const BENCH_SCREEN = 'bench-api';
/** The PIN a benchmark chooses on its fresh data folder to open trainer mode. */
const BENCH_PIN = '482916';

/** The headers of an API call from `screen` (web mode heeds the screen's name on loopback). */
export function apiHeaders(screen = BENCH_SCREEN): Record<string, string> {
  return { 'content-type': 'application/json', 'x-gymdeck-screen': screen };
}

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; reason?: string; message: string };
}

export interface BenchServer {
  url: string;
  /** Calls an API method the way a screen does, as `screen` (BENCH_SCREEN unless told). */
  call(method: string, input: unknown, screen?: string): Promise<unknown>;
  /**
   * Opens trainer mode on `screen` (BENCH_SCREEN unless told), as a trainer would before any trainer power:
   * chooses the PIN on the fresh data folder, else enters it. The same server checks it as for a screen.
   */
  unlockTrainer(screen?: string): Promise<void>;
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
  const call = async (method: string, input: unknown, screen = BENCH_SCREEN): Promise<unknown> => {
    const response = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: apiHeaders(screen),
      body: JSON.stringify(input),
    });
    return response.json();
  };
  return {
    url,
    call,
    unlockTrainer: async (screen = BENCH_SCREEN) => {
      const status = (await call('trainer:status', {}, screen)) as Answer;
      const { pinSet, unlocked } = (status.value ?? {}) as { pinSet?: boolean; unlocked?: boolean };
      if (unlocked) return;
      const method = pinSet ? 'trainer:unlock' : 'trainer:set-pin';
      const answer = (await call(method, { pin: BENCH_PIN }, screen)) as Answer;
      if (!answer.ok) throw new Error(`Trainer mode did not open: ${answer.error?.message ?? 'no answer'}`);
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

/**
 * Creates (as the trainer) a circuit of `exerciseIds`, each step `workSeconds` long, with no getting ready,
 * rests, breaks or round count, so that it plays forever and every phase is a step; answers its id.
 */
export async function createEndlessCircuit(
  server: BenchServer,
  exerciseIds: readonly string[],
  workSeconds: number,
  cues: boolean,
): Promise<string> {
  const created = (await server.call('circuits:create', {
    name: 'Bench circuit',
    description: '',
    getReadySeconds: 0,
    restSeconds: 0,
    rounds: 0,
    roundBreakSeconds: 0,
    sound: cues,
    flash: cues,
    halfwayCue: cues,
    steps: exerciseIds.map((exerciseId) => ({
      exerciseId,
      workSeconds,
      repTarget: null,
      side: 'both',
      restSeconds: null,
    })),
  })) as Answer & { value?: { id?: string } };
  if (!created.ok || !created.value?.id) {
    throw new Error(`circuits:create failed: ${created.error?.message ?? 'no id'}`);
  }
  return created.value.id;
}
