import { SAMPLES, solidPng } from '../support/media-files';
import { expect, test } from './fixtures';
import type { TrainerAccess } from './support/trainer';
import { CardPage } from './pages/card-page';
import { LibraryPage } from './pages/library-page';
import { expectTouchSized } from './support/touch-targets';
import { SEED_NAMES } from '../support/seed-library';
import { sharePage } from './support/shared-page';

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
  await card.startRest.click();
  await expect(page).toHaveURL(/#\/rest\?seconds=45&exercise=face-pull$/);
  await expect(page.getByRole('timer')).toBeVisible();
});

test('swiping and the arrows move through the filtered list, and Back returns to it', async ({ page }) => {
  test.slow(); // Five cards and the library twice, each with its figure.
  const library = new LibraryPage(page);
  const card = new CardPage(page);
  await library.goto();
  await library.chip('Goal', 'Posture').click();
  await expect(library.count).toHaveText('4 exercises');
  await library.open('Face pull');
  await card.expectShowing('Face pull');
  await expect(page.getByText('1 of 4')).toBeVisible();
  await expect(card.previous).toHaveCount(0);

  await card.swipe('left', 'touch');
  await card.expectShowing('Pull-up / chin-up');
  await expect(card.previous).toHaveAccessibleName('Previous Face pull');
  await expect(card.next).toHaveAccessibleName('Next Reverse fly');
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
  await library.expectTiles(['Face pull', 'Pull-up / chin-up', 'Reverse fly', 'Seated cable row']);

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
  await expect(card.next).toHaveAccessibleName('Next T-bar row');
  await expect(card.previous).toHaveAccessibleName('Previous Bent-over row');
});

test.describe('each built-in card', () => {
  // The cards only read what they show: one load of the app, each test opening its card from the library.
  const shared = sharePage();
  for (const name of SEED_NAMES) {
    test(`the card for ${name} fits the screen with large type and nothing overflowing`, async () => {
      const { page } = shared;
      const library = new LibraryPage(page);
      const card = new CardPage(page);
      await library.goto();
      await library.open(name);
      await card.expectShowing(name);
      await expect(card.muscleMap).toBeVisible();
      await card.expectFitsTheScreen();
      for (const control of [card.back, card.startRest, card.next, card.previous]) {
        if (await control.count()) await expectTouchSized(control);
      }
    });
  }
});

/** A trainer's change to the library, made straight through the API. */
async function callApi<T>(trainer: TrainerAccess, method: string, input: unknown): Promise<T> {
  const result = await trainer.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

test('a start and an end picture alternate on the card, served from the store', async ({ page, trainer }) => {
  for (const [role, colour] of [
    ['start', [40, 160, 255]],
    ['end', [255, 120, 40]],
  ] as const) {
    await callApi(trainer, 'library:attach-media', {
      exerciseId: 'face-pull',
      role,
      data: solidPng(64, 48, colour).toString('base64'),
    });
  }
  await page.clock.install();
  const card = new CardPage(page);
  await page.goto('/#/library/face-pull');
  await card.expectShowing('Face pull');

  const start = page.getByRole('img', { name: 'Face pull: Start position' });
  const end = page.getByRole('img', { name: 'Face pull: End position' });
  await expect(start).toBeVisible();
  await expect(end).toBeHidden();
  expect(
    await start.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth)),
  ).toBe(64);
  await page.clock.runFor(1700);
  await expect(end).toBeVisible();
  await expect(start).toBeHidden();
  await expect(card.muscleMap).toBeVisible();
  await card.expectFitsTheScreen();
});

test('a long name and many steps still fit, with type no smaller than the floor', async ({
  page,
  trainer,
}) => {
  const created = await callApi<{ id: string }>(trainer, 'library:create', {
    name: 'Half-kneeling single-arm cable row with rotation',
    aliases: [],
    summary: '',
    level: 'intermediate',
    tags: ['posture'],
    equipment: ['cable-station'],
    primaryMuscles: ['lats', 'rhomboids'],
    secondaryMuscles: ['obliques', 'rear-delts'],
    steps: [
      'Kneel side-on to the cable with the outside knee up and your hips square.',
      'Take the handle in the hand nearest the cable, arm long and shoulder low.',
      'Brace your trunk as if someone were about to push you sideways.',
      'Row the handle to your lowest rib while turning your chest to the cable.',
      'Pause with the shoulder blade drawn back and down for one breath.',
      'Return slowly, letting the shoulder reach forward at the end.',
    ],
    cues: ['Hips stay square', 'Elbow to the back pocket', 'Long exhale'],
    prescription: { sets: 3, reps: 10, seconds: null, restSeconds: 60 },
    oneSided: true,
    source: { name: 'Gymdeck trainers', url: null, reference: null, licence: 'CC BY 4.0' },
    figureChoice: 'show',
  });
  const card = new CardPage(page);
  await page.goto(`/#/library/${created.id}`);
  await card.expectShowing('Half-kneeling single-arm cable row with rotation');
  await expect(card.steps).toHaveCount(6);
  await expect(page.getByText('Source: Gymdeck trainers · Licence: CC BY 4.0')).toBeVisible();
  await card.expectFitsTheScreen();
});

test('a video plays on the card muted and looping, in place of pictures', async ({ page, trainer }) => {
  await callApi(trainer, 'library:attach-media', {
    exerciseId: 'reverse-fly',
    role: 'start',
    data: solidPng(64, 48).toString('base64'),
  });
  const withVideo = await callApi<{ media: { id: string; kind: string }[] }>(
    trainer,
    'library:attach-media',
    {
      exerciseId: 'reverse-fly',
      role: 'loop',
      data: SAMPLES.mp4.toString('base64'),
    },
  );
  const videoId = withVideo.media.find((item) => item.kind === 'video')?.id;
  const card = new CardPage(page);
  await page.goto('/#/library/reverse-fly');
  await card.expectShowing('Reverse fly');

  const video = page.locator('video');
  await expect(video).toHaveAttribute('aria-label', 'Video of Reverse fly');
  expect(
    await video.evaluate((element: HTMLVideoElement) => ({
      muted: element.muted,
      loop: element.loop,
      autoplay: element.autoplay,
      src: new URL(element.src).pathname,
    })),
  ).toEqual({ muted: true, loop: true, autoplay: true, src: `/media/${videoId}` });
  await expect(page.getByRole('img', { name: /Start position/ })).toHaveCount(0);
  await expect(card.muscleMap).toBeVisible();
});
