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
}

/** Every screen a member or a trainer reaches, with the heading that shows it has loaded. */
export const SCREENS: readonly Screen[] = [
  { path: '/#/', ready: 'Posture circuit' },
  { path: '/#/library', ready: 'Exercise library' },
  { path: '/#/library/face-pull', ready: 'Face pull' },
  { path: '/#/rest?seconds=60&exercise=face-pull', ready: 'Rest' },
  { path: '/#/circuits', ready: 'Circuits' },
  { path: '/#/circuits/posture-circuit/play', ready: 'Posture circuit' },
  { path: '/#/trainer', ready: 'Trainer' },
  { path: '/#/trainer/exercises', ready: 'Exercises' },
  { path: '/#/trainer/exercises/face-pull', ready: 'Edit: Face pull' },
  { path: '/#/trainer/exercises/new', ready: 'New exercise' },
  { path: '/#/trainer/circuits', ready: 'Circuits' },
  { path: '/#/trainer/circuits/posture-circuit', ready: 'Edit circuit' },
  { path: '/#/trainer/transfer', ready: 'Import and export' },
  { path: '/#/trainer/backups', ready: 'Backups' },
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
  { path: '/#/trainer/members', ready: 'Members' },
  { path: '/#/trainer/members/new', ready: 'New member' },
  {
    path: '/#/trainer/members/:id',
    ready: 'Sam Kowalski',
    loaded: 'Plans',
    prepare: async (_page, baseUrl) => `/#/trainer/members/${(await memberWithPlan(baseUrl)).member.id}`,
  },
  {
    path: '/#/trainer/members/:id/progress',
    ready: 'Progress: Sam Kowalski',
    loaded: 'Sessions',
    prepare: async (page, baseUrl) =>
      `/#/trainer/members/${(await sessionOnScreen(page, baseUrl)).member.id}/progress`,
  },
  { path: '/#/trainer/templates', ready: 'Templates' },
  { path: '/#/trainer/templates/new', ready: 'New template' },
  { path: '/#/trainer/plans/mid-back-day', ready: 'Edit: Mid-back day', loaded: 'Muscle balance' },
];

/** Opens the screen, with its data made first where it needs some, and waits until it has loaded. */
export async function openScreen(page: Page, screen: Screen, baseUrl: string): Promise<void> {
  await page.goto(screen.prepare ? await screen.prepare(page, baseUrl) : screen.path);
  await expect(page.getByRole('heading', { level: 1, name: screen.ready })).toBeVisible();
  if (screen.loaded)
    await expect(page.getByRole('heading', { name: screen.loaded, exact: true })).toBeVisible();
}
