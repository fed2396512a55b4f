import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '@shared/contract';
import { fail, ok, type Result } from '@shared/contract/result';
import { loadToKg, type ActiveRun, type SetChange } from '@shared/domain';
import App from '@renderer/App.vue';
import { mountTimerScreen } from '../timers/support';
import { SAM, START, deferred, loggedSet, memberApi, sessionItem, sessionView } from '../support/sessions';

type LogInput = MethodInput<'sessions:log-set'>;
const PATH = '/member/session/session-1';

let mounted: VueWrapper | null = null;

async function setScreen(api: Parameters<typeof mountTimerScreen>[1]) {
  const { wrapper, router } = await mountTimerScreen(App, api, PATH);
  mounted = wrapper;
  await flushPromises();
  return { wrapper, router };
}

const stepper = (wrapper: VueWrapper, name: 'Reps' | 'Load' | 'Seconds') =>
  wrapper.get(`.session__entry [role="group"][aria-label="${name}"]`);
const shown = (wrapper: VueWrapper, name: 'Reps' | 'Load' | 'Seconds'): string =>
  stepper(wrapper, name).get('output').text();
async function nudge(wrapper: VueWrapper, name: 'Reps' | 'Load', direction: 'More' | 'Less', times = 1) {
  for (let i = 0; i < times; i += 1) {
    await stepper(wrapper, name).get(`button[aria-label="${direction}: ${name}"]`).trigger('click');
  }
}
const doneButton = (wrapper: VueWrapper) => wrapper.get('button.session__done');
const plates = (wrapper: VueWrapper) => wrapper.find('section.plates');
const plateItems = (wrapper: VueWrapper): string[] =>
  plates(wrapper)
    .findAll('li')
    .map((li) => li.text());
const loggedRegion = (wrapper: VueWrapper) => wrapper.find('section.logged');
const announcement = (wrapper: VueWrapper): string => wrapper.get('p[role="status"]').text();

/** What the store answers for a set logged as `input`: the new row, and the next set to do. */
function change(input: LogInput, next: SetChange['next']): Result<SetChange> {
  return ok({
    set: loggedSet({
      id: `logged-${input.setNumber}`,
      itemId: input.itemId,
      exerciseId: input.exerciseId,
      setNumber: input.setNumber,
      warmUp: input.warmUp,
      reps: input.reps ?? null,
      seconds: input.seconds ?? null,
      loadKg: input.loadKg ?? null,
    }),
    replaces: null,
    next,
  });
}

const ROW = sessionItem();
const NEXT_OF_ROW = { itemId: ROW.id, warmUp: false, setNumber: 2 };

