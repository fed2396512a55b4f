import { expect, test } from './fixtures';
import { MemberSessionPage } from './pages/member-session-page';
import { TimerScreen } from './pages/timer-screen';
import { callApi, memberWithPlan, screenIdOf } from './support/member-data';
import { pauseClock } from './support/paused-clock';

test('the rest a "Done" starts resumes after a reload at the second it had reached, then the next set follows', async ({
  page,
  server,
}) => {
  await pauseClock(page);
  const { plan } = await memberWithPlan(server.url);
  const screen = await screenIdOf(page);
  await callApi(server.url, 'sessions:sign-in', { memberNumber: '1234' }, screen);
  const started = await callApi<{ id: string }>(server.url, 'sessions:start', { planId: plan.id }, screen);

  const session = new MemberSessionPage(page);
  const timer = new TimerScreen(page);
  await page.goto(`/#/member/session/${started.id}`);
  await expect(session.exercise).toHaveText('Bent-over row');
  await expect(session.slot).toHaveText('Set 1 of 2');
  await session.logSet();

  // The plan's 60 s rest starts by itself; 20.5 s into it, 39.5 s are left and 40 is shown.
  await expect(session.rest).toBeVisible();
  await timer.expectTime('1:00');
  await timer.run(20_500);
  await timer.expectTime('40');

  await page.reload();
  await expect(session.rest).toBeVisible();
  await expect(session.rest).toContainText('Next: Set 2 of 2 · Bent-over row');
  expect(Math.abs((await timer.secondsShown()) - 39.5)).toBeLessThanOrEqual(1);
  await expect(session.loggedSet('Set 1')).toContainText('10 × 40 kg');

  // It ends when its time is up, not earlier, and the next set takes its place.
  await timer.run(39_000);
  await timer.expectTime('1');
  await timer.run(1_000);
  await expect(session.rest).toBeHidden();
  await expect(session.slot).toHaveText('Set 2 of 2');
  await expect(session.done).toHaveText('Done');
});
