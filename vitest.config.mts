import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

/** The import roots of tsconfig.base.json. */
const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // At least two files at a time, where Vitest's default leaves one core free: much of this suite waits
    // on child processes, worker threads and the disk, and one at a time took two and a half times as long
    // on two cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
          // A limit against a hang: npm test runs these beside the end-to-end tests on two cores.
          testTimeout: 60_000,
        },
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'component',
          environment: 'happy-dom',
          // npm test runs these beside the end-to-end tests; a busy machine must not fail a sound test.
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
