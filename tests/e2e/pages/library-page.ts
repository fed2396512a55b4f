import { expect, type Locator, type Page } from '@playwright/test';

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

  /**
   * Waits until the tiles show exactly these names in this order: a chip or a search updates the list once
   * its answer arrives, which can be after the chip shows it is pressed.
   */
  async expectTiles(names: readonly string[]): Promise<void> {
    await expect(this.tiles.locator('h2')).toHaveText([...names]);
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
