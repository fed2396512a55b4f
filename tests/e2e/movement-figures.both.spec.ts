import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CardPage } from './pages/card-page';
import { DisplayLoopPage } from './pages/display-loop-page';
import { TimerScreen } from './pages/timer-screen';
import { pauseClock } from './support/paused-clock';
import type { TrainerAccess } from './support/trainer';

/** The built-in exercises by seed key (also their id and their figure's key) and name. */
const BUILT_IN = {
  'bent-over-row': 'Bent-over row',
  'seated-cable-row': 'Seated cable row',
  'reverse-fly': 'Reverse fly',
  't-bar-row': 'T-bar row',
  deadlift: 'Deadlift',
  'face-pull': 'Face pull',
  'pull-up': 'Pull-up / chin-up',
} as const;
const KEYS = Object.keys(BUILT_IN) as (keyof typeof BUILT_IN)[];
/** One of the names above, whole (none has a character a regular expression reads specially). */
const ANY_BUILT_IN_NAME = new RegExp(`^(${Object.values(BUILT_IN).join('|')})$`);
const WORK_SECONDS = 30;

/** A circuit of every built-in exercise, one after the other without rest. */
async function createEveryExerciseCircuit(trainer: TrainerAccess): Promise<string> {
  const created = await trainer.call('circuits:create', {
    name: 'Every movement',
    description: '',
    getReadySeconds: 0,
    restSeconds: 0,
    rounds: 1,
    roundBreakSeconds: 0,
    sound: false,
    flash: false,
    halfwayCue: false,
    steps: KEYS.map((exerciseId) => ({
      exerciseId,
      workSeconds: WORK_SECONDS,
      repTarget: null,
      side: 'both',
      restSeconds: null,
    })),
  });
  if (!created.ok) throw new Error(`The circuit was not made: ${created.error?.message}`);
  return (created.value as { id: string }).id;
}

/** Moves the paused clock on to the next step at once, then lets a few frames run. */
async function nextStep(page: Page): Promise<void> {
  await page.clock.fastForward(WORK_SECONDS * 1000);
  await page.clock.runFor(100);
}

/** The animations running on the page now, and how many of them move a figure. */
function runningAnimations(page: Page): Promise<{ all: number; figure: number }> {
  // Transitions count too: with reduced motion nothing on the page may keep moving.
  return page.evaluate(() => {
    const running = document.getAnimations().filter((animation) => animation.playState === 'running');
    const target = (animation: Animation): Element | null =>
      animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
    return {
      all: running.length,
      figure: running.filter((animation) => target(animation)?.closest('.movement-figure')).length,
    };
  });
}

/** Waits until nothing but a figure moves: a card's slide or fade, say, has finished. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .filter((animation) => animation.playState === 'running')
      .every((animation) =>
        animation.effect instanceof KeyframeEffect
          ? animation.effect.target?.closest('.movement-figure') !== null
          : false,
      ),
  );
}

/** Shown whole on the screen (once a card has slid in), and drawn large enough to follow from a distance. */
async function expectOnScreen(figure: Locator, page: Page, minShare: number): Promise<void> {
  await expect(figure).toBeInViewport({ ratio: 1 });
  const box = await figure.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('The figure is not laid out.');
  expect(Math.max(box.width, box.height) / viewport.height).toBeGreaterThanOrEqual(minShare);
}

test('each built-in exercise shows its moving figure on its card', async ({ page }) => {
  test.slow(); // Seven cards, each looked at in full.
  const card = new CardPage(page);
  // Through the library card by card, as a member swipes: the next card is fetched ahead.
  const byName = [...KEYS].sort((a, b) => BUILT_IN[a].localeCompare(BUILT_IN[b]));
  await page.goto(`/#/library/${byName[0]}`);
  for (const [index, key] of byName.entries()) {
    await card.expectShowing(BUILT_IN[key]);
    const figure = page.getByRole('img', { name: `${BUILT_IN[key]}, moving figure` });
    await expectOnScreen(figure, page, 0.25);
    await expect(figure).toHaveAttribute('data-figure', key);
    expect((await runningAnimations(page)).figure).toBeGreaterThan(0);
    if (index < byName.length - 1) await card.next.click();
  }
});

test('each built-in exercise shows its figure in the circuit player', async ({ page, trainer }) => {
  test.slow(); // Seven steps, each looked at in full.
  const id = await createEveryExerciseCircuit(trainer);
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto(`/#/circuits/${id}/play`);
  for (const key of KEYS) {
    await expect(timer.exercise).toHaveText(BUILT_IN[key]);
    await expect(timer.figure).toHaveAttribute('data-figure', key);
    await expectOnScreen(timer.figure, page, 0.3);
    expect((await runningAnimations(page)).figure).toBeGreaterThan(0);
    await nextStep(page);
  }
  await expect(page.getByRole('heading', { name: 'Circuit complete' })).toBeVisible();
});

test('each built-in exercise shows its figure on the display loop', async ({ page, trainer }) => {
  test.slow(); // Seven steps, each looked at in full.
  const id = await createEveryExerciseCircuit(trainer);
  expect(await trainer.call('settings:update', { displayCircuitId: id })).toMatchObject({ ok: true });
  await pauseClock(page);
  const loop = new DisplayLoopPage(page);
  await loop.goto();
  await expect(loop.title).toHaveText('Every movement');
  // The loop joins its circuit wherever the clock says; a round later every step has been on screen.
  const seen = new Set<string>();
  for (let step = 0; step < KEYS.length; step += 1) {
    await expect(loop.exercise).toHaveText(ANY_BUILT_IN_NAME);
    const name = (await loop.exercise.textContent())?.trim() ?? '';
    const key = KEYS.find((candidate) => BUILT_IN[candidate] === name);
    expect(key, name).toBeDefined();
    await expect(loop.figure).toHaveAttribute('data-figure', key ?? '');
    await expectOnScreen(loop.figure, page, 0.3);
    seen.add(key ?? '');
    await nextStep(page);
    await expect(loop.exercise).not.toHaveText(name);
  }
  expect([...seen].sort()).toEqual([...KEYS].sort());
});

test('with reduced motion a figure stands still: the start and end positions side by side', async ({
  page,
}) => {
  // A paused clock: no phase of the display loop changes (and flashes) while the page is looked at.
  await pauseClock(page);
  await page.goto('/#/library/deadlift');
  await expect(page.getByRole('img', { name: 'Deadlift, moving figure' })).toBeVisible();
  expect((await runningAnimations(page)).figure).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  const pair = page.getByRole('img', { name: 'Deadlift, start and end positions' });
  await expect(pair).toBeVisible();
  await expect(pair.getByText('Start', { exact: true })).toBeVisible();
  await expect(pair.getByText('End', { exact: true })).toBeVisible();
  await settled(page);
  expect(await runningAnimations(page)).toEqual({ all: 0, figure: 0 });
  await expect(pair).toBeInViewport({ ratio: 1 });

  const loop = new DisplayLoopPage(page);
  await loop.goto();
  await expect(loop.figure).toBeVisible();
  await settled(page);
  expect(await runningAnimations(page)).toEqual({ all: 0, figure: 0 });
});
