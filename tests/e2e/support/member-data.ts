import type { Page } from '@playwright/test';
import type { Member, Plan, PlanItemDraft, SessionView } from '@shared/domain';
import { TrainerAccess } from './trainer';

/** Calls the web-mode API as a screen would (`screenId`: which one), for data a test is not about. */
export async function callApi<T>(
  baseUrl: string,
  method: string,
  input: unknown,
  screenId?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(screenId ? { 'X-Gymdeck-Screen': screenId } : {}) },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

/** Calls the web-mode API as a trainer on a screen of its own (trainer powers need the PIN). */
export async function callAsTrainer<T>(baseUrl: string, method: string, input: unknown): Promise<T> {
  const answer = await new TrainerAccess(baseUrl).call(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error?.message}`);
  return answer.value as T;
}

/** The screen id the page's app made for itself (it names every call of that page). */
export async function screenIdOf(page: Page): Promise<string> {
  if (!page.url().startsWith('http')) await page.goto('/#/library');
  const id = await page.evaluate(() => localStorage.getItem('gymdeck.screen-id'));
  if (!id) throw new Error('The page has no screen id yet');
  return id;
}

const item = (exerciseId: string, loadKg: number | null): PlanItemDraft => ({
  exerciseId,
  sets: 2,
  warmUpSets: 0,
  reps: 10,
  seconds: null,
  loadKg,
  restSeconds: 60,
  note: '',
});

/** Sam Kowalski (member number 1234) with a plan of three mid-back exercises. */
export async function memberWithPlan(baseUrl: string): Promise<{ member: Member; plan: Plan }> {
  const member = await callAsTrainer<Member>(baseUrl, 'members:create', {
    displayName: 'Sam Kowalski',
    memberNumber: '1234',
    notes: '',
    unit: 'kg',
  });
  const plan = await callAsTrainer<Plan>(baseUrl, 'plans:create', {
    memberId: member.id,
    plan: {
      name: 'Back basics',
      note: '',
      items: [item('bent-over-row', 40), item('seated-cable-row', 35), item('face-pull', 15)],
    },
  });
  return { member, plan };
}

/** Signs the member in on the page's screen and starts the plan there, with one set logged. */
export async function sessionOnScreen(
  page: Page,
  baseUrl: string,
): Promise<{ member: Member; session: SessionView }> {
  const { member, plan } = await memberWithPlan(baseUrl);
  const screen = await screenIdOf(page);
  await callApi(baseUrl, 'sessions:sign-in', { memberNumber: '1234' }, screen);
  const session = await callApi<SessionView>(baseUrl, 'sessions:start', { planId: plan.id }, screen);
  const first = session.items[0];
  if (!first) throw new Error('The plan has no exercise');
  await callApi(
    baseUrl,
    'sessions:log-set',
    {
      sessionId: session.id,
      itemId: first.id,
      exerciseId: first.exerciseId,
      warmUp: false,
      setNumber: 1,
      reps: 10,
      seconds: null,
      loadKg: 40,
      clientKey: 'prepared-set-1',
    },
    screen,
  );
  return { member, session };
}

/**
 * Starts `planId` for the member signed in on `screenId` and logs the sets the session asks for (all, or the
 * first `sets`), each with the plan's reps and `loadKg(exerciseId)`; finishes the session when `finish` is set.
 */
export async function loggedSession(
  baseUrl: string,
  screenId: string,
  planId: string,
  options: { loadKg: (exerciseId: string) => number | null; sets?: number; finish: boolean },
): Promise<SessionView> {
  const { loadKg, sets = 100, finish } = options;
  const session = await callApi<SessionView>(baseUrl, 'sessions:start', { planId }, screenId);
  let next = session.next;
  for (let count = 0; next && count < sets; count += 1) {
    const step = next;
    const item = session.items.find((candidate) => candidate.id === step.itemId);
    if (!item) throw new Error('The next set names no item of the session');
    const change = await callApi<{ next: SessionView['next'] }>(
      baseUrl,
      'sessions:log-set',
      {
        sessionId: session.id,
        itemId: item.id,
        exerciseId: item.exerciseId,
        warmUp: step.warmUp,
        setNumber: step.setNumber,
        reps: item.reps,
        seconds: item.seconds,
        loadKg: loadKg(item.exerciseId),
        clientKey: `${session.id}-${count}`,
      },
      screenId,
    );
    next = change.next;
  }
  if (finish) await callApi(baseUrl, 'sessions:finish', { sessionId: session.id }, screenId);
  return session;
}
