import { expect, test } from './fixtures';
import { TimerScreen } from './pages/timer-screen';
import { pauseClock } from './support/paused-clock';

const S = 1000;

test('the posture circuit plays a whole round hands-free, with the right phases and what comes next', async ({
  page,
}) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/circuits/posture-circuit/play');
  await expect(page.getByRole('heading', { level: 1, name: 'Posture circuit' })).toBeVisible();

  await timer.expectPhase('Get ready');
  await timer.expectTime('10');
  await expect(timer.exercise).toHaveText('Face pull');
  await timer.expectNext('Face pull');
  await expect(page.getByText('Round 1 of 3')).toBeVisible();

  const steps = ['Face pull', 'Reverse fly', 'Seated cable row', 'Pull-up / chin-up'];
  await timer.run(10 * S);
  for (const [index, name] of steps.entries()) {
    await timer.expectPhase('Work');
    await timer.expectTime('40');
    await expect(timer.exercise).toHaveText(name);
    await expect(page.getByText(`Step ${index + 1} of 4`)).toBeVisible();
    const last = index === steps.length - 1;
    await timer.expectNext(last ? 'Round break · 60 s' : 'Rest · 20 s');
    await timer.run(20 * S);
    await timer.expectTime('20');
    await timer.run(20 * S);
    if (last) break;
    await timer.expectPhase('Rest');
    await timer.expectTime('20');
    await timer.expectNext(steps[index + 1] ?? '');
    await timer.run(20 * S);
  }

  await timer.expectPhase('Round break');
  await timer.expectTime('1:00');
  await timer.expectNext('Face pull');
  await timer.run(60 * S);
  await timer.expectPhase('Work');
  await expect(page.getByText('Round 2 of 3')).toBeVisible();
  await expect(timer.exercise).toHaveText('Face pull');
});

test('pause, skip and back by touch', async ({ page }) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/circuits/posture-circuit/play');
  await timer.expectPhase('Get ready');

  await timer.button('Skip').click();
  await timer.expectPhase('Work');
  await timer.expectTime('40');
  await timer.run(15 * S);
  await timer.button('Pause').click();
  await timer.expectPhase('Paused');
  await timer.run(60 * S);
  await timer.expectTime('25');
  await timer.button('Resume').click();
  await timer.button('Back').click();
  await timer.expectPhase('Work');
  await timer.expectTime('40');
  await timer.button('Back').click();
  await timer.expectPhase('Get ready');
  await timer.expectTime('10');
});

test('a reload mid-rest resumes on the same step with the time shown within a second of the truth', async ({
  page,
}) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/circuits/posture-circuit/play');
  await timer.expectPhase('Get ready');
  // 10 s get ready, 40 s face pulls, then 6.5 s into the 20 s rest: 13.5 s are left, 14 is shown.
  await timer.run(56_500);
  await timer.expectPhase('Rest');
  await timer.expectTime('14');

  await page.reload();
  await timer.expectPhase('Rest');
  await expect(page.getByText('Step 1 of 4')).toBeVisible();
  await timer.expectNext('Reverse fly');
  expect(Math.abs((await timer.secondsShown()) - 13.5)).toBeLessThanOrEqual(1);
  await timer.run(14 * S);
  await timer.expectPhase('Work');
  await expect(timer.exercise).toHaveText('Reverse fly');
});

test('a step with a rep target waits for Done, then rests', async ({ page, trainer }) => {
  const created = (await trainer.call('circuits:create', {
    name: 'Pull-up ladder',
    description: '',
    getReadySeconds: 0,
    restSeconds: 30,
    rounds: 1,
    roundBreakSeconds: 0,
    sound: false,
    flash: false,
    halfwayCue: false,
    steps: [
      { exerciseId: 'pull-up', workSeconds: null, repTarget: 8, side: 'both', restSeconds: null },
      { exerciseId: 'face-pull', workSeconds: 30, repTarget: null, side: 'both', restSeconds: null },
    ],
  })) as { value: { id: string } };
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto(`/#/circuits/${created.value.id}/play`);
  await timer.expectPhase('Work');
  await expect(page.getByText('8 reps, then touch Done')).toBeVisible();
  await timer.expectTime('0', 'so far');
  await timer.run(75 * S);
  await timer.expectPhase('Work');
  await timer.expectTime('1:15', 'so far');
  await timer.button('Done').click();
  await timer.expectPhase('Rest');
  await timer.expectTime('30');
  await timer.expectNext('Face pull');
  await timer.run(60 * S);
  await expect(page.getByRole('heading', { name: 'Circuit complete' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Circuit complete' })).toBeVisible();
  await page.getByRole('button', { name: 'Play again' }).click();
  await timer.expectPhase('Work');
  await expect(timer.exercise).toHaveText('Pull-up / chin-up');
});
