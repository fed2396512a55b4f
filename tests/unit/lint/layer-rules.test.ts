import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** The import-rule errors ESLint reports for `code` as if it were the file at `path`. */
async function importErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('no-restricted-imports'))
    .map((message) => message.message);
}

// Each layer rule of ARCHITECTURE.md, broken once: a file in the layer importing what it must not.
const BROKEN: ReadonlyArray<[layer: string, path: string, code: string]> = [
  ['renderer uses Node', 'src/renderer/src/views/X.ts', "import { readFileSync } from 'node:fs';"],
  ['renderer uses SQLite', 'src/renderer/src/stores/x.ts', "import Database from 'better-sqlite3';"],
  ['renderer uses Electron', 'src/renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
  ['renderer reaches a service', 'src/renderer/src/stores/x.ts', "import '../../../services/library';"],
  ['renderer reaches the store', 'src/renderer/src/x.ts', "import '../../store/database';"],
  ['shared uses Node', 'src/shared/domain/x.ts', "import { join } from 'node:path';"],
  ['shared imports the renderer', 'src/shared/domain/x.ts', "import '@renderer/api';"],
  ['shared reaches a service', 'src/shared/timing/x.ts', "import '../../services/library';"],
  ['a service imports Electron', 'src/services/x.ts', "import { app } from 'electron';"],
  ['a service imports the shell', 'src/services/x.ts', "import '../main/kiosk-app';"],
  ['a service imports the renderer', 'src/services/x.ts', "import '@renderer/router';"],
  ['the store imports a service', 'src/store/repositories/x.ts', "import '../../services/library';"],
  ['the store imports Electron', 'src/store/x.ts', "import { app } from 'electron';"],
  ['the shell reaches the store', 'src/main/x.ts', "import { openDatabase } from '../store/database';"],
  ['the shell reaches a service', 'src/main/x.ts', "import { createServices } from '../services';"],
  ['web mode reaches a service', 'src/server/x.ts', "import '../services/library';"],
  ['web mode imports Electron', 'src/server/x.ts', "import { app } from 'electron';"],
  ['web mode imports the shell', 'src/server/x.ts', "import '../main/kiosk-app';"],
  ['the preload uses Node', 'src/preload/x.ts', "import { readFileSync } from 'node:fs';"],
  ['the preload carries the schemas', 'src/preload/x.ts', "import '@shared/contract/schemas';"],
  ['the preload reaches a service', 'src/preload/x.ts', "import '../services/backend';"],
  [
    'renderer loads the schemas',
    'src/renderer/src/stores/x.ts',
    "import { contract } from '@shared/contract';",
  ],
];

// What each layer is allowed, so that the rules are not simply refusing everything.
const ALLOWED: ReadonlyArray<[layer: string, path: string, code: string]> = [
  ['renderer uses the contract', 'src/renderer/src/stores/x.ts', "import '@shared/contract/result';"],
  [
    'renderer uses contract types',
    'src/renderer/src/x.ts',
    "import type { MethodInput } from '@shared/contract';",
  ],
  ['renderer uses its own parts', 'src/renderer/src/views/X.ts', "import '@renderer/stores/library';"],
  ['a service uses the store', 'src/services/x.ts', "import '../store/database';"],
  ['the shell uses the backend', 'src/main/x.ts', "import { startBackend } from '../services/backend';"],
  ['web mode uses the backend', 'src/server/x.ts', "import { startBackend } from '../services/backend';"],
  ['the preload uses the method list', 'src/preload/x.ts', "import '@shared/contract/methods';"],
];

describe('layer rules in the lint configuration', () => {
  it.each(BROKEN)('refuses: %s', async (_layer, path, code) => {
    expect(await importErrors(path, code)).toHaveLength(1);
  });

  it.each(ALLOWED)('allows: %s', async (_layer, path, code) => {
    expect(await importErrors(path, code)).toEqual([]);
  });
});
