import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/content-security-policy';

/**
 * Puts the one Content-Security-Policy into the built page, so it holds even where no header can be added
 * (a file:// page in Electron). `frame-ancestors` is dropped: browsers ignore it in a meta tag.
 */
function contentSecurityPolicyMeta(): Plugin {
  const content = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'gymdeck-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head' },
    ],
  };
}

/** The two import roots that spare `../../../` (also in tsconfig.base.json and vitest.config.mts). */
const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src'),
};

/**
 * Three bundles: the main process (which also carries the web-mode server entry and the offline PIN reset,
 * since all run the same services in Node), the sandboxed preload, and the Vue renderer. Dependencies of the Node bundles stay
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
          'reset-pin': resolve(__dirname, 'src/server/reset-pin.ts'),
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
