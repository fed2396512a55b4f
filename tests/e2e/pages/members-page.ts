import { expect, type Locator, type Page } from '@playwright/test';

/** Trainer mode's members: the list found by typing on the on-screen keyboard, and one member's page. */
export class MembersPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly keyboard: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Members' });
    this.search = page.getByRole('searchbox', { name: 'Find a member' });
    this.keyboard = page.getByRole('region', { name: 'Keyboard' });
    this.rows = page.getByRole('list', { name: 'Members' }).getByRole('link');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/trainer/members');
    await this.heading.waitFor();
  }

  /** Types on the screen's own keyboard, key by key. */
  async typeOnKeyboard(text: string): Promise<void> {
    await this.search.click();
    for (const key of text) await this.keyboard.getByRole('button', { name: key, exact: true }).click();
  }
}

export class MemberPage {
  readonly name: Locator;
  readonly number: Locator;
  readonly notes: Locator;
  readonly notice: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name', exact: true });
    this.number = page.getByRole('textbox', { name: 'Member number' });
    this.notes = page.getByRole('textbox', { name: 'Notes for trainers' });
    this.notice = page.getByRole('status').filter({ hasText: /./ }).first();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  plan(name: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async create(name: string, number: string, notes: string): Promise<void> {
    await this.page.goto('/#/trainer/members/new');
    await this.name.fill(name);
    await this.number.fill(number);
    await this.notes.fill(notes);
    await this.button('Create member').click();
    await expect(this.heading(name)).toBeVisible();
  }
}

/** The plan builder: the exercise picker, each exercise's fields and the muscle-balance strip. */
export class PlanBuilderPage {
  readonly name: Locator;
  readonly balance: Locator;
  readonly picker: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Plan name' });
    this.balance = page.getByRole('region', { name: 'Muscle balance' });
    this.picker = page.getByRole('dialog', { name: 'Add exercises' });
  }

  muscle(name: string): Locator {
    return this.balance.getByRole('listitem').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  item(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  /** Finds each exercise with the library's search in the picker and adds it. */
  async add(...names: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Add exercises' }).click();
    for (const name of names) {
      await this.picker.getByRole('searchbox').fill(name);
      await this.page.clock.runFor(200);
      await this.picker.getByRole('button', { name: `Add ${name}`, exact: true }).click();
      await expect(this.item(name)).toHaveCount(1);
    }
    await this.picker.getByRole('button', { name: 'Done adding' }).click();
  }

  async set(exercise: string, field: 'Sets' | 'Reps' | 'Load' | 'Rest (s)', value: number): Promise<void> {
    await this.item(exercise).getByRole('spinbutton', { name: field, exact: true }).fill(String(value));
  }
}
