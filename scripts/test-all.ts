// `npm test`: every check of the project, in order, with one summary at the end. A failing step does not
// hide the others, except that the end-to-end tests need a successful build.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from './lib/run';

const root = resolve(__dirname, '..');
const results = resolve(root, 'test-results');
const vitestReport = resolve(results, 'vitest.json');
const playwrightReport = resolve(results, 'playwright.json');

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  skipReasons: string[];
}

const steps: Array<{ name: string; ok: boolean }> = [];

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${name}`);
  const ok = run(command, args, { cwd: root, env: { ...process.env, ...env } }) === 0;
  steps.push({ name, ok });
  return ok;
}

const npx = (bin: string, ...args: string[]): [string, string[]] => ['npx', ['--no-install', bin, ...args]];
const tsx = (script: string, ...args: string[]): [string, string[]] => npx('tsx', script, ...args);

mkdirSync(results, { recursive: true });
step('better-sqlite3 built for Node', ...tsx('scripts/native-for.ts', 'node'));
step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
step('lint', ...npx('eslint', '--max-warnings', '0', '.'));
step('format', ...npx('prettier', '--check', '.'));
step(
  'unit, integration and component tests',
  ...npx('vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`),
);
const built = step('build', ...npx('electron-vite', 'build'));
step('security scan', ...tsx('scripts/electronegativity.ts'));
if (built && step('Chromium for end-to-end tests', ...tsx('scripts/ensure-chromium.ts'))) {
  step('end-to-end tests', ...npx('playwright', 'test', '--reporter=list,json'), {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
}

const vitest = readVitest();
const playwright = readPlaywright();
console.log('\n=== summary');
for (const { name, ok } of steps) console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}`);
for (const [label, counts] of [
  ['vitest', vitest],
  ['playwright', playwright],
] as const) {
  if (!counts) continue;
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
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
  `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped; ${failedSteps} failed steps`,
);
process.exit(failedSteps === 0 ? 0 : 1);

function readVitest(): Counts | null {
  if (!existsSync(vitestReport)) return null;
  const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    skipReasons: [],
  };
}

interface PlaywrightSuite {
  suites?: PlaywrightSuite[];
  specs?: Array<{
    title: string;
    tests: Array<{ status: string; annotations: Array<{ type: string; description?: string }> }>;
  }>;
}

function readPlaywright(): Counts | null {
  if (!existsSync(playwrightReport)) return null;
  const report = JSON.parse(readFileSync(playwrightReport, 'utf8')) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
    suites: PlaywrightSuite[];
  };
  const reasons = new Set<string>();
  const visit = (suite: PlaywrightSuite): void => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
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
  };
}
