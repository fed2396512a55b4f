import { expect, test } from './fixtures';
import { TimerScreen } from './pages/timer-screen';
import { pauseClock } from './support/paused-clock';
import { expectTouchSized } from './support/touch-targets';

test('a rest timer runs from start to done, with +15 s, pause, −15 s and skip', async ({ page }) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/rest?seconds=60&exercise=face-pull');
  await timer.expectTime('1:00');
  await timer.expectPhase('Rest');
  await expect(page.getByText('Then: Face pull')).toBeVisible();

  await timer.run(10_000);
  await timer.expectTime('50');
  await timer.button('+15 s').click();
  await timer.expectTime('1:05');

  await timer.button('Pause').click();
  await timer.expectPhase('Paused');
  await timer.run(30_000);
  await timer.expectTime('1:05');
  await timer.button('Resume').click();
  await timer.expectPhase('Rest');
  await timer.run(5_000);
  await timer.expectTime('1:00');
  await timer.button('−15 s').click();
  await timer.expectTime('45');

  await timer.button('Skip').click();
  await timer.expectPhase('Done');
  await expect(page.getByRole('heading', { name: 'Rest is over' })).toBeVisible();
  await timer.expectTime('0');
});

test('a rest timer never ends early: 1 shows until the last millisecond', async ({ page }) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/rest?seconds=5');
  await timer.expectTime('5');
  await timer.run(4_999);
  await timer.expectTime('1');
  await timer.expectPhase('Rest');
  await timer.run(1);
  await timer.expectPhase('Done');
  await expect(page.getByRole('heading', { name: 'Rest is over' })).toBeVisible();
  await page.getByRole('button', { name: 'Rest again' }).click();
  await timer.expectTime('5');
});

test('the digits fill at least a fifth of the screen height and every control is touch-sized', async ({
  page,
}) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/rest?seconds=90&exercise=face-pull');
  await timer.expectTime('1:30');
  const viewport = page.viewportSize();
  const box = await timer.digits.boundingBox();
  expect(box && viewport ? box.height / viewport.height : 0).toBeGreaterThanOrEqual(0.2);
  for (const control of await page.getByRole('group', { name: 'Timer controls' }).getByRole('button').all()) {
    await expectTouchSized(control);
  }
  await expectTouchSized(page.getByRole('link', { name: 'Back to Face pull' }));
});

test('one tick of a countdown touches only the digits and the ring', async ({ page }) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/rest?seconds=90');
  await timer.expectTime('1:30');
  await timer.run(1_000);
  await timer.expectTime('1:29');
  await page.evaluate(() => {
    const records: string[] = [];
    const observer = new MutationObserver((list) => {
      for (const record of list) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        records.push(`${record.type}:${target?.getAttribute('class') ?? ''}`);
      }
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    (window as unknown as { mutations: () => string[] }).mutations = () => {
      observer.takeRecords().forEach(() => records.push('late'));
      return records;
    };
  });
  await timer.run(1_000);
  await timer.expectTime('1:28');
  const mutations = await page.evaluate(() =>
    (window as unknown as { mutations: () => string[] }).mutations(),
  );
  expect(mutations.length).toBeLessThanOrEqual(2);
  expect(mutations.every((m) => /dial__(digits|progress)/.test(m))).toBe(true);
});

test('in the circuit player too, the digits fill a fifth of the screen height and every control is touch-sized', async ({
  page,
}) => {
  await pauseClock(page);
  const timer = new TimerScreen(page);
  await page.goto('/#/circuits/posture-circuit/play');
  await timer.expectPhase('Get ready');
  await timer.run(10_000);
  await timer.expectPhase('Work');
  const viewport = page.viewportSize();
  const box = await timer.digits.boundingBox();
  expect(box && viewport ? box.height / viewport.height : 0).toBeGreaterThanOrEqual(0.2);
  for (const control of await page.getByRole('group', { name: 'Timer controls' }).getByRole('button').all()) {
    await expectTouchSized(control);
  }
  await expectTouchSized(page.getByRole('link', { name: 'Leave the circuit' }));
});
