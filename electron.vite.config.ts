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
 * Three bundles: the main process (which also carries the web-mode server entry, since both run the same
 * services in Node), the sandboxed preload, and the Vue renderer. Dependencies of the Node bundles stay
 * external, so better-sqlite3 is loaded from node_modules with its native binary.
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
        },
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
    build: {
      // Shipped to kiosks and to browsers in web mode: keep the download and the parse small.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
