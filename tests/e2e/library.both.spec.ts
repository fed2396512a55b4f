import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { expectTouchSized } from './support/touch-targets';

const SEED_NAMES = [
  'Bent-over row',
  'Seated cable row',
  'Reverse fly',
  'T-bar row',
  'Deadlift',
  'Face pull',
  'Pull-up / chin-up',
];

test('the library shows the seven built-in exercises as cards', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.tiles).toHaveCount(7);
  for (const name of SEED_NAMES) await expect(library.tile(name)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('7 exercises');
});

test('a card opens full screen with its steps and goes back', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.open('Face pull');
  await expect(page.getByRole('heading', { level: 1, name: 'Face pull' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'How to do it' }).getByRole('listitem');
  expect(await steps.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('group', { name: 'Suggested' })).toContainText('×');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(library.tiles).toHaveCount(7);
});

test('every control is at least 64 by 64 pixels', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const controls = page.locator('a, button, input, [role="button"]');
  await expect(library.tiles.first()).toBeVisible();
  for (const control of await controls.all()) await expectTouchSized(control);
  await library.open('Deadlift');
  await expectTouchSized(page.getByRole('link', { name: 'Back to the library' }));
});
