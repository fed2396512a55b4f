// `npm test`: every check of the project, with one summary at the end. The end-to-end tests (Chromium
// against the build, two pages at a time) keep both cores busy alone, so they start once better-sqlite3
// is built for Node, and only what is left of the light static checks (types, lint, format, the security
// scan, one after another) runs beside them; those start first, beside that compilation (one core for
// a minute and a half on the first run after `npm install`, which leaves it to this command). vitest runs
// last. On two cores, after a fresh install: about 390 s. With vitest beside the end-to-end tests as well,
// Chromium and vitest's processes slowed each other by a sixth more processor time in all.
// A failing step does not hide the others, except that the tests need better-sqlite3 and the end-to-end
// tests a successful build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { run } from './lib/run';

const root = resolve(__dirname, '..');
const results = resolve(root, 'test-results');
const vitestReport = resolve(results, 'vitest.json');
const playwrightReport = resolve(results, 'playwright.json');
const started = Date.now();

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  skipReasons: string[];
  /** Each failed test's name and the first line of why, so the summary alone says what to look at. */
  failures: string[];
  /** Tests that failed and then passed on a retry (CI only): counted as passed, named so none hides. */
  flaky: string[];
}

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const steps: Array<{ name: string; ok: boolean; seconds: number }> = [];

const npx = (bin: string, ...args: string[]): Pick<Step, 'command' | 'args'> => ({
  command: 'npx',
  args: ['--no-install', bin, ...args],
});
const tsx = (script: string, ...args: string[]) => npx('tsx', script, ...args);
const elapsed = (since: number): number => Math.round((Date.now() - since) / 1000);

/** Runs a step in the foreground, its output straight to the terminal. */
function foreground(step: Step): boolean {
  console.log(`\n=== ${step.name}`);
  const at = Date.now();
  const ok = run(step.command, step.args, { cwd: root, env: { ...process.env, ...step.env } }) === 0;
  steps.push({ name: step.name, ok, seconds: elapsed(at) });
  return ok;
}

/**
 * Runs a step beside others; its output is kept and printed in one piece when it ends, so that two lanes
 * never interleave their lines.
 */
function background(step: Step): Promise<boolean> {
  const at = Date.now();
  console.log(`--- started: ${step.name}`);
  return new Promise((done) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (ok: boolean, note = ''): void => {
      const seconds = elapsed(at);
      console.log(`\n=== ${step.name} (${seconds} s)\n${Buffer.concat(output).toString()}${note}`);
      steps.push({ name: step.name, ok, seconds });
      done(ok);
    };
    child.once('error', (error) => finish(false, String(error)));
    child.once('close', (code) => finish(code === 0));
  });
}

/** Runs steps one after another, each whatever the one before did; resolves with whether the last passed. */
async function lane(...lineUp: Step[]): Promise<boolean> {
  let lastOk = true;
  for (const step of lineUp) lastOk = await background(step);
  return lastOk;
}

/** Runs `step` beside others when what it needs is in place, else records that it could not run. */
async function stepIf(ready: boolean, step: Step): Promise<void> {
  if (ready) await background(step);
  else steps.push({ name: `${step.name} (not run)`, ok: false, seconds: 0 });
}

