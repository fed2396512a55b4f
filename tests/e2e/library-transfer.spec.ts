import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { TransferPage } from './pages/transfer-page';
import { TrainerAccess } from './support/trainer';
import { hostWebMode } from './support/web-mode';
import { expectTouchSized } from './support/touch-targets';
import { MYSTERY_MOVE, SANDBAG_LOAD, freeExerciseDbEntry } from '../support/free-exercise-db';

const GOOD_AND_BAD: unknown[] = [
  freeExerciseDbEntry(),
  SANDBAG_LOAD,
  MYSTERY_MOVE,
  { id: 'Broken', name: 'Broken entry' },
];

test('an export downloads the library as a file that imports into another Gymdeck', async ({
  page,
  trainer,
}, testInfo) => {
  test.slow(); // Two Gymdecks, an export from one and an import into the other.
  // Two exercises beyond the built-in seven, so that the other screen has something new to take.
  const seeded = await trainer.call('library:import', { content: JSON.stringify(GOOD_AND_BAD.slice(0, 2)) });
  expect(seeded.ok).toBe(true);

  const transfer = new TransferPage(page, trainer);
  await transfer.goto();
  const download = await transfer.download(transfer.exportAll);
  expect(download.suggestedFilename()).toMatch(/^gymdeck-library-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    version: number;
    exercises: unknown[];
  };
  expect(exported).toMatchObject({ format: 'gymdeck-library', version: 1 });
  expect(exported.exercises).toHaveLength(9);
  await expect(transfer.exportStatus).toHaveText(`Saved ${download.suggestedFilename()} with 9 exercises.`);

  // Back into the same library: nothing to do.
  await transfer.choose(file);
  expect(await transfer.countFigures()).toEqual({ New: 0, Updated: 0, Unchanged: 9, Skipped: 0 });
  await expect(page.getByText('Everything in this file is already in the library')).toBeVisible();
  await transfer.cancel.click();

  const other = await hostWebMode();
  try {
    await new TrainerAccess(other.url).unlock();
    await page.goto(`${other.url}/#/trainer/transfer`);
    await transfer.heading.waitFor();
    await transfer.choose(file);
    await expect(page.getByText(`${download.suggestedFilename()}: Gymdeck library export`)).toBeVisible();
    expect(await transfer.countFigures()).toEqual({ New: 2, Updated: 0, Unchanged: 7, Skipped: 0 });
    await expect(transfer.entry('New', 'Sandbag Load')).toContainText('Adds the equipment Sandbag.');
    await transfer.confirmButton(2).click();
    await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
    expect(await transfer.countFigures()).toEqual({ New: 2, Updated: 0, Unchanged: 7, Skipped: 0 });

    await page.getByRole('link', { name: 'Open the library' }).click();
    const library = new LibraryPage(page);
    await library.heading.waitFor();
    await expect(library.tiles).toHaveCount(9);
    await expect(library.tile('Seated Cable Rows')).toBeVisible();
  } finally {
    await other.stop();
  }
});

test('a chosen few exercises export on their own', async ({ page, trainer }, testInfo) => {
  const transfer = new TransferPage(page, trainer);
  await transfer.goto();
  await transfer.chooseExercises.click();
  await page.getByRole('checkbox', { name: 'Face pull' }).check();
  await page.getByRole('checkbox', { name: 'Deadlift' }).check();
  const download = await transfer.download(page.getByRole('button', { name: 'Export 2 chosen exercises' }));
  const file = testInfo.outputPath('chosen.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { exercises: { id: string }[] };
  expect(exported.exercises.map((exercise) => exercise.id)).toEqual(['deadlift', 'face-pull']);
});

test('a free-exercise-db list with good and bad entries is previewed, imported and reported', async ({
  page,
  trainer,
}, testInfo) => {
  const file = testInfo.outputPath('exercises.json');
  writeFileSync(file, JSON.stringify(GOOD_AND_BAD));
  const transfer = new TransferPage(page, trainer);
  await transfer.goto();
  await expectTouchSized(transfer.chooseFile);
  await transfer.choose(file);

  await expect(page.getByText('exercises.json: free-exercise-db list')).toBeVisible();
  expect(await transfer.countFigures()).toEqual({ New: 2, Updated: 0, Unchanged: 0, Skipped: 2 });
  await expect(transfer.entry('Skipped', 'Mystery move')).toContainText('None of its muscles is known here.');
  await expect(transfer.entry('Skipped', 'Broken entry')).toContainText(
    'Not a sound entry: missing force, level',
  );
  await expect(transfer.entry('New', 'Sandbag Load')).toContainText('Left out the muscle wings');
  await expect(transfer.entry('New', 'Seated Cable Rows')).toContainText('Pictures are not imported.');
  await expect(page.getByText('New equipment: Sandbag')).toBeVisible();
  await expectTouchSized(transfer.confirmButton(2));
  await expectTouchSized(transfer.cancel);

  // Nothing is in the library until the import is confirmed.
  const before = await page.request.post('/api/library:list', { data: {} });
  expect(await before.json()).toMatchObject({ ok: true, value: { total: 7 } });

  await transfer.confirmButton(2).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
  expect(await transfer.countFigures()).toEqual({ New: 2, Updated: 0, Unchanged: 0, Skipped: 2 });

  // The same file again changes nothing.
  await transfer.choose(file);
  expect(await transfer.countFigures()).toEqual({ New: 0, Updated: 0, Unchanged: 2, Skipped: 2 });
  await transfer.cancel.click();

  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.tiles).toHaveCount(9);
  await expect(library.tile('Seated Cable Rows')).toBeVisible();
  await expect(library.tile('Sandbag Load')).toBeVisible();
  await library.open('Sandbag Load');
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbag Load' })).toBeVisible();
});

test('a file that is not an exercise list is refused with one clear message', async ({
  page,
  trainer,
}, testInfo) => {
  const file = testInfo.outputPath('notes.json');
  writeFileSync(file, '{"shopping": ["eggs"]}');
  const transfer = new TransferPage(page, trainer);
  await transfer.goto();
  await transfer.choose(file);
  await expect(transfer.failure).toContainText('This file cannot be imported');
  await expect(transfer.failure).toContainText(
    'neither a Gymdeck library export nor a free-exercise-db list',
  );
  await expect(page.getByRole('button', { name: 'Choose another file' })).toBeVisible();
});

test('the trainer home leads to import and export, and back', async ({ page, trainer }) => {
  await trainer.unlock();
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: /^Import and export/ }).click();
  const transfer = new TransferPage(page, trainer);
  await transfer.heading.waitFor();
  for (const control of [transfer.chooseFile, transfer.exportAll, transfer.chooseExercises]) {
    await expectTouchSized(control);
  }
  await page.getByRole('link', { name: 'Back to trainer' }).click();
  await expect(page.getByRole('link', { name: /^Import and export/ })).toBeVisible();
});
