import type { Locator, Page } from '@playwright/test';
import type { TrainerAccess } from '../support/trainer';

/** The trainer's exercise screens: the list, and the form that creates or edits one exercise. */
export class TrainerExercisesPage {
  readonly listHeading: Locator;
  readonly status: Locator;

  constructor(
    private readonly page: Page,
    private readonly trainer: TrainerAccess,
  ) {
    this.listHeading = page.getByRole('heading', { level: 1, name: 'Exercises' });
    this.status = page.getByRole('status');
  }

  /** From the member's library, the way a trainer gets there (trainer mode opened on this screen first). */
  async openFromLibrary(): Promise<void> {
    await this.trainer.unlock();
    await this.page.goto('/#/library');
    await this.page
      .getByRole('status')
      .filter({ hasText: /exercises?$/ })
      .waitFor();
    await this.page.getByRole('link', { name: 'Trainer' }).click();
    await this.page.getByRole('link', { name: /^Exercises/ }).click();
    await this.listHeading.waitFor();
  }

  row(name: string): Locator {
    return this.page
      .getByRole('list', { name: 'Exercises' })
      .getByRole('listitem')
      .filter({
        has: this.page.getByText(name, { exact: true }),
      });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'New exercise' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'New exercise' }).waitFor();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  muscle(name: string): Locator {
    return this.page
      .getByRole('group', { name: 'Muscle map: choose the muscles worked' })
      .getByRole('checkbox', {
        name,
        exact: true,
      });
  }

  async fillRequired(name: string): Promise<void> {
    await this.field('Name').fill(name);
    await this.field('Step 1').fill('Hold the band at shoulder height, arms straight.');
    await this.field('Step 2').fill('Pull the band apart to your chest.');
    await this.field('Step 3').fill('Return slowly.');
    await this.field('Cue 1').fill('Shoulders down');
    await this.field('Cue 2').fill('Squeeze at the end');
    await this.tapMuscle('Rhomboids');
  }

  /** A finger on the middle of the muscle's shape: whatever the map puts there must pick that muscle. */
  async tapMuscle(name: string): Promise<void> {
    const shape = this.muscle(name).locator('path').first();
    await shape.scrollIntoViewIfNeeded();
    const box = await shape.boundingBox();
    if (!box) throw new Error(`${name} is not drawn`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Create exercise|Save changes)$/ }).click();
  }

  picture(role: string): Locator {
    return this.page.getByRole('img', { name: `${role} of this exercise` });
  }

  async choosePicture(role: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel(new RegExp(`^${role}: (choose a|replace the) picture$`)).setInputFiles(file);
  }

  /** Drags step `from` by its handle onto the place of step `to` (both counted from 1), as a finger would. */
  async dragStep(from: number, to: number): Promise<void> {
    // The handle is hidden from assistive technology (the arrow buttons do the same), so it is found by class.
    const handles = this.page.locator('.steps__handle');
    const start = await handles.nth(from - 1).boundingBox();
    const target = await this.field(`Step ${to}`).boundingBox();
    if (!start || !target) throw new Error('the steps are not laid out');
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + start.width / 2, target.y + target.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  async edit(name: string): Promise<void> {
    await this.row(name)
      .getByRole('link', { name: `Edit ${name}` })
      .click();
    await this.page.getByRole('heading', { level: 1, name: `Edit: ${name}` }).waitFor();
  }

  /** A radio button of the movement figure's choices ("Movement figure", "On the card, show"). */
  figureChoice(group: string, option: string): Locator {
    return this.page
      .getByRole('radiogroup', { name: group, exact: true })
      .getByRole('radio', { name: option, exact: true });
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'All exercises' }).click();
    await this.listHeading.waitFor();
  }
}
