import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { startWebMode } from './support/web-mode';

test('restarting on the same data folder keeps the same seven exercises', async ({ browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gymdeck-restart-'));
  try {
    for (let start = 0; start < 2; start += 1) {
      const server = await startWebMode(dataDir);
      const page = await browser.newPage({ baseURL: server.url });
      const library = new LibraryPage(page);
      await library.goto();
      await expect(library.tiles).toHaveCount(7);
      await page.close();
      await server.stop();
    }
    const db = new Database(join(dataDir, 'gymdeck.db'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT count(*) AS n FROM exercise').get()).toEqual({ n: 7 });
    db.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the page refuses inline script (Content-Security-Policy)', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
      }),
  );
  expect(await violation).toMatch(/^script-src/);
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
});

test('the API refuses a request that names a foreign host', async ({ server }) => {
  const response = await fetch(`${server.url}/api/library:list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
    body: '{}',
  });
  expect(response.status).toBe(403);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
