import type { Download, Locator, Page } from '@playwright/test';

/** The trainer's Backups screen. */
export class BackupsPage {
  readonly heading: Locator;
  readonly backUpNow: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly status: Locator;
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Backups' });
    this.backUpNow = page.getByRole('button', { name: 'Back up now' });
    this.list = page.getByRole('list', { name: 'Backups, newest first' });
    this.rows = this.list.getByRole('listitem');
    this.status = page.getByRole('status');
    this.dialog = page.getByRole('alertdialog');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/trainer/backups');
    await this.heading.waitFor();
  }

  /** The restore button of the row at `index` (0 is the newest). */
  restoreButton(index: number): Locator {
    return this.rows.nth(index).getByRole('button', { name: /^Restore the backup of / });
  }

  /** Saves the backup at `index` to a file and returns what the browser was handed. */
  async save(index: number): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.rows
      .nth(index)
      .getByRole('button', { name: /^Save to a file: / })
      .click();
    return download;
  }
}
