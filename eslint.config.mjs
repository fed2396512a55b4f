import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_ONLY = ['electron', 'better-sqlite3', 'fastify', '@fastify/*', 'node:*'];
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'http', 'net'];

/** Each layer may import only what its environment has; see ARCHITECTURE.md. */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const NO_NODE = [
  { group: NODE_ONLY, message: 'Code that runs in a browser may not use Electron, SQLite or Node.' },
  { group: NODE_BUILTINS, message: 'Code that runs in a browser may not use Node built-ins.' },
];
const NO_LOWER_LAYERS = {
  group: [
    '**/store',
    '**/store/**',
    '**/services',
    '**/services/**',
    '**/main/**',
    '**/server/**',
    '**/preload/**',
  ],
  message: 'Renderer and shared code reach the services only through the API contract.',
};
const NO_RENDERER = {
  group: ['@renderer/*', '**/renderer/**'],
  message: 'Only the renderer imports the renderer.',
};
const NO_ELECTRON = { group: ['electron'], message: 'Only the Electron shell imports Electron.' };

/** Any path into the store, or into the services other than through their one door, src/services/backend. */
const PAST_THE_BACKEND = {
  regex: '(^|/)(store(/|$)|services(/(?!backend$)|$))',
  message: 'Transports reach the services and the store only through src/services/backend.',
};

const layerRules = [
  // The screens run in a browser engine: no Node, and the services only through the API client.
  { files: ['src/renderer/**'], rules: restrict(...NO_NODE, NO_LOWER_LAYERS) },
  // Shared code runs in every layer, so it may depend on none of them.
  { files: ['src/shared/**'], rules: restrict(...NO_NODE, NO_LOWER_LAYERS, NO_RENDERER) },
  {
    // Services are plain Node: they run in Electron's main process, the web server and tests.
    files: ['src/services/**'],
    rules: restrict(NO_ELECTRON, NO_RENDERER, {
      group: ['**/main/**', '**/server/**', '**/preload/**'],
      message: 'Services do not depend on the transports above them.',
    }),
  },
  {
    files: ['src/store/**'],
    rules: restrict(NO_ELECTRON, NO_RENDERER, {
      group: ['**/services/**', '**/server/**', '**/main/**', '**/preload/**'],
      message: 'The store is the bottom layer.',
    }),
  },
  {
    // The Electron shell adapts; the domain is reached through the backend module only.
    files: ['src/main/**'],
    rules: restrict(NO_RENDERER, PAST_THE_BACKEND),
  },
  {
    // Web mode runs without Electron.
    files: ['src/server/**'],
    rules: restrict(NO_ELECTRON, NO_RENDERER, PAST_THE_BACKEND, {
      group: ['**/main/**', '**/preload/**'],
      message: 'Web mode never imports the Electron shell.',
    }),
  },
  {
    // The preload is sandboxed: it may require only Electron and the dependency-free method list.
    files: ['src/preload/**'],
    rules: restrict(
      { group: ['node:*', ...NODE_BUILTINS, 'better-sqlite3'], message: 'A sandboxed preload has no Node.' },
      {
        group: [
          '**/services/**',
          '**/store/**',
          '**/renderer/**',
          '@renderer/*',
          '**/main/**',
          '**/server/**',
        ],
        message: 'The preload only bridges.',
      },
      {
        regex: '^@shared/(?!contract/methods$)',
        message: 'The preload carries only the method list, not the schemas.',
      },
    ),
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
  {
    // The screens take types from the whole contract but values only from its schema-free modules, so that
    // the validation library (which the service side runs) stays out of the first screen's download.
    files: ['src/renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@shared/contract(/(index|schemas|validation|[a-z-]*-schemas))?$',
              allowTypeImports: true,
              message:
                'The screens import values from @shared/contract/result, methods or caller, not the schemas.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
