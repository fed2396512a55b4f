import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { TrainerAccess, nameScreen } from './support/trainer';
import { startWebMode } from './support/web-mode';

test('a damaged data file is set aside, the library comes back, and the trainer is told', async ({
  browser,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gymdeck-damaged-'));
  writeFileSync(join(dataDir, 'gymdeck.db'), 'a disk that failed mid-write left this here '.repeat(500));
  const server = await startWebMode(dataDir);
  try {
    const page = await browser.newPage({ baseURL: server.url });
    await nameScreen(page);
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.tiles).toHaveCount(7);

    await new TrainerAccess(server.url).unlock();
    await page.goto('/#/trainer');
    const notice = page.getByRole('alert').filter({ hasText: 'The data file was damaged' });
    await expect(notice).toContainText('started again with the built-in library');
    const keptAs = readdirSync(dataDir).find((name) => name.startsWith('gymdeck.db.damaged-'));
    expect(keptAs).toBeDefined();
    await expect(notice).toContainText(keptAs ?? '');

    await notice.getByRole('button', { name: 'Understood' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Trainer' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'The data file was damaged' })).toHaveCount(0);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
