import { expect, test } from './fixtures';
import { DisplayLoopPage } from './pages/display-loop-page';
import { MemberPage, MembersPage, PlanBuilderPage } from './pages/members-page';
import { MemberSessionPage, ProgressPage, SignInPage, SummaryPage } from './pages/member-session-page';
import { callApi, screenIdOf } from './support/member-data';
import { pauseClock } from './support/paused-clock';

/**
 * The whole story of a trainer-built session, in one test (it is long, so that the loop stays short):
 * a trainer makes a member and a plan, the member follows it at the kiosk, comes back for a second
 * session, sees their progress, walks away, and finally the trainer deletes them.
 */
test('a trainer plans a workout; the member follows it set by set, sees records and progress; deleting them removes it all', async ({
  page,
  server,
  trainer,
}) => {
  test.setTimeout(180_000);
  await pauseClock(page);
  const members = new MembersPage(page);
  const memberPage = new MemberPage(page);
  const builder = new PlanBuilderPage(page);
  const signIn = new SignInPage(page);
  const session = new MemberSessionPage(page);
  const summary = new SummaryPage(page);
  const progress = new ProgressPage(page);

  // Trainer: a member, found again by typing on the screen's keyboard.
  await trainer.unlock();
  await memberPage.create('Sam Kowalski', '1234', 'No overhead pressing');
  await members.goto();
  await members.typeOnKeyboard('Sam');
  await page.clock.runFor(200);
  await expect(members.rows).toHaveText([/Sam Kowalski/]);
  await members.rows.first().click();

  // A plan of three mid-back exercises; the strip shows what each adds and what is still missing.
  await page.getByRole('link', { name: 'New plan' }).click();
  await builder.name.fill('Back basics');
  await expect(builder.muscle('Rear delts')).toContainText('none');
  await builder.add('Bent-over row', 'Seated cable row', 'Face pull');
  for (const name of ['Bent-over row', 'Seated cable row', 'Face pull']) {
    await builder.set(name, 'Sets', 2);
    await builder.set(name, 'Reps', 10);
  }
  await builder.set('Bent-over row', 'Load', 40);
  await builder.set('Bent-over row', 'Rest (s)', 90);
  // Rear delts: 2 sets each as a secondary muscle of the two rows (0.5) and primary of face pulls (1).
  await expect(builder.muscle('Rear delts')).toContainText('4');
  await expect(builder.muscle('Lower traps')).toContainText('none');
  await page.getByRole('button', { name: 'Save plan for Sam K.' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Back basics is saved.' })).toBeVisible();

  // The member signs in by number on a fresh screen of the display loop: no list of members anywhere.
  await page.goto('/#/');
  // A touch opens the menu; one that lands while a phase changes is touched again, as a member would.
  const workout = page.getByRole('link', { name: 'My workout' });
  await expect(async () => {
    await new DisplayLoopPage(page).touchToStart.click();
    await expect(workout).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await workout.click();
  await signIn.signIn('9999');
  await expect(signIn.error).toHaveText(/No member has this number/);
  await signIn.signIn('1234');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Sam K.' })).toBeVisible();
  await expect(page.getByText('Kowalski')).toHaveCount(0);
  await page.getByRole('button', { name: /^Start Back basics/ }).click();

  // Set 1 of 2: the target, no last time, the plates per side; one step more on the load, then Done.
  await expect(session.exercise).toHaveText('Bent-over row');
  await expect(session.slot).toHaveText('Set 1 of 2');
  await expect(session.target).toHaveText('Target: 10 × 40 kg');
  await expect(session.lastTime).toHaveText('First time');
  await expect(session.stepper('Load')).toContainText('40 kg');
  await expect(session.plates.getByRole('listitem')).toHaveText(['10', 'kg']);
  await session.nudge('Load', 'More');
  await expect(session.plates.getByRole('listitem')).toHaveText(['10', '1.25', 'kg']);
  await session.logSet();
  await expect(session.loggedSet('Set 1')).toContainText('10 × 42.5 kg');

  // The plan's rest starts by itself and ends with the clock; then set 2 is on screen.
  await expect(session.rest.getByRole('timer')).toHaveAccessibleName('1:30 left');
  await page.clock.runFor(90_000);
  await expect(session.rest).toBeHidden();
  await expect(session.slot).toHaveText('Set 2 of 2');

  // Correct set 1: one rep fewer.
  await session.loggedSet('Set 1').getByRole('button', { name: 'Correct Set 1' }).click();
  await session.nudge('Reps', 'Less', 1, session.dialog);
  await session.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(session.dialog).toBeHidden();
  await expect(session.loggedSet('Set 1')).toContainText('9 × 42.5 kg');
  await session.logSet();
  await session.skipRest();

  // The cable station is busy: swap for what the service ranks first, logged under that exercise.
  await expect(session.exercise).toHaveText('Seated cable row');
  await page.getByRole('button', { name: 'Machine busy' }).click();
  const swapChoice = session.dialog.getByRole('button', { name: /^Do / }).first();
  const swappedTo = ((await swapChoice.locator('.swap__name').textContent()) ?? '').replace(/^Do /, '');
  await swapChoice.click();
  await expect(session.exercise).toHaveText(swappedTo);
  await expect(page.getByText('Instead of Seated cable row')).toBeVisible();
  for (let set = 0; set < 2; set += 1) {
    await session.logSet();
    await session.skipRest();
  }
  await expect(session.exercise).toHaveText('Face pull');
  await session.logSet();
  await session.skipRest();
  await session.logSet();
  await expect(page.getByText('All sets done')).toBeVisible();
  await page.getByRole('button', { name: 'Finish session' }).first().click();

  await expect(summary.heading).toHaveText('Well done, Sam K.');
  await expect(summary.figure('Sets')).toHaveText('6');
  await expect(summary.figure('Reps')).toHaveText('59');
  await expect(summary.records).toContainText('No new records today');
  await page.getByRole('button', { name: 'Done, sign out' }).click();
  await expect(new DisplayLoopPage(page).title).toBeVisible();

  // The second session: the trainer hands the plan to the screen; "last time" is what was stored.
  await trainer.unlock();
  await page.goto('/#/trainer/members');
  await members.rows.first().click();
  await memberPage.plan('Back basics').getByRole('button', { name: 'Start for Sam K.: Back basics' }).click();
  await expect(session.exercise).toHaveText('Bent-over row');
  await expect(session.lastTime).toHaveText('Last time: 9 × 42.5 kg');
  await expect(session.stepper('Reps')).toContainText('9');
  await session.nudge('Reps', 'More');
  await session.nudge('Load', 'More');
  await session.logSet();
  await expect(session.loggedSet('Set 1')).toContainText('10 × 45 kg');
  await page.getByRole('button', { name: 'Finish session' }).first().click();
  await session.dialog.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(summary.records).toContainText('Heaviest load: 45 kg');
  await expect(summary.records).toContainText('Best one-rep max (estimated): 60 kg');

  // Progress: both sessions on the chart, their numbers one tap away.
  await page.getByRole('link', { name: 'See my progress' }).click();
  await expect(progress.chart).toBeVisible();
  await progress.showNumbers.click();
  await expect(progress.table.getByRole('row')).toHaveCount(3);
  await expect(progress.table.getByRole('row').nth(2)).toContainText('45 kg');
  await expect(progress.history).toHaveCount(2);

  // Idle return: the screen forgets the member and signs them out; their session stays in the store.
  await page.clock.runFor(90_000);
  await expect(new DisplayLoopPage(page).title).toBeVisible();
  await expect(page.getByText(/Sam/)).toHaveCount(0);
  const screen = await screenIdOf(page);
  expect(await callApi(server.url, 'sessions:current', {}, screen)).toEqual({ member: null });
  await page.goto('/#/member/progress');
  await expect(signIn.heading).toBeVisible();

  // Deleting the member says what goes with them, then removes it all.
  await trainer.unlock();
  await page.goto('/#/trainer/members');
  await members.rows.first().click();
  await memberPage.button('Delete member').click();
  await expect(session.dialog).toContainText('This also deletes 1 plan, 2 sessions and 7 logged sets.');
  await session.dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(members.heading).toBeVisible();
  await expect(page.getByText('No members yet.')).toBeVisible();
  await signIn.goto();
  await signIn.signIn('1234');
  await expect(signIn.error).toHaveText(/No member has this number/);
});
