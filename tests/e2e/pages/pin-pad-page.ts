import { expect, type Locator, type Page } from '@playwright/test';

/** How the pad names `count` typed digits (en.ts `pin.typed`). */
const typedLabel = (count: number): string =>
  count === 0 ? 'No digits typed' : count === 1 ? 'One digit typed' : `${count} digits typed`;

/** The trainer PIN screen: its pad, what it says, and the countdown of a lock-out. */
export class PinPadPage {
  readonly heading: Locator;
  readonly problem: Locator;
  readonly countdown: Locator;
  readonly hint: Locator;
  /** What the pad says of the digits typed so far ("4 digits typed"). */
  readonly typed: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.problem = page.getByRole('alert');
    this.countdown = page.getByRole('timer', { name: 'Wait before the next try' });
    this.hint = page.locator('.screen__subtitle');
    this.typed = page.getByRole('status', { name: /typed$/ });
  }

  digit(digit: string): Locator {
    return this.page.getByRole('button', { name: digit, exact: true });
  }

  /**
   * Types `digits` and presses the button that hands them over. The digits come from the keyboard, which
   * the pad takes as well as touches: a test that touched every key would spend most of its time on a busy
   * machine moving the pointer. `tap` touches them, for the tests that are about the pad itself.
   */
  async enter(
    digits: string,
    submit: 'Open' | 'Next' | 'Save PIN' = 'Open',
    { tap = false }: { tap?: boolean } = {},
  ): Promise<void> {
    // The pad is there, and empty, before the first digit: a key pressed while a screen still loads is lost.
    await expect(this.typed).toHaveAccessibleName(typedLabel(0));
    if (tap) for (const digit of digits) await this.digit(digit).click();
    else await this.page.keyboard.type(digits);
    await expect(this.typed).toHaveAccessibleName(typedLabel(digits.length));
    await this.page.getByRole('button', { name: submit, exact: true }).click();
  }
}
