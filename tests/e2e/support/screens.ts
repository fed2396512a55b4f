import { expect, type Page } from '@playwright/test';
import { callApi, memberWithPlan, screenIdOf, sessionOnScreen } from './member-data';

export interface Screen {
  /** The address, or for a screen that needs data first, its pattern (`prepare` gives the address). */
  path: string;
  /** The level-1 heading that shows the screen has loaded. */
  ready: string;
  /** A heading of any level that shows its data has loaded too. */
  loaded?: string;
  /** Makes the data the screen shows (a member signed in on this page's screen, say); answers the address. */
  prepare?: (page: Page, baseUrl: string) => Promise<string>;
  /** Opened with trainer mode unlocked on the page's screen. */
  trainer?: boolean;
}

/**
 * Every screen a member or a trainer reaches, with the heading that shows it has loaded; `trainer` ones
 * are opened with trainer mode unlocked.
 */
export const SCREENS: readonly Screen[] = [
  { path: '/#/', ready: 'Posture circuit' },
  { path: '/#/library', ready: 'Exercise library' },
  { path: '/#/library/face-pull', ready: 'Face pull' },
  { path: '/#/rest?seconds=60&exercise=face-pull', ready: 'Rest' },
  { path: '/#/circuits', ready: 'Circuits' },
  { path: '/#/circuits/posture-circuit/play', ready: 'Posture circuit' },
  { path: '/#/trainer/unlock', ready: 'Choose a trainer PIN' },
  { path: '/#/pair', ready: 'Pair this screen' },
  { path: '/#/trainer', ready: 'Trainer', trainer: true },
  { path: '/#/trainer/exercises', ready: 'Exercises', trainer: true },
  { path: '/#/trainer/exercises/face-pull', ready: 'Edit: Face pull', trainer: true },
  { path: '/#/trainer/exercises/new', ready: 'New exercise', trainer: true },
  { path: '/#/trainer/circuits', ready: 'Circuits', trainer: true },
  { path: '/#/trainer/circuits/posture-circuit', ready: 'Edit circuit', trainer: true },
  { path: '/#/trainer/transfer', ready: 'Import and export', trainer: true },
  { path: '/#/trainer/backups', ready: 'Backups', trainer: true },
  { path: '/#/member/sign-in', ready: 'Start your workout' },
  {
    path: '/#/member',
    ready: 'Hello, Sam K.',
    loaded: 'Your plans',
    prepare: async (page, baseUrl) => {
      await memberWithPlan(baseUrl);
      await callApi(baseUrl, 'sessions:sign-in', { memberNumber: '1234' }, await screenIdOf(page));
      return '/#/member';
    },
  },
  {
    path: '/#/member/session/:id',
    ready: 'Back basics',
    loaded: 'Sets of Bent-over row',
    prepare: async (page, baseUrl) =>
      `/#/member/session/${(await sessionOnScreen(page, baseUrl)).session.id}`,
  },
  {
    path: '/#/member/session/:id/summary',
    ready: 'Well done, Sam K.',
    prepare: async (page, baseUrl) => {
      const { session } = await sessionOnScreen(page, baseUrl);
      await callApi(baseUrl, 'sessions:finish', { sessionId: session.id }, await screenIdOf(page));
      return `/#/member/session/${session.id}/summary`;
    },
  },
  {
    path: '/#/member/progress',
    ready: 'My progress',
    loaded: 'Sessions',
    prepare: async (page, baseUrl) => {
      await sessionOnScreen(page, baseUrl);
      return '/#/member/progress';
    },
  },
  { path: '/#/trainer/members', ready: 'Members', trainer: true },
  { path: '/#/trainer/members/new', ready: 'New member', trainer: true },
  {
    path: '/#/trainer/members/:id',
    ready: 'Sam Kowalski',
    trainer: true,
    loaded: 'Plans',
    prepare: async (_page, baseUrl) => `/#/trainer/members/${(await memberWithPlan(baseUrl)).member.id}`,
  },
  {
    path: '/#/trainer/members/:id/progress',
    ready: 'Progress: Sam Kowalski',
    trainer: true,
    loaded: 'Sessions',
    prepare: async (page, baseUrl) =>
      `/#/trainer/members/${(await sessionOnScreen(page, baseUrl)).member.id}/progress`,
  },
  { path: '/#/trainer/templates', ready: 'Templates', trainer: true },
  { path: '/#/trainer/templates/new', ready: 'New template', trainer: true },
  {
    path: '/#/trainer/plans/mid-back-day',
    ready: 'Edit: Mid-back day',
    loaded: 'Muscle balance',
    trainer: true,
  },
  { path: '/#/trainer/screens', ready: 'Screens', trainer: true },
  { path: '/#/trainer/security', ready: 'PIN and limits', trainer: true },
  { path: '/#/trainer/pin', ready: 'Change the PIN', trainer: true },
];

/** Opens the screen, with its data made first where it needs some, and waits until it has loaded. */
export async function openScreen(page: Page, screen: Screen, baseUrl: string): Promise<void> {
  await page.goto(screen.prepare ? await screen.prepare(page, baseUrl) : screen.path);
  await expect(page.getByRole('heading', { level: 1, name: screen.ready })).toBeVisible();
  if (screen.loaded)
    await expect(page.getByRole('heading', { name: screen.loaded, exact: true })).toBeVisible();
}
