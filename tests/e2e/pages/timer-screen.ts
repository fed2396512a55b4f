import { expect, type Locator, type Page } from '@playwright/test';

/** What the rest timer, the circuit player and the display loop have in common. */
export class TimerScreen {
  readonly dial: Locator;
  readonly digits: Locator;
  readonly phase: Locator;
  readonly next: Locator;
  readonly exercise: Locator;
  /** The exercise's movement figure; hidden from assistive technology beside the name, so found by its key. */
  readonly figure: Locator;

  constructor(readonly page: Page) {
    this.dial = page.getByRole('timer');
    this.digits = this.dial.locator('.dial__digits');
    this.phase = page.getByRole('status', { name: 'Phase' });
    this.next = page.getByRole('note');
    this.exercise = page.getByRole('region', { name: 'Exercise' }).getByRole('heading', { level: 2 });
    this.figure = page.locator('.step-figure [data-figure]');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Waits until the dial reads `time` ("45", "1:05"); left, or spent for a rep target. */
  async expectTime(time: string, kind: 'left' | 'so far' = 'left'): Promise<void> {
    await expect(this.dial).toHaveAccessibleName(`${time} ${kind}`);
  }

  async expectPhase(word: string): Promise<void> {
    await expect(this.phase).toHaveText(word);
  }

  async expectNext(what: string): Promise<void> {
    await expect(this.next).toHaveAccessibleName(`Next: ${what}`);
  }

  /** The seconds the dial shows ("1:05" is 65). */
  async secondsShown(): Promise<number> {
    const shown = ((await this.digits.textContent()) ?? '').trim();
    const match = /^(?:(\d+):)?(\d+)$/.exec(shown);
    if (!match) throw new Error(`The dial reads "${shown}"`);
    return Number(match[1] ?? 0) * 60 + Number(match[2]);
  }

  async run(ms: number): Promise<void> {
    await this.page.clock.runFor(ms);
  }
}