describe('set screen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => {
    mounted?.unmount();
    mounted = null;
    vi.useRealTimers();
  });

  it('shows the set to do with its target, "First time", steppers on the target and the plates per side', async () => {
    const { api } = memberApi({ session: sessionView([ROW, sessionItem({ exerciseId: 'face-pull' })]) });
    const { wrapper } = await setScreen(api);

    expect(wrapper.get('h2').text()).toBe('Bent-over row');
    expect(wrapper.get('.session__count').text()).toBe('Exercise 1 of 2');
    expect(wrapper.get('.session__slot').text()).toBe('Set 1 of 2');
    expect(wrapper.get('.session__target').text()).toBe('Target: 10 × 40 kg');
    expect(wrapper.get('.session__last').text()).toBe('First time');
    expect(shown(wrapper, 'Reps')).toBe('10');
    expect(shown(wrapper, 'Load')).toBe('40 kg');
    // 40 kg on a 20 kg bar: 10 kg each side.
    expect(plates(wrapper).attributes('aria-label')).toBe('Plates per side on a 20 kg bar');
    expect(plateItems(wrapper)).toEqual(['10', 'kg']);
    // The name on screen is the member's label only.
    expect(wrapper.get('.session__member').text()).toBe('Sam K.');
  });

  it('prefills the steppers with what the member did last time for the same set, and says so', async () => {
    const cableRow = sessionItem({
      exerciseId: 'seated-cable-row',
      reps: 12,
      loadKg: 35,
      lastTime: [
        loggedSet({ exerciseId: 'seated-cable-row', setNumber: 1, reps: 10, loadKg: 40 }),
        loggedSet({ exerciseId: 'seated-cable-row', setNumber: 2, reps: 8, loadKg: 42.5 }),
      ],
      logged: [loggedSet({ exerciseId: 'seated-cable-row', itemId: 'item-seated-cable-row', reps: 12 })],
    });
    const { api } = memberApi({ session: sessionView([cableRow]) });
    const { wrapper } = await setScreen(api);

    expect(wrapper.get('.session__slot').text()).toBe('Set 2 of 2');
    expect(wrapper.get('.session__target').text()).toBe('Target: 12 × 35 kg');
    expect(wrapper.get('.session__last').text()).toBe('Last time: 8 × 42.5 kg');
    expect(shown(wrapper, 'Reps')).toBe('8');
    expect(shown(wrapper, 'Load')).toBe('42.5 kg');
    // No barbell, no plates.
    expect(plates(wrapper).exists()).toBe(false);
  });

  it('says "Last time: 10 × 40 kg" for set 1, and "First time" when last time had no set of that number', async () => {
    const row = sessionItem({ sets: 3, lastTime: [loggedSet({ setNumber: 1, reps: 10, loadKg: 40 })] });
    const first = memberApi({ session: sessionView([row]) });
    const { wrapper } = await setScreen(first.api);
    expect(wrapper.get('.session__last').text()).toBe('Last time: 10 × 40 kg');
    wrapper.unmount();

    const third = memberApi({
      session: sessionView([row], { itemId: row.id, warmUp: false, setNumber: 3 }),
    });
    const again = await setScreen(third.api);
    expect(again.wrapper.get('.session__slot').text()).toBe('Set 3 of 3');
    expect(again.wrapper.get('.session__last').text()).toBe('First time');
    expect(shown(again.wrapper, 'Reps')).toBe('10');
  });

  it('steps the load by 2.5 kg, and the plates per side follow', async () => {
    const { api } = memberApi({ session: sessionView([ROW]) });
    const { wrapper } = await setScreen(api);

    await nudge(wrapper, 'Load', 'More');
    expect(shown(wrapper, 'Load')).toBe('42.5 kg');
    expect(plateItems(wrapper)).toEqual(['10', '1.25', 'kg']);
    await nudge(wrapper, 'Load', 'Less', 3);
    expect(shown(wrapper, 'Load')).toBe('35 kg');
    expect(plateItems(wrapper)).toEqual(['5', '2.5', 'kg']);
    await nudge(wrapper, 'Reps', 'More');
    expect(shown(wrapper, 'Reps')).toBe('11');
  });

  it('steps the load by 5 lb for a member who counts in pounds, with pound plates, and logs kilograms', async () => {
    const logged: LogInput[] = [];
    const row = sessionItem({ loadKg: loadToKg(100, 'lb') });
    const { api } = memberApi({
      member: { ...SAM, unit: 'lb' },
      session: sessionView([row]),
      methods: {
        'sessions:log-set': (input) => {
          logged.push(input);
          return Promise.resolve(change(input, NEXT_OF_ROW));
        },
      },
    });
    const { wrapper } = await setScreen(api);

    expect(wrapper.get('.session__target').text()).toBe('Target: 10 × 100 lb');
    expect(shown(wrapper, 'Load')).toBe('100 lb');
    // A 45 lb bar: 27.5 lb a side.
    expect(plates(wrapper).attributes('aria-label')).toBe('Plates per side on a 45 lb bar');
    expect(plateItems(wrapper)).toEqual(['25', '2.5', 'lb']);
    await nudge(wrapper, 'Load', 'More');
    expect(shown(wrapper, 'Load')).toBe('105 lb');
    expect(plateItems(wrapper)).toEqual(['25', '5', 'lb']);

    await doneButton(wrapper).trigger('click');
    await flushPromises();
    expect(logged).toHaveLength(1);
    expect(logged[0]?.loadKg).toBeCloseTo(loadToKg(105, 'lb'), 6);
    expect(loggedRegion(wrapper).text()).toContain('10 × 105 lb');
  });

  it('shows a set done only once the store has answered that it is saved', async () => {
    const answer = deferred<Result<SetChange>>();
    const logged: LogInput[] = [];
    const { api, savedRuns } = memberApi({
      session: sessionView([ROW]),
      methods: {
        'sessions:log-set': (input) => {
          logged.push(input);
          return answer.promise;
        },
      },
    });
    const { wrapper } = await setScreen(api);
    await nudge(wrapper, 'Load', 'More');
    await doneButton(wrapper).trigger('click');
    await flushPromises();

    // Asked, not answered: nothing is shown as done, and the numbers cannot change meanwhile.
    expect(logged).toEqual([
      {
        sessionId: 'session-1',
        itemId: ROW.id,
        exerciseId: 'bent-over-row',
        warmUp: false,
        setNumber: 1,
        reps: 10,
        seconds: null,
        loadKg: 42.5,
        clientKey: expect.any(String) as string,
      },
    ]);
    expect(doneButton(wrapper).text()).toBe('Saving…');
    expect(doneButton(wrapper).attributes('aria-busy')).toBe('true');
    expect(doneButton(wrapper).attributes('disabled')).toBeDefined();
    expect(wrapper.get('fieldset.session__entry').attributes('disabled')).toBeDefined();
    expect(loggedRegion(wrapper).exists()).toBe(false);
    expect(announcement(wrapper)).toBe('');
    expect(wrapper.find('[aria-label="Rest"]').exists()).toBe(false);
    expect(wrapper.get('.session__slot').text()).toBe('Set 1 of 2');

    const input = logged[0];
    if (!input) throw new Error('no set was logged');
    answer.resolve(change(input, NEXT_OF_ROW));
    await flushPromises();

    expect(loggedRegion(wrapper).attributes('aria-label')).toBe('Sets of Bent-over row');
    expect(loggedRegion(wrapper).get('li').text()).toContain('Set 1');
    expect(loggedRegion(wrapper).get('li').text()).toContain('10 × 42.5 kg');
    expect(announcement(wrapper)).toBe('Bent-over row, Set 1 of 2: 10 × 42.5 kg saved.');
    // The plan's rest starts by itself, stored so that a reload resumes it.
    const rest = wrapper.get('[aria-label="Rest"]');
    expect(rest.get('.dial__digits').text()).toBe('1:30');
    expect(rest.text()).toContain('Next: Set 2 of 2 · Bent-over row');
    expect(savedRuns.at(-1)).toEqual({
      kind: 'countdown',
      restSeconds: 90,
      exerciseId: 'bent-over-row',
      countdown: { durationMs: 90_000, endsAt: START + 90_000, pausedRemainingMs: null },
    });
    // When it is over, the next set is on screen.
    await vi.advanceTimersByTimeAsync(90_000);
    expect(wrapper.find('[aria-label="Rest"]').exists()).toBe(false);
    expect(wrapper.get('.session__slot').text()).toBe('Set 2 of 2');
    expect(doneButton(wrapper).text()).toBe('Done');
  });

  it('says clearly when a set was not saved, keeps the numbers, and retries it under the same key', async () => {
    const answers: Result<SetChange>[] = [];
    const logged: LogInput[] = [];
    const { api } = memberApi({
      session: sessionView([ROW]),
      methods: {
        'sessions:log-set': (input) => {
          logged.push(input);
          return Promise.resolve(answers.shift() ?? change(input, NEXT_OF_ROW));
        },
      },
    });
    answers.push(fail('storage-full', 'SQLITE_FULL: database or disk is full'));
    const { wrapper } = await setScreen(api);
    await nudge(wrapper, 'Reps', 'More');
    await nudge(wrapper, 'Load', 'More');
    await doneButton(wrapper).trigger('click');
    await flushPromises();

    expect(wrapper.get('.session__error[role="alert"]').text()).toBe(
      'Not saved: The disk is full, so nothing new can be saved. Ask a trainer to free some space. ' +
        'Your numbers are kept; touch Done to try again.',
    );
    expect(shown(wrapper, 'Reps')).toBe('11');
    expect(shown(wrapper, 'Load')).toBe('42.5 kg');
    expect(loggedRegion(wrapper).exists()).toBe(false);
    expect(wrapper.find('[aria-label="Rest"]').exists()).toBe(false);
    expect(doneButton(wrapper).text()).toBe('Done');
    expect(doneButton(wrapper).attributes('disabled')).toBeUndefined();
    expect(wrapper.get('.session__slot').text()).toBe('Set 1 of 2');

    await doneButton(wrapper).trigger('click');
    await flushPromises();
    expect(logged).toHaveLength(2);
    expect(logged[1]).toEqual(logged[0]);
    expect(wrapper.find('.session__error').exists()).toBe(false);
    expect(loggedRegion(wrapper).text()).toContain('11 × 42.5 kg');
  });

  it('resumes the rest of this session a reload interrupted, at the second it had reached', async () => {
    const run: ActiveRun = {
      kind: 'countdown',
      restSeconds: 90,
      exerciseId: 'bent-over-row',
      countdown: { durationMs: 90_000, endsAt: START + 40_000, pausedRemainingMs: null },
    };
    const done = sessionItem({ logged: [loggedSet()] });
    const { api, savedRuns } = memberApi({ session: sessionView([done]), run });
    const { wrapper } = await setScreen(api);

    const rest = wrapper.get('[aria-label="Rest"]');
    expect(rest.get('.dial__digits').text()).toBe('40');
    expect(savedRuns).toEqual([]);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(wrapper.find('[aria-label="Rest"]').exists()).toBe(false);
    expect(wrapper.get('.session__slot').text()).toBe('Set 2 of 2');
  });

  it('leaves a stored rest of another exercise, or one already over, alone', async () => {
    const other: ActiveRun = {
      kind: 'countdown',
      restSeconds: 60,
      exerciseId: 'lat-pulldown',
      countdown: { durationMs: 60_000, endsAt: START + 30_000, pausedRemainingMs: null },
    };
    const first = memberApi({ session: sessionView([ROW]), run: other });
    const { wrapper } = await setScreen(first.api);
    expect(wrapper.find('[aria-label="Rest"]').exists()).toBe(false);
    expect(wrapper.get('.session__slot').text()).toBe('Set 1 of 2');
    wrapper.unmount();

    const over: ActiveRun = {
      ...other,
      exerciseId: 'bent-over-row',
      countdown: { ...other.countdown, endsAt: START - 1 },
    };
    const second = memberApi({ session: sessionView([ROW]), run: over });
    const again = await setScreen(second.api);
    expect(again.wrapper.find('[aria-label="Rest"]').exists()).toBe(false);
  });
});
