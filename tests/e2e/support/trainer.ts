import type { Page } from '@playwright/test';

/** The PIN the end-to-end tests choose for a fresh Gymdeck. */
export const E2E_PIN = '482916';
/** The screen id every test page keeps in its local storage, so a test can unlock that very screen. */
export const E2E_SCREEN = 'e2e-screen';
/** The screen direct API calls of a test come from, so that the page locking its own leaves them be. */
const API_SCREEN = 'e2e-api';

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; reason?: string; message: string };
}

/** Makes every page of a test the screen E2E_SCREEN (before any of its scripts run). */
export async function nameScreen(page: Page, screen = E2E_SCREEN): Promise<void> {
  await page.addInitScript((id) => window.localStorage.setItem('gymdeck.screen-id', id), screen);
}

/**
 * Trainer mode for tests, through the API (the PIN pad has its own tests): chooses the PIN on a fresh
 * Gymdeck, else enters it. Cheaper than typing it on every trainer test, and the same server checks it.
 */
export class TrainerAccess {
  private apiUnlocked = false;

  constructor(private readonly baseUrl: string) {}

  private async post(method: string, payload: unknown, screen: string): Promise<Answer> {
    const response = await fetch(`${this.baseUrl}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gymdeck-screen': screen },
      body: JSON.stringify(payload),
    });
    return (await response.json()) as Answer;
  }

  /** Opens trainer mode on `screen` (the test page's, unless told). */
  async unlock(screen = E2E_SCREEN): Promise<void> {
    const status = await this.post('trainer:status', {}, screen);
    const { pinSet, unlocked } = (status.value ?? {}) as { pinSet?: boolean; unlocked?: boolean };
    if (unlocked) return;
    const answer = await this.post(pinSet ? 'trainer:unlock' : 'trainer:set-pin', { pin: E2E_PIN }, screen);
    if (!answer.ok) throw new Error(`Trainer mode did not open: ${answer.error?.message ?? 'no answer'}`);
  }

  /** A trainer's call straight to the API, as another screen would make it. */
  async call(method: string, payload: unknown): Promise<Answer> {
    if (!this.apiUnlocked) await this.unlock(API_SCREEN);
    this.apiUnlocked = true;
    return this.post(method, payload, API_SCREEN);
  }
}
