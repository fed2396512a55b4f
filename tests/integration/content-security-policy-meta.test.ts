import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { contentSecurityPolicyMeta } from '../../scripts/build/content-security-policy-meta';
import { makeTempDir, type TempDir } from '../support/temp-dir';

let dir: TempDir;
beforeEach(() => (dir = makeTempDir('gymdeck-csp-build-')));
afterEach(() => dir.remove());

it('puts the Content-Security-Policy meta tag before every script and stylesheet of the built page', async () => {
  writeFileSync(
    dir.file('index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /><title>Page</title></head>' +
      '<body><div id="app"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(dir.file('main.js'), "import './style.css';\nimport('./later.js');\n");
  writeFileSync(dir.file('later.js'), 'export const later = 1;\n');
  writeFileSync(dir.file('style.css'), 'body { color: white; }\n');
  await build({
    root: dir.path,
    configFile: false,
    logLevel: 'silent',
    plugins: [contentSecurityPolicyMeta()],
    build: { outDir: dir.file('out'), emptyOutDir: true },
  });
  const html = readFileSync(dir.file('out/index.html'), 'utf8');
  const policy = html.indexOf('http-equiv="Content-Security-Policy"');
  expect(policy).toBeGreaterThan(-1);
  for (const tag of ['<script', '<link rel="stylesheet"']) {
    expect(html.indexOf(tag), tag).toBeGreaterThan(-1);
    expect(html.indexOf(tag), tag).toBeGreaterThan(policy);
  }
});
