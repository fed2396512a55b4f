import { expect, test } from './fixtures';
import { DisplayLoopPage } from './pages/display-loop-page';
import { LibraryPage } from './pages/library-page';
import { TimerScreen } from './pages/timer-screen';
import { pauseClock } from './support/paused-clock';
import { expectTouchSized } from './support/touch-targets';

const STEPS = ['Face pull', 'Reverse fly', 'Seated cable row', 'Pull-up / chin-up'];

/**
 * Where the posture loop stands at `now`, written out by hand: it plays from the instant 0, 10 s of get
 * ready, then forever rounds of 4 x (40 s work, 20 s rest, none after the last) and a 60 s break.
 */
function postureLoopAt(now: number): { phase: string; step: number; secondsLeft: number } {
  const phases: { phase: string; step: number; length: number }[] = [];
  STEPS.forEach((_, step) => {
    phases.push({ phase: 'Work', step, length: 40 });
    if (step < STEPS.length - 1) phases.push({ phase: 'Rest', step, length: 20 });
  });
  phases.push({ phase: 'Round break', step: STEPS.length - 1, length: 60 });
  let within = ((now - 10_000) % 280_000) / 1000;
  for (const entry of phases) {
    if (within < entry.length)
      return { phase: entry.phase, step: entry.step, secondsLeft: entry.length - within };
    within -= entry.length;
  }
  throw new Error('past the end of a round');
}

test('the display loop is the first screen: the posture circuit, where the clock says it is', async ({
  page,
}) => {
  const now = await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await page.goto('/');
  await expect(loop.title).toHaveText('Posture circuit');

  // The loop is a pure function of the circuit and the clock, started at a fixed instant for every screen.
  const expected = postureLoopAt(now);
  await loop.expectPhase(expected.phase);
  await expect(loop.exercise).toHaveText(STEPS[expected.step] ?? '');
  expect(Math.abs((await loop.secondsShown()) - expected.secondsLeft)).toBeLessThanOrEqual(1);

  const viewport = page.viewportSize();
  const box = await loop.digits.boundingBox();
  expect(box && viewport ? box.height / viewport.height : 0).toBeGreaterThanOrEqual(0.2);
  await expect(page.getByText('Sound starts at the first touch')).toBeVisible();
});

test('it plays forever: after a round and its break, the first step comes round again', async ({ page }) => {
  await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await loop.goto();
  await expect(loop.exercise).toHaveText(/\S/); // named once the circuit's exercises have loaded
  const before = await loop.exercise.textContent();
  const phase = await loop.phase.textContent();
  // One round of the posture circuit and its break last 280 s.
  await loop.run(280_000);
  await expect(loop.exercise).toHaveText(before ?? '');
  await expect(loop.phase).toHaveText(phase ?? '');
});

test('a touch offers the circuit, the library, the circuits and trainer mode', async ({ page }) => {
  await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await loop.goto();
  await expectTouchSized(loop.touchToStart);
  await loop.touchToStart.click();
  await expect(loop.menu).toBeVisible();
  for (const name of ['Join Posture circuit', 'Browse exercises', 'Circuits and rest timers', 'Trainer']) {
    await expectTouchSized(loop.menu.getByRole('link', { name }));
  }
  await loop.menu.getByRole('button', { name: 'Back to the display' }).click();
  await expect(loop.menu).toBeHidden();

  await loop.touchToStart.click();
  await loop.menu.getByRole('link', { name: 'Browse exercises' }).click();
  await expect(new LibraryPage(page).heading).toBeVisible();
});

test('joining from the display starts the circuit player at get ready', async ({ page }) => {
  await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await loop.goto();
  await loop.touchToStart.click();
  await loop.menu.getByRole('link', { name: 'Join Posture circuit' }).click();
  const player = new TimerScreen(page);
  await player.expectPhase('Get ready');
  await expect(page.getByText('Round 1 of 3')).toBeVisible();
});
