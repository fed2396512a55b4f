import { definitionFromCircuit, runSnapshot, startRun } from '../../src/shared/timing';
import { expect, test } from './fixtures';
import { DisplayLoopPage } from './pages/display-loop-page';
import { LibraryPage } from './pages/library-page';
import { TimerScreen } from './pages/timer-screen';
import { pauseClock } from './support/paused-clock';
import { expectTouchSized } from './support/touch-targets';

const PHASE_WORDS = { 'get-ready': 'Get ready', work: 'Work', rest: 'Rest', 'round-break': 'Round break' };
const STEPS = ['Face pull', 'Reverse fly', 'Seated cable row', 'Pull-up / chin-up'];

test('the display loop is the first screen: the posture circuit, where the clock says it is', async ({
  page,
}) => {
  const now = await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await page.goto('/');
  await expect(loop.title).toHaveText('Posture circuit');

  // The loop is a pure function of the circuit and the clock, started at a fixed instant for every screen.
  const definition = definitionFromCircuit({
    getReadySeconds: 10,
    restSeconds: 20,
    rounds: 0,
    roundBreakSeconds: 60,
    steps: STEPS.map(() => ({ workSeconds: 40 })),
  });
  const expected = runSnapshot(startRun(definition, 0), now);
  await loop.expectPhase(PHASE_WORDS[expected.phase]);
  await expect(loop.exercise).toHaveText(STEPS[expected.stepIndex] ?? '');
  expect(Math.abs((await loop.secondsShown()) - expected.remainingMs / 1000)).toBeLessThanOrEqual(1);

  const viewport = page.viewportSize();
  const box = await loop.digits.boundingBox();
  expect(box && viewport ? box.height / viewport.height : 0).toBeGreaterThanOrEqual(0.2);
  await expect(page.getByText('Sound starts at the first touch')).toBeVisible();
});

test('it plays forever: after a round and its break, the first step comes round again', async ({ page }) => {
  await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await loop.goto();
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
