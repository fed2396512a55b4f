import type { Locator, Page } from '@playwright/test';

/** The library screen as a member sees it: search with the on-screen keyboard, filter chips, tiles. */
export class LibraryPage {
  readonly heading: Locator;
  readonly tiles: Locator;
  readonly search: Locator;
  readonly keyboard: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Exercise library' });
    this.tiles = page.getByRole('list', { name: 'Exercise library' }).getByRole('link');
    this.search = page.getByRole('searchbox', { name: 'Search exercises' });
    this.keyboard = page.getByRole('region', { name: 'Keyboard' });
    this.count = page.getByRole('status');
  }

  async goto(hash = '#/library'): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.heading.waitFor();
  }

  tile(name: string): Locator {
    // A tile is named by all it shows; its heading is the exercise's name.
    return this.page.getByRole('link').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async open(name: string): Promise<void> {
    await this.tile(name).click();
  }

  /** The names on the tiles, in the order shown. */
  async tileNames(): Promise<string[]> {
    return this.tiles.evaluateAll((links) =>
      links.map((link) => link.querySelector('h2')?.textContent?.trim() ?? ''),
    );
  }

  chip(group: 'Goal' | 'Body region' | 'Muscle' | 'Equipment', name: string): Locator {
    return this.page
      .getByRole('group', { name: group, exact: true })
      .getByRole('button', { name, exact: true });
  }

  key(name: string): Locator {
    return this.keyboard.getByRole('button', { name, exact: true });
  }

  /** Types on the on-screen keyboard, opening it first, as a member without a keyboard would. */
  async typeOnScreen(text: string): Promise<void> {
    if (!(await this.keyboard.isVisible())) await this.search.click();
    for (const character of text) await this.key(character === ' ' ? 'Space' : character).click();
  }

  async closeKeyboard(): Promise<void> {
    await this.key('Hide keyboard').click();
  }
}
