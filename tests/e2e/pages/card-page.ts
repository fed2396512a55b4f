import { expect, type Locator, type Page } from '@playwright/test';

export interface CardLayout {
  nameFontPx: number;
  smallestStepFontPx: number;
  /** Elements whose content spills out of their own box, or that stick out of the viewport. */
  overflowing: string[];
  /** Whether the page or the card itself would need scrolling to show everything. */
  scrolls: boolean;
}

/** The full-screen exercise card. */
export class CardPage {
  readonly heading: Locator;
  readonly steps: Locator;
  readonly back: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly startRest: Locator;
  readonly muscleMap: Locator;
  readonly stage: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.steps = page.getByRole('region', { name: 'How to do it' }).getByRole('listitem');
    this.back = page.getByRole('link', { name: 'Back to the library' });
    this.next = page.getByRole('button', { name: /^Next\b/ });
    this.previous = page.getByRole('button', { name: /^Previous\b/ });
    this.startRest = page.getByRole('link', { name: /^Start rest/ });
    this.muscleMap = page.getByRole('img', { name: /^Muscle map\./ });
    this.stage = page.locator('.card-screen__stage');
  }

  async expectShowing(name: string): Promise<void> {
    await expect(this.heading).toHaveText(name);
  }

  /** A horizontal drag across the middle of the card, by a finger on the touchscreen or with the mouse. */
  async swipe(direction: 'left' | 'right', by: 'touch' | 'mouse' = 'mouse'): Promise<void> {
    const box = await this.stage.boundingBox();
    if (!box) throw new Error('The card is not laid out.');
    const y = box.y + box.height / 2;
    const [from, to] = direction === 'left' ? [0.8, 0.2] : [0.2, 0.8];
    if (by === 'touch') {
      // Real touch input through Chromium, so the page's touch-action decides who gets the gesture.
      const session = await this.page.context().newCDPSession(this.page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', share: number) =>
        session.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x: box.x + box.width * share, y }],
        });
      await touch('touchStart', from);
      for (let step = 1; step <= 8; step += 1) await touch('touchMove', from + ((to - from) * step) / 8);
      await touch('touchEnd', to);
      await session.detach();
      return;
    }
    await this.page.mouse.move(box.x + box.width * from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * to, y, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * The card fits the screen as a member three metres away needs it: nothing overflows or scrolls, the
   * name is at least 64 px and every step at least 32 px. Measured once the fonts are in.
   */
  async expectFitsTheScreen(): Promise<void> {
    await this.page.evaluate(() => document.fonts.ready);
    const layout = await this.layout();
    expect(layout.overflowing).toEqual([]);
    expect(layout.scrolls).toBe(false);
    expect(layout.nameFontPx).toBeGreaterThanOrEqual(64);
    expect(layout.smallestStepFontPx).toBeGreaterThanOrEqual(32);
  }

  /** Measures the card as laid out now: type sizes, overflow and scrolling. */
  layout(): Promise<CardLayout> {
    return this.page.evaluate(() => {
      const px = (element: Element | null): number =>
        element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0;
      const card = document.querySelector<HTMLElement>('.card');
      const describe = (element: Element): string =>
        `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
      const overflowing: string[] = [];
      const width = window.innerWidth;
      const height = window.innerHeight;
      for (const element of document.querySelectorAll<HTMLElement>('main *')) {
        if (element.closest('svg') && element.tagName.toLowerCase() !== 'svg') continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.display === 'none' || style.display === 'contents')
          continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        const outside = rect.left < -1 || rect.top < -1 || rect.right > width + 1 || rect.bottom > height + 1;
        // A name cut short with an ellipsis is deliberate (its control carries the whole name), not a spill.
        const spills =
          !(element instanceof SVGElement) &&
          style.textOverflow !== 'ellipsis' &&
          (element.scrollWidth > element.clientWidth + 1 ||
            element.scrollHeight > element.clientHeight + 1) &&
          element.clientWidth > 0;
        if (outside || spills) overflowing.push(describe(element));
      }
      const root = document.scrollingElement ?? document.documentElement;
      const scrollers = [root, card, document.querySelector<HTMLElement>('.card__text')].filter(
        (element): element is HTMLElement => element !== null,
      );
      return {
        nameFontPx: px(document.querySelector('h1')),
        smallestStepFontPx: Math.min(
          ...[...document.querySelectorAll('.card__steps li')].map((step) => px(step)),
        ),
        overflowing,
        scrolls: scrollers.some((element) => element.scrollHeight > element.clientHeight + 1),
      };
    });
  }
}
