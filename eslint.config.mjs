import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_ONLY = ['electron', 'better-sqlite3', 'fastify', '@fastify/*', 'node:*'];
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'http', 'net'];

/** Each layer may import only what its environment has; see ARCHITECTURE.md. */
const layerRules = [
  {
    // Renderer and shared code run in a browser (or anywhere): no Electron, no native modules, no Node.
    files: ['src/renderer/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'Renderer and shared code may not use Electron, SQLite or Node.' },
            { group: NODE_BUILTINS, message: 'Renderer and shared code may not use Node built-ins.' },
            {
              group: ['**/store/**', '**/services/**', '**/main/**', '**/server/**', '**/preload/**'],
              message: 'Renderer and shared code reach the services only through the API contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services and the store are plain Node: they run in Electron's main process, the web server and tests.
    files: ['src/services/**', 'src/store/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Services, store and server never import Electron.' },
            { group: ['**/renderer/**', '**/main/**'], message: 'Lower layers do not depend on upper ones.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'The store never imports Electron.' },
            {
              group: ['**/services/**', '**/server/**', '**/renderer/**', '**/main/**'],
              message: 'The store is the bottom layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The preload is sandboxed: it may require only Electron and the dependency-free method list.
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', ...NODE_BUILTINS, 'better-sqlite3'],
              message: 'A sandboxed preload has no Node.',
            },
            {
              group: ['**/services/**', '**/store/**', '**/renderer/**'],
              message: 'The preload only bridges.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'out', 'dist', 'coverage', 'test-results', 'playwright-report', '.bench'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      'vue/no-v-html': 'error',
      'vue/require-default-prop': 'off',
      'vue/multi-word-component-names': ['error', { ignores: ['App'] }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**', 'tests/component/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Playwright fixtures must destructure their (possibly empty) dependencies.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  ...layerRules,
  prettier,
);
