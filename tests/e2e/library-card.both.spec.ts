import { expect, test } from './fixtures';
import { CardPage } from './pages/card-page';
import { LibraryPage } from './pages/library-page';
import { expectTouchSized } from './support/touch-targets';

const SEED_NAMES = [
  'Bent-over row',
  'Deadlift',
  'Face pull',
  'Pull-up / chin-up',
  'Reverse fly',
  'Seated cable row',
  'T-bar row',
];

test('a card shows the muscle map, steps, cues and prescription, and leads to a rest timer', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const card = new CardPage(page);
  await library.goto();
  await library.open('Face pull');
  await card.expectShowing('Face pull');
  await expect(card.muscleMap).toHaveAttribute('aria-label', /Works: Middle traps, Rear delts\./);
  await expect(page.getByText('Also works', { exact: true })).toBeVisible();
  await expect(card.steps).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Remember' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('group', { name: 'Suggested' })).toContainText('3 sets × 15 reps');
  await expect(page.getByRole('group', { name: 'Suggested' })).toContainText('45 s rest');
  await expect(card.startRest).toHaveText('Start rest · 45 s');
  await expect(card.startRest).toHaveAttribute('href', '#/rest?seconds=45&exercise=face-pull');
});

test('swiping and the arrows move through the filtered list, and Back returns to it', async ({ page }) => {
  const library = new LibraryPage(page);
  const card = new CardPage(page);
  await library.goto();
  await library.chip('Goal', 'Posture').click();
  await expect(library.count).toHaveText('4 exercises');
  await library.open('Face pull');
  await card.expectShowing('Face pull');
  await expect(page.getByText('1 of 4')).toBeVisible();
  await expect(card.previous).toHaveCount(0);

  await card.swipe('left');
  await card.expectShowing('Pull-up / chin-up');
  await expect(card.previous).toHaveAccessibleName('Previous exercise: Face pull');
  await expect(card.next).toHaveAccessibleName('Next exercise: Reverse fly');
  await card.next.click();
  await card.expectShowing('Reverse fly');
  await page.keyboard.press('ArrowRight');
  await card.expectShowing('Seated cable row');
  await expect(page.getByText('4 of 4')).toBeVisible();
  await expect(card.next).toHaveCount(0);
  await card.swipe('left');
  await card.expectShowing('Seated cable row');

  await card.swipe('right');
  await card.expectShowing('Reverse fly');
  await card.previous.click();
  await card.expectShowing('Pull-up / chin-up');

  await card.back.click();
  await expect(library.heading).toBeVisible();
  await expect(library.chip('Goal', 'Posture')).toHaveAttribute('aria-pressed', 'true');
  expect(await library.tileNames()).toEqual([
    'Face pull',
    'Pull-up / chin-up',
    'Reverse fly',
    'Seated cable row',
  ]);

  await library.open('Reverse fly');
  await card.expectShowing('Reverse fly');
  await page.goBack();
  await expect(library.chip('Goal', 'Posture')).toHaveAttribute('aria-pressed', 'true');
  await expect(library.tiles).toHaveCount(4);
});

test('a card reloaded mid-list still swipes through the same filtered list', async ({ page }) => {
  const library = new LibraryPage(page);
  const card = new CardPage(page);
  await library.goto('#/library?q=row');
  await expect(library.count).toHaveText('3 exercises');
  await library.open('Seated cable row');
  await card.expectShowing('Seated cable row');
  await page.reload();
  await card.expectShowing('Seated cable row');
  await expect(card.next).toHaveAccessibleName('Next exercise: T-bar row');
  await expect(card.previous).toHaveAccessibleName('Previous exercise: Bent-over row');
});

for (const name of SEED_NAMES) {
  test(`the card for ${name} fits the screen with large type and nothing overflowing`, async ({ page }) => {
    const library = new LibraryPage(page);
    const card = new CardPage(page);
    await library.goto();
    await library.open(name);
    await card.expectShowing(name);
    await expect(card.muscleMap).toBeVisible();
    await page.evaluate(() => document.fonts.ready);

    const layout = await card.layout();
    expect(layout.overflowing).toEqual([]);
    expect(layout.scrolls).toBe(false);
    expect(layout.nameFontPx).toBeGreaterThanOrEqual(64);
    expect(layout.smallestStepFontPx).toBeGreaterThanOrEqual(32);
    for (const control of [card.back, card.startRest, card.next, card.previous]) {
      if (await control.count()) await expectTouchSized(control);
    }
  });
}
