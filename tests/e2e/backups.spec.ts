import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BackupsPage } from './pages/backups-page';
import { LibraryPage } from './pages/library-page';

test('a trainer backs up, restores that backup after confirming, and the app comes back on it', async ({
  page,
  server,
  trainer,
}) => {
  // A whole backup, restore and download round trip: more than one ordinary test's time on a busy machine.
  test.slow();
  const backups = new BackupsPage(page);
  await trainer.unlock();
  await backups.goto();
  await expect(page.getByText('No backups yet.')).toBeVisible();
  await backups.backUpNow.click();
  await expect(backups.status).toContainText('Backed up:');
  await expect(backups.rows).toHaveCount(1);
  await expect(backups.rows.first()).toContainText('Made on request');
  await expect(backups.rows.first()).toContainText('Checked');

  expect(await trainer.call('library:archive', { id: 'deadlift' })).toMatchObject({ ok: true });
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.tiles).toHaveCount(6);

  // Leaving the trainer's screens locked trainer mode.
  await trainer.unlock();
  await backups.goto();
  await backups.restoreButton(0).click();
  await expect(backups.dialog).toContainText('Restore the backup of');
  await expect(backups.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await backups.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.dialog).toHaveCount(0);

  await backups.restoreButton(0).click();
  await backups.dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(backups.status).toContainText('is in use now');
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.first()).toContainText('Before a restore');

  await library.goto();
  await expect(library.tiles).toHaveCount(7);

  await trainer.unlock();
  await backups.goto();
  const download = await backups.save(1);
  const name = download.suggestedFilename();
  expect(name).toMatch(/^gymdeck-\d{6}-\d{8}T\d{6}Z-on-request\.db$/);
  const saved = await download.path();
  const original = join(server.dataDir, 'backups', name);
  expect(statSync(saved).size).toBe(statSync(original).size);
  expect(readFileSync(saved).equals(readFileSync(original))).toBe(true);
});
