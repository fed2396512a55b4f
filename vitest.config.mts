import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The import roots of tsconfig.base.json. */
const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
};

/**
 * Test files that each run for a minute or more, mostly in one process or thread at a time. Started first,
 * they run beside the many short files instead of trailing them with one core idle; Vitest's own ordering
 * needs the timings of an earlier run, which a fresh clone does not have.
 */
const LONG_RUNNING = [
  'tests/integration/crash-durability.test.ts',
  'tests/unit/services/api-router.fuzz.test.ts',
  'tests/integration/import-off-thread.test.ts',
];

function rank(file: TestSpecification): number {
  const at = LONG_RUNNING.findIndex((path) => file.moduleId.endsWith(path));
  return at === -1 ? LONG_RUNNING.length : at;
}

/** Vitest's order (failed first, then longest or largest), with the long-running files ahead of all. */
class LongRunningFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve: { alias },
  test: {
    // At least two files at a time, where Vitest's default leaves one core free: much of this suite waits
    // on child processes, worker threads and the disk, and one at a time took two and a half times as long
    // on two cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongRunningFirst },
    globalSetup: ['tests/support/native-module-for-node.ts'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          // Each file makes its own stores, servers and fakes and keeps no state in modules, so the modules
          // are loaded once per worker instead of once per file: that halves the suite's time.
          isolate: false,
          // A limit against a hang: a sound test must not fail on a busy machine with two cores.
          testTimeout: 60_000,
        },
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'component',
          environment: 'happy-dom',
          // A limit against a hang: a sound test must not fail on a busy machine with two cores.
          testTimeout: 30_000,
          include: ['tests/component/**/*.test.ts'],
          // One window for all files: each test mounts into a fresh Pinia, and what it mounted is unmounted
          // after it (the setup file), so the modules are loaded once per worker instead of once per file.
          isolate: false,
          setupFiles: ['tests/component/support/auto-unmount.ts'],
        },
      },
    ],
  },
});
