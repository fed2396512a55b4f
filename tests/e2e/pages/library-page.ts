import type { Locator, Page } from '@playwright/test';

/** The library screen as a member sees it. */
export class LibraryPage {
  readonly heading: Locator;
  readonly tiles: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Exercise library' });
    this.tiles = page.getByRole('list', { name: 'Exercise library' }).getByRole('link');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/library');
    await this.heading.waitFor();
  }

  tile(name: string): Locator {
    return this.page.getByRole('link', { name: `Open ${name}` });
  }

  async open(name: string): Promise<void> {
    await this.tile(name).click();
  }
}
