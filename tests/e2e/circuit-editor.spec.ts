import { expect, test } from './fixtures';
import { CircuitEditorPage } from './pages/circuit-editor-page';
import { TimerScreen } from './pages/timer-screen';
import { pauseClock } from './support/paused-clock';

test('a trainer creates a circuit from library exercises, and it plays as written', async ({
  page,
  trainer,
}) => {
  const editor = new CircuitEditorPage(page, trainer);
  await editor.gotoList();
  await page.getByRole('link', { name: 'New circuit' }).click();
  await editor.name.fill('Shoulder saver');
  await editor.field('Get ready').fill('5');
  await editor.field('Rest between steps').fill('15');
  await editor.field('Rounds').fill('2');

  await editor.addStep.selectOption({ label: 'Face pull' });
  await editor.addStep.selectOption({ label: 'Reverse fly' });
  await editor.addStep.selectOption({ label: 'Pull-up / chin-up' });
  await expect(page.getByRole('listitem', { name: /^Step \d$/ })).toHaveCount(3);

  await editor.field('Work', editor.step(1)).fill('30');
  const pullUps = editor.step(3);
  await pullUps.getByRole('radio', { name: 'Reps' }).click();
  await editor.field('Reps', pullUps).fill('6');
  await pullUps.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(editor.step(2)).toContainText('Pull-up / chin-up');
  await page.getByRole('checkbox', { name: 'Halfway beep' }).check();
  await editor.save.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Circuits' })).toBeVisible();
  await expect(page.getByText('Shoulder saver')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit Shoulder saver' })).toBeVisible();

  await pauseClock(page);
  await page.goto('/#/circuits');
  await page.getByRole('link', { name: /^Shoulder saver\b/ }).click();
  const timer = new TimerScreen(page);
  await timer.expectPhase('Get ready');
  await timer.expectTime('5');
  await expect(page.getByText('Round 1 of 2')).toBeVisible();
  await timer.run(5_000);
  await timer.expectPhase('Work');
  await expect(timer.exercise).toHaveText('Face pull');
  await timer.expectTime('30');
  await timer.run(30_000);
  await timer.expectPhase('Rest');
  await timer.expectTime('15');
  await timer.expectNext('Pull-up / chin-up');
  await timer.run(15_000);
  await expect(timer.exercise).toHaveText('Pull-up / chin-up');
  await expect(page.getByText('6 reps, then touch Done')).toBeVisible();
  await timer.button('Done').click();
  await timer.expectPhase('Rest');
  await timer.expectNext('Reverse fly');
});

test('a trainer edits the posture circuit, and the display plays the edit', async ({ page, trainer }) => {
  const editor = new CircuitEditorPage(page, trainer);
  await editor.gotoList();
  await page.getByRole('link', { name: 'Edit Posture circuit' }).click();
  await expect(editor.name).toHaveValue('Posture circuit');
  await expect(page.getByRole('listitem', { name: /^Step \d$/ })).toHaveCount(4);
  await editor.step(4).getByRole('button', { name: 'Remove step 4' }).click();
  await editor.name.fill('Posture trio');
  await editor.save.click();
  await expect(page.getByText('3 steps · 3 rounds')).toBeVisible();

  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posture trio');
});

test('a trainer chooses the circuit the display plays', async ({ page, trainer }) => {
  await trainer.call('circuits:create', {
    name: 'Morning rows',
    description: '',
    getReadySeconds: 10,
    restSeconds: 20,
    rounds: 0,
    roundBreakSeconds: 0,
    sound: true,
    flash: true,
    halfwayCue: false,
    steps: [
      { exerciseId: 'seated-cable-row', workSeconds: 45, repTarget: null, side: 'both', restSeconds: null },
    ],
  });
  const editor = new CircuitEditorPage(page, trainer);
  await editor.gotoList();
  await page.getByRole('button', { name: 'Show Morning rows on the display' }).click();
  await expect(page.getByRole('button', { name: 'Show Posture circuit on the display' })).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morning rows');
  await expect(page.getByRole('region', { name: 'Exercise' })).toContainText('Seated cable row');
});

test('a circuit without steps is not saved, and says why', async ({ page, trainer }) => {
  const editor = new CircuitEditorPage(page, trainer);
  await editor.gotoList();
  await page.getByRole('link', { name: 'New circuit' }).click();
  await editor.name.fill('Empty');
  await editor.save.click();
  await expect(page.getByRole('alert')).toHaveText('Add at least one step.');
});
