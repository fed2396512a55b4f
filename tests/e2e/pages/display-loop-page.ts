import type { Locator, Page } from '@playwright/test';
import { TimerScreen } from './timer-screen';

/** The display loop: the circuit playing for everyone in view, and the menu a touch opens. */
export class DisplayLoopPage extends TimerScreen {
  readonly title: Locator;
  readonly touchToStart: Locator;
  readonly menu: Locator;

  constructor(page: Page) {
    super(page);
    this.title = page.getByRole('heading', { level: 1 });
    this.touchToStart = page.getByRole('button', { name: 'Touch to start' });
    this.menu = page.getByRole('dialog', { name: 'What would you like to do?' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/');
    await this.dial.waitFor();
  }
}
