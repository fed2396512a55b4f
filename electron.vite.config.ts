import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import { contentSecurityPolicyMeta } from './scripts/build/content-security-policy-meta';

/** The two import roots that spare `../../../` (also in tsconfig.base.json and vitest.config.mts). */
const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
};

/**
 * Three bundles: the main process (which also carries the web-mode server entries, the offline PIN reset and
 * the import's worker thread, since all run the same services in Node), the sandboxed preload, and the Vue
 * renderer. Dependencies of the Node bundles stay external, so better-sqlite3 is loaded from node_modules
 * with its native binary.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/server/main.ts'),
          // Web mode without its command line, for hosting it inside another Node process (the e2e tests).
          'web-mode': resolve(__dirname, 'src/server/web-mode.ts'),
          'reset-pin': resolve(__dirname, 'src/server/reset-pin.ts'),
          // Imports run in a worker thread, started from this file (src/services/worker-thread.ts).
          'import-worker': resolve(__dirname, 'src/services/library-transfer/import-worker.ts'),
        },
        // Shared chunks beside the entries, so that code in any of them finds the worker in its own folder.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload may only require('electron'): everything else is bundled into one file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias },
    plugins: [vue(), contentSecurityPolicyMeta()],
    // Every component is a <script setup> and every text goes through useI18n(): the Options API and
    // vue-i18n's legacy API and global components need not be shipped or parsed.
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    build: {
      // Shipped to kiosks and to browsers in web mode: keep the download and the parse small.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
