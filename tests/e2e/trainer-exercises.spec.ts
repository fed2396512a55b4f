import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { noisyPng } from '../support/media-files';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { TrainerExercisesPage } from './pages/trainer-exercises-page';
import { expectAllTouchSized } from './support/touch-targets';

const mediaFiles = (dataDir: string): string[] => {
  try {
    return readdirSync(join(dataDir, 'media'));
  } catch {
    return [];
  }
};

test('a trainer creates, edits, illustrates and archives an exercise; members see each step', async ({
  page,
  server,
  trainer: access,
}) => {
  test.slow(); // Trainer and member screens in turn, through every step of an exercise's life.
  const trainer = new TrainerExercisesPage(page, access);
  const library = new LibraryPage(page);
  await trainer.openFromLibrary();
  await expect(trainer.row('Face pull')).toBeVisible();

  // Create.
  await trainer.startNew();
  await trainer.fillRequired('Band pull-apart');
  await page.getByRole('checkbox', { name: 'Posture', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Resistance band', exact: true }).check();
  await trainer.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Band pull-apart' })).toBeVisible();
  await expect(trainer.status.first()).toContainText('Band pull-apart is saved');
  await expect(trainer.muscle('Rhomboids')).toHaveAttribute('aria-checked', 'true');

  // Attach a picture larger than an ordinary request may be: copied into the data folder under a
  // generated name, and served back by id.
  const photo = noisyPng(400, 300);
  expect(photo.length).toBeGreaterThan(256 * 1024);
  await trainer.choosePicture('Start pose', { name: 'my photo.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByText('Start pose: saved.')).toBeVisible();
  await expect(trainer.picture('Start pose')).toBeVisible();
  await expect
    .poll(() => trainer.picture('Start pose').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(400);
  const stored = mediaFiles(server.dataDir);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatch(/^[0-9a-f-]{36}\.png$/);

  // Edit.
  await trainer.field('Name').fill('Band pull-apart, wide grip');
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  await trainer.save();
  await expect(trainer.status.first()).toHaveText('Band pull-apart, wide grip is saved.');

  // The member sees the edit, with the picture, in the library.
  await library.goto();
  await library.open('Band pull-apart, wide grip');
  await expect(page.getByRole('heading', { level: 1, name: 'Band pull-apart, wide grip' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'How to do it' }).getByRole('listitem');
  await expect(steps.nth(1)).toHaveText(/Return slowly\./);
  await expect(page.locator('img[src^="/media/"]')).toBeVisible();

  // Archive: gone from browsing, still listed for the trainer.
  await trainer.openFromLibrary();
  await trainer
    .row('Band pull-apart, wide grip')
    .getByRole('button', { name: 'Archive Band pull-apart, wide grip' })
    .click();
  await expect(trainer.status.first()).toHaveText(
    'Band pull-apart, wide grip is archived: members no longer see it.',
  );
  await expect(trainer.row('Band pull-apart, wide grip')).toHaveCount(0);
  await page.getByRole('radio', { name: 'Archived (1)' }).check();
  await expect(trainer.row('Band pull-apart, wide grip')).toContainText('Archived');

  await library.goto();
  await expect(library.tiles).toHaveCount(7);
  await expect(library.tile('Band pull-apart, wide grip')).toHaveCount(0);
  // Archiving keeps the picture: the exercise can be restored with it.
  expect(mediaFiles(server.dataDir)).toEqual(stored);
});

test('the form explains what is missing and saves nothing until it is right', async ({
  page,
  trainer: access,
}) => {
  const trainer = new TrainerExercisesPage(page, access);
  await trainer.openFromLibrary();
  await trainer.startNew();
  await trainer.save();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not saved: 4 things to fix');
  await expect(alert).toContainText('Name: Give the exercise a name.');
  await expect(alert).toBeFocused();
  await expect(trainer.field('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Save the exercise first, then add pictures and a video here.')).toBeVisible();

  await trainer.fillRequired('Wall angel');
  await trainer.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Wall angel' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  await trainer.backToList();
  await expect(trainer.row('Wall angel')).toBeVisible();
});

test('a file that only claims to be a picture is refused and nothing is stored', async ({
  page,
  server,
  trainer: access,
}) => {
  const trainer = new TrainerExercisesPage(page, access);
  await trainer.openFromLibrary();
  await trainer.row('Face pull').getByRole('link', { name: 'Edit Face pull' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Face pull' })).toBeVisible();

  await trainer.choosePicture('Still picture', {
    name: 'pose.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(page.getByText('This file is not a PNG, JPEG, WebP or GIF picture.')).toBeVisible();
  await expect(trainer.picture('Still picture')).toHaveCount(0);
  expect(mediaFiles(server.dataDir)).toEqual([]);
});

test('steps are put in a new order by dragging', async ({ page, trainer: access }) => {
  const trainer = new TrainerExercisesPage(page, access);
  await trainer.openFromLibrary();
  await trainer.row('Face pull').getByRole('link', { name: 'Edit Face pull' }).click();
  const [first, second, third] = await Promise.all(
    [1, 2, 3].map((n) => trainer.field(`Step ${n}`).inputValue()),
  );

  await page.getByRole('heading', { name: 'Steps' }).evaluate((heading) => heading.scrollIntoView());
  await trainer.dragStep(3, 1);
  await expect(trainer.field('Step 1')).toHaveValue(third ?? '');
  await expect(trainer.field('Step 2')).toHaveValue(first ?? '');
  await expect(trainer.field('Step 3')).toHaveValue(second ?? '');

  await trainer.save();
  await expect(trainer.status.first()).toHaveText('Face pull is saved.');
  await page.reload();
  await expect(trainer.field('Step 1')).toHaveValue(third ?? '');
});

test('duplicating and restoring from the list', async ({ page, trainer: access }) => {
  const trainer = new TrainerExercisesPage(page, access);
  await trainer.openFromLibrary();
  await page.getByRole('button', { name: 'Duplicate Reverse fly' }).click();
  await expect(trainer.status.first()).toHaveText('Copied Reverse fly as “Reverse fly (copy)”.');
  await expect(trainer.row('Reverse fly (copy)')).toBeVisible();

  await page.getByRole('button', { name: 'Archive Deadlift' }).click();
  await page.getByRole('radio', { name: 'Archived (1)' }).check();
  await page.getByRole('button', { name: 'Restore Deadlift' }).click();
  await expect(trainer.status.first()).toHaveText('Deadlift is back in the library.');
  await page.getByRole('radio', { name: 'In use (8)' }).check();
  await expect(trainer.row('Deadlift')).toBeVisible();
});

test('every trainer control is at least 64 by 64 pixels', async ({ page, trainer: access }) => {
  const trainer = new TrainerExercisesPage(page, access);
  await trainer.openFromLibrary();
  await expect(trainer.row('Deadlift')).toBeVisible();
  await expectAllTouchSized(page.locator('main a, main button, main input'));

  await trainer.row('Deadlift').getByRole('link', { name: 'Edit Deadlift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Deadlift' })).toBeVisible();
  await expectAllTouchSized(page.locator('main a, main button, main input, main textarea'));
});
