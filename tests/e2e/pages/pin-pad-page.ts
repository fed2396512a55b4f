import type { Locator, Page } from '@playwright/test';

/** The trainer PIN screen: its pad, what it says, and the countdown of a lock-out. */
export class PinPadPage {
  readonly heading: Locator;
  readonly problem: Locator;
  readonly countdown: Locator;
  readonly hint: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.problem = page.getByRole('alert');
    this.countdown = page.getByRole('timer', { name: 'Wait before the next try' });
    this.hint = page.locator('.screen__subtitle');
  }

  digit(digit: string): Locator {
    return this.page.getByRole('button', { name: digit, exact: true });
  }

  /** Types `digits` on the pad and presses the button that hands them over. */
  async enter(digits: string, submit: 'Open' | 'Next' | 'Save PIN' = 'Open'): Promise<void> {
    for (const digit of digits) await this.digit(digit).click();
    await this.page.getByRole('button', { name: submit, exact: true }).click();
  }
}