async function main(): Promise<void> {
  mkdirSync(results, { recursive: true });
  // A report left by an earlier run must not stand in for a step that did not write one this time.
  for (const report of [vitestReport, playwrightReport]) rmSync(report, { force: true });
  const nativeModule = lane({
    name: 'better-sqlite3 built for Node',
    ...tsx('scripts/native-for.ts', 'node'),
  });
  // Fetched while the rest starts, where it has to be installed first.
  const chromium = lane({ name: 'Chromium for end-to-end tests', ...tsx('scripts/ensure-chromium.ts') });
  const built = foreground({ name: 'build', ...npx('electron-vite', 'build') });
  const staticChecks = lane(
    { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
    { name: 'lint', ...npx('eslint', '--max-warnings', '0', '.') },
    { name: 'format', ...npx('prettier', '--check', '.') },
    { name: 'security scan', ...tsx('scripts/electronegativity.ts') },
  );
  const storeUsable = await nativeModule;
  await stepIf(built && storeUsable && (await chromium), {
    name: 'end-to-end tests',
    ...npx('playwright', 'test', '--reporter=list,json'),
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  });
  await staticChecks;
  await stepIf(storeUsable, {
    name: 'unit, integration and component tests',
    ...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`),
  });
  summarise();
}

function summarise(): void {
  const vitest = readVitest();
  const playwright = readPlaywright();
  console.log('\n=== summary');
  for (const { name, ok, seconds } of steps)
    console.log(`${ok ? 'ok    ' : 'FAILED'} ${name} (${seconds} s)`);
  for (const [label, counts] of [
    ['vitest', vitest],
    ['playwright', playwright],
  ] as const) {
    if (!counts) continue;
    console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const failure of counts.failures) console.log(`  failed: ${failure}`);
    for (const name of counts.flaky) console.log(`  passed only on a retry: ${name}`);
    for (const reason of counts.skipReasons) console.log(`  not run: ${reason}`);
  }
  const total = [vitest, playwright].reduce(
    (sum, counts) => ({
      passed: sum.passed + (counts?.passed ?? 0),
      failed: sum.failed + (counts?.failed ?? 0),
      skipped: sum.skipped + (counts?.skipped ?? 0),
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const failedSteps = steps.filter((s) => !s.ok).length;
  console.log(
    `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped; ${failedSteps} failed steps; ` +
      `${elapsed(started)} s in all`,
  );
  process.exit(failedSteps === 0 ? 0 : 1);
}

void main();

function readVitest(): Counts | null {
  if (!existsSync(vitestReport)) return null;
  const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{
      name: string;
      message?: string;
      assertionResults: Array<{ status: string; fullName: string; failureMessages?: string[] }>;
    }>;
  };
  const failures = report.testResults.flatMap((file) => {
    const where = relative(root, file.name);
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    // A file that fails to load has no failed test, only a message of its own.
    if (failed.length === 0 && file.message) return [`${where}: ${firstLines(file.message)}`];
    return failed.map((test) => `${where} › ${test.fullName}: ${firstLines(test.failureMessages?.[0])}`);
  });
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    skipReasons: [],
    failures,
    flaky: [],
  };
}

interface PlaywrightSuite {
  suites?: PlaywrightSuite[];
  specs?: Array<{
    title: string;
    file: string;
    line: number;
    tests: Array<{
      status: string;
      projectName: string;
      annotations: Array<{ type: string; description?: string }>;
      results: Array<{ error?: { message?: string; location?: { line: number } } }>;
    }>;
  }>;
}

function readPlaywright(): Counts | null {
  if (!existsSync(playwrightReport)) return null;
  const report = JSON.parse(readFileSync(playwrightReport, 'utf8')) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
    suites: PlaywrightSuite[];
  };
  const reasons = new Set<string>();
  const failures: string[] = [];
  const flaky: string[] = [];
  const visit = (suite: PlaywrightSuite): void => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const name = `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`;
        if (test.status === 'flaky') flaky.push(name);
        if (test.status === 'unexpected') {
          const error = test.results.at(-1)?.error;
          const line = error?.location ? ` (line ${error.location.line})` : '';
          failures.push(`${name}${line}: ${firstLines(error?.message)}`);
        }
        if (test.status !== 'skipped') continue;
        const why = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        reasons.add(`${spec.title}: ${why}`);
      }
    }
    suite.suites?.forEach(visit);
  };
  report.suites.forEach(visit);
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
    skipReasons: [...reasons],
    failures,
    flaky,
  };
}

/**
 * The start of an error's message on one line (an assertion's first lines name the check, the locator and
 * what was expected), without its stack and the colour codes a reporter may have put in it.
 */
function firstLines(message: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const plain = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const start = lines.slice(0, 4).join(' / ');
  if (start === '') return 'no message';
  return start.length > 400 ? `${start.slice(0, 400)}…` : start;
}
