import { expect, test } from './fixtures';
import { CardPage } from './pages/card-page';
import { LibraryPage } from './pages/library-page';
import { TrainerExercisesPage } from './pages/trainer-exercises-page';

test('a trainer hides one built-in exercise’s figure: its card and tile lose it, the others keep theirs', async ({
  page,
  trainer: access,
}) => {
  const trainer = new TrainerExercisesPage(page, access);
  const library = new LibraryPage(page);
  const card = new CardPage(page);
  const figureOnTile = (name: string) => library.tile(name).locator('[data-figure]');

  // Before: both exercises show their figures on their tiles.
  await library.goto();
  await expect(figureOnTile('Pull-up / chin-up')).toHaveAttribute('data-figure', 'pull-up');
  await expect(figureOnTile('Face pull')).toHaveAttribute('data-figure', 'face-pull');

  await trainer.openFromLibrary();
  await trainer.edit('Pull-up / chin-up');
  const shown = trainer.figureChoice('Movement figure', 'Show');
  await expect(shown).toBeChecked();
  await trainer.figureChoice('Movement figure', 'Hide').check();
  await expect(page.getByText('Changes not saved yet')).toBeVisible();
  await trainer.save();
  await expect(trainer.status.first()).toHaveText('Pull-up / chin-up is saved.');
  await expect(trainer.figureChoice('Movement figure', 'Hide')).toBeChecked();

  // The member's library: the hidden figure is gone from the tile and the card, the muscle map stands in.
  await library.goto();
  await expect(library.tile('Pull-up / chin-up')).toBeVisible();
  await expect(figureOnTile('Pull-up / chin-up')).toHaveCount(0);
  await expect(library.tile('Pull-up / chin-up').locator('.muscle-map')).toHaveCount(1);
  await expect(figureOnTile('Face pull')).toHaveAttribute('data-figure', 'face-pull');

  await library.open('Pull-up / chin-up');
  await card.expectShowing('Pull-up / chin-up');
  await expect(card.muscleMap).toBeVisible();
  await expect(page.getByRole('article', { name: 'Pull-up / chin-up' }).locator('[data-figure]')).toHaveCount(
    0,
  );

  await library.goto();
  await library.open('Face pull');
  await card.expectShowing('Face pull');
  await expect(page.getByRole('img', { name: 'Face pull, moving figure' })).toBeVisible();

  // Shown again, it comes back.
  await trainer.openFromLibrary();
  await trainer.edit('Pull-up / chin-up');
  await shown.check();
  await trainer.save();
  await expect(trainer.status.first()).toHaveText('Pull-up / chin-up is saved.');
  await library.goto();
  await expect(figureOnTile('Pull-up / chin-up')).toHaveAttribute('data-figure', 'pull-up');
});
