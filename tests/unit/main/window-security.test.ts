import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const sourceRoot = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}

/** Every file under src/ (.ts, .vue, .html, .mjs…: Electronegativity reads only some of them). */
const files = sourceFiles(sourceRoot).map((path) => ({
  path: relative(root, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

function occurrences(pattern: RegExp): { path: string; match: string }[] {
  return files.flatMap(({ path, text }) =>
    [...text.matchAll(new RegExp(pattern.source, 'g'))].map((match) => ({ path, match: match[0] })),
  );
}

const key = (name: string): string => `['"]?\\b${name}\\b['"]?\\s*:\\s*`;

describe('the source tree', () => {
  it('is read from the right place', () => {
    expect(files.some(({ path }) => path === 'src/main/window-options.ts')).toBe(true);
  });

  it('creates a BrowserWindow in exactly one place, from the options factory', () => {
    expect(occurrences(/new\s+BrowserWindow\s*\(/)).toEqual([
      { path: 'src/main/window-options.ts', match: 'new BrowserWindow(' },
    ]);
    expect(occurrences(/new\s+BrowserWindow\s*\(\s*createWindowOptions\s*\(/)).toHaveLength(1);
  });

  it('makes web content nowhere else (no BrowserView, WebContentsView or webview)', () => {
    expect(occurrences(/new\s+(?:BrowserView|WebContentsView)\s*\(/)).toEqual([]);
    expect(occurrences(/<webview\b/i)).toEqual([]);
  });

  it.each([
    ['sandbox', 'false'],
    ['contextIsolation', 'false'],
    ['webSecurity', 'false'],
    ['nodeIntegration', 'true'],
    ['nodeIntegrationInWorker', 'true'],
    ['nodeIntegrationInSubFrames', 'true'],
    ['webviewTag', 'true'],
    ['allowRunningInsecureContent', 'true'],
    ['experimentalFeatures', 'true'],
  ])('never sets %s to %s', (name, value) => {
    const pattern = new RegExp(`${key(name)}${value}\\b`);
    // The pattern itself must catch the usual spellings, or an empty result would prove nothing.
    for (const spelling of [`${name}: ${value}`, `'${name}': ${value}`, `"${name}":${value}`]) {
      expect(pattern.test(`webPreferences: { ${spelling} }`)).toBe(true);
    }
    expect(occurrences(pattern)).toEqual([]);
  });
});
