import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { expectTouchSized } from './support/touch-targets';
import { SEED_NAMES } from '../support/seed-library';

test('the library shows the seven built-in exercises as cards, each with its movement drawn in muscle colours', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.tiles).toHaveCount(7);
  await library.expectTiles(SEED_NAMES);
  await expect(library.count).toHaveText('7 exercises');
  const tile = library.tile('Face pull');
  await expect(tile).toContainText('Middle traps');
  await expect(tile).toContainText('Cable station');
  // A still of the end position, its working muscles in the muscle map's colours.
  const figure = tile.locator('[data-figure="face-pull"] svg');
  await expect(figure).toBeVisible();
  await expect(figure.locator('.movement-figure__muscle--primary').first()).toBeAttached();
});

test('each goal chip narrows the list, and a second tap widens it again', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.chip('Goal', 'Posture').click();
  await expect(library.count).toHaveText('4 exercises');
  await library.expectTiles(['Face pull', 'Pull-up / chin-up', 'Reverse fly', 'Seated cable row']);
  await expect(library.chip('Goal', 'Posture')).toHaveAttribute('aria-pressed', 'true');

  await library.chip('Goal', 'Strength').click();
  await expect(library.count).toHaveText('5 exercises');
  await library.expectTiles([
    'Bent-over row',
    'Deadlift',
    'Pull-up / chin-up',
    'Seated cable row',
    'T-bar row',
  ]);
  await expect(library.chip('Goal', 'Posture')).toHaveAttribute('aria-pressed', 'false');

  await library.chip('Goal', 'Strength').click();
  await expect(library.tiles).toHaveCount(7);
});

test('a body region chip finds what works it, and its muscles narrow it further', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.chip('Body region', 'Lower back').click();
  await expect(library.count).toHaveText('3 exercises');
  await library.expectTiles(['Bent-over row', 'Deadlift', 'T-bar row']);

  await library.chip('Body region', 'Shoulder blade').click();
  await expect(library.chip('Body region', 'Lower back')).toHaveAttribute('aria-pressed', 'false');
  await library.expectTiles(['Face pull', 'Pull-up / chin-up']);
  await library.chip('Muscle', 'Rotator cuff').click();
  await expect(library.count).toHaveText('One exercise');
  await library.expectTiles(['Face pull']);
});

test('equipment chips find exercises using any of the chosen equipment', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.chip('Equipment', 'Cable station').click();
  await expect(library.count).toHaveText('2 exercises');
  await library.expectTiles(['Face pull', 'Seated cable row']);
  await library.chip('Equipment', 'Barbell').click();
  await expect(library.count).toHaveText('4 exercises');
  await library.expectTiles(['Bent-over row', 'Deadlift', 'Face pull', 'Seated cable row']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(library.tiles).toHaveCount(7);
});

test('searching with the on-screen keyboard finds every row, by part of a word and in any case', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.typeOnScreen('row');
  await expect(library.search).toHaveValue('row');
  await expect(library.count).toHaveText('3 exercises');
  await library.expectTiles(['Bent-over row', 'Seated cable row', 'T-bar row']);
  await expect(page).toHaveURL(/#\/library\?q=row$/);

  await library.key('Clear').click();
  await library.typeOnScreen('lat');
  await expect(library.count).toHaveText('5 exercises');
  await library.expectTiles([
    'Bent-over row',
    'Deadlift',
    'Pull-up / chin-up',
    'Seated cable row',
    'T-bar row',
  ]);

  await library.closeKeyboard();
  await expect(library.keyboard).toBeHidden();
  await library.search.fill('CABLE');
  await expect(library.count).toHaveText('2 exercises');
  await library.expectTiles(['Face pull', 'Seated cable row']);
});

test('search and chips combine, and a search that finds nothing says so', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.chip('Goal', 'Posture').click();
  await expect(library.count).toHaveText('4 exercises');
  await library.typeOnScreen('row');
  await expect(library.count).toHaveText('One exercise');
  await library.expectTiles(['Seated cable row']);
  await library.typeOnScreen('zz');
  await expect(page.getByText('No exercises match.')).toBeVisible();
  await library.closeKeyboard();
  await page.getByRole('button', { name: 'Show all exercises' }).click();
  await expect(library.tiles).toHaveCount(7);
  await expect(library.search).toHaveValue('');
});

test('every control on the library and the keyboard is at least 64 by 64 pixels', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.chip('Body region', 'Mid back').click();
  await expect(library.chip('Muscle', 'Lower traps')).toBeVisible();
  await expect(library.tiles.first()).toBeVisible();
  for (const control of await page.locator('main a, main button, main input').all())
    await expectTouchSized(control);
  await library.search.click();
  await expect(library.keyboard).toBeVisible();
  for (const key of await library.keyboard.getByRole('button').all()) await expectTouchSized(key);
});
