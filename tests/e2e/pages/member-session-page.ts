import { expect, type Locator, type Page } from '@playwright/test';

/** The number pad a member signs in with. */
export class SignInPage {
  readonly heading: Locator;
  readonly digits: Locator;
  readonly start: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Start your workout' });
    this.digits = page.getByRole('status', { name: 'Member number' });
    this.start = page.getByRole('button', { name: 'Start', exact: true });
    this.error = page.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/member/sign-in');
    await this.heading.waitFor();
  }

  /** Taps the digits on the pad, then Start. */
  async signIn(number: string): Promise<void> {
    const pad = this.page.getByRole('group', { name: 'Member number' });
    for (const digit of number) await pad.getByRole('button', { name: digit, exact: true }).click();
    await this.start.click();
  }
}

/** The set screen: the exercise, the set to do, its steppers, the sets done and the rest between. */
export class MemberSessionPage {
  readonly exercise: Locator;
  readonly slot: Locator;
  readonly target: Locator;
  readonly lastTime: Locator;
  readonly done: Locator;
  readonly rest: Locator;
  readonly plates: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.exercise = page.getByRole('heading', { level: 2 }).first();
    this.slot = page.locator('.session__slot');
    this.target = page.getByText(/^Target: /);
    this.lastTime = page.locator('.session__last');
    this.done = page.getByRole('button', { name: /^(Done|Saving…)$/ });
    this.rest = page.getByRole('region', { name: 'Rest' });
    this.plates = page.getByRole('region', { name: /^Plates per side/ });
    this.dialog = page.getByRole('dialog');
  }

  stepper(field: 'Reps' | 'Load' | 'Seconds', scope: Locator | Page = this.page): Locator {
    return scope.getByRole('group', { name: field, exact: true });
  }

  async nudge(
    field: 'Reps' | 'Load',
    direction: 'More' | 'Less',
    times = 1,
    scope: Locator | Page = this.page,
  ) {
    for (let i = 0; i < times; i += 1) {
      await scope.getByRole('button', { name: `${direction}: ${field}`, exact: true }).click();
    }
  }

  loggedSet(name: string): Locator {
    return this.page
      .getByRole('region', { name: /^Sets of / })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  /** Logs the set on screen as the steppers hold it and waits until the screen says it is stored. */
  async logSet(): Promise<void> {
    const exercise = (await this.exercise.textContent()) ?? '';
    const slot = (await this.slot.textContent()) ?? '';
    await this.done.click();
    await expect(this.page.getByRole('status').filter({ hasText: `${exercise}, ${slot}: ` })).toHaveText(
      / saved\.$/,
    );
  }

  /** Ends a running rest at once. */
  async skipRest(): Promise<void> {
    await this.rest.getByRole('button', { name: 'Skip', exact: true }).click();
    await expect(this.rest).toBeHidden();
  }
}

/** The summary after finishing. */
export class SummaryPage {
  readonly heading: Locator;
  readonly records: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Well done, / });
    this.records = page.getByRole('region', { name: 'Personal records' });
  }

  figure(name: 'Sets' | 'Reps' | 'Volume' | 'Time'): Locator {
    return this.page
      .locator('.summary__figure')
      .filter({ has: this.page.getByRole('term').getByText(name, { exact: true }) })
      .getByRole('definition')
      .first();
  }
}

/** History and the progress chart of one member (their own screen or trainer mode). */
export class ProgressPage {
  readonly chart: Locator;
  readonly table: Locator;
  readonly showNumbers: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.getByRole('img', { name: / progress$/ });
    this.table = page.getByRole('table');
    this.showNumbers = page.getByRole('button', { name: 'Show the numbers' });
    this.history = page.getByRole('heading', { name: 'Sessions' }).locator('..').getByRole('listitem');
  }

  async choose(exercise: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Exercise' })
      .getByText(exercise, { exact: true })
      .click();
  }
}
