import type { Locator, Page } from '@playwright/test';
import type { TrainerAccess } from '../support/trainer';

/** The trainer's circuit list and editor. */
export class CircuitEditorPage {
  readonly name: Locator;
  readonly save: Locator;
  readonly addStep: Locator;

  constructor(
    readonly page: Page,
    private readonly trainer: TrainerAccess,
  ) {
    this.name = page.getByRole('textbox', { name: 'Name' });
    this.save = page.getByRole('button', { name: 'Save circuit' }).first();
    this.addStep = page.getByRole('combobox', { name: 'Add a step' });
  }

  /** The trainer's list of circuits, with trainer mode opened on this screen first. */
  async gotoList(): Promise<void> {
    await this.trainer.unlock();
    await this.page.goto('/#/trainer/circuits');
    await this.page.getByRole('heading', { level: 1, name: 'Circuits' }).waitFor();
  }

  step(n: number): Locator {
    return this.page.getByRole('listitem', { name: `Step ${n}` });
  }

  /** The number field of a stepper (its label names it). */
  field(label: string, within: Locator | Page = this.page): Locator {
    return within.getByRole('spinbutton', { name: label, exact: true });
  }
}
