import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GymdeckApi } from '@shared/contract/api';
import type { MethodInput } from '@shared/contract';
import { fail, ok, type Result } from '@shared/contract/result';
import type { SessionSummary, SessionView, SetChange } from '@shared/domain';
import App from '@renderer/App.vue';
import { useMemberSessionStore } from '@renderer/stores/member-session';
import { mountWithApp } from '../support/mount-app';
import { arrivedAt, START, loggedSet, memberApi, sessionItem, sessionView } from '../support/sessions';

const PATH = '/member/session/session-1';
const ROW = sessionItem({ logged: [loggedSet({ id: 'set-1', reps: 10, loadKg: 40 })] });
const PULL = sessionItem({ exerciseId: 'face-pull', position: 1, reps: 15, loadKg: 15 });

let mounted: VueWrapper | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function sessionScreen(session: SessionView, methods: Partial<GymdeckApi> = {}) {
  const { api } = memberApi({ session, methods });
  const { wrapper, router } = await mountWithApp(App, api, PATH, { attachTo: document.body });
  mounted = wrapper;
  await flushPromises();
  return { wrapper, router };
}

/** A button by its accessible name (its label, else its text), within `scope`. */
const button = (scope: { findAll(selector: string): DOMWrapper<Element>[] }, name: string) => {
  const found = scope
    .findAll('button')
    .find((candidate) => (candidate.attributes('aria-label') ?? candidate.text()) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const dialog = (wrapper: VueWrapper) => wrapper.get('[role="dialog"]');
const dialogTitle = (wrapper: VueWrapper): string => {
  const id = dialog(wrapper).attributes('aria-labelledby');
  return wrapper.get(`[id="${id}"]`).text();
};
const loggedRows = (wrapper: VueWrapper): string[] =>
  wrapper.findAll('section.logged li').map((row) => row.get('.logged__what').text());

describe('set screen actions', () => {
  it('shows the exercise’s steps one tap away', async () => {
    const { wrapper } = await sessionScreen(sessionView([PULL]));
    const howTo = button(wrapper, 'How to do it');
    const steps = wrapper.get('.session-exercise__steps');
    expect(howTo.attributes('aria-expanded')).toBe('false');
    expect(howTo.attributes('aria-controls')).toBe(steps.attributes('id'));
    expect(steps.isVisible()).toBe(false);
    await howTo.trigger('click');
    expect(steps.isVisible()).toBe(true);
    expect(steps.findAll('li').map((li) => li.text())).toEqual([
      'Sit tall.',
      'Pull the handle to your waist.',
      'Return slowly.',
    ]);
    expect(button(wrapper, 'Hide the steps').attributes('aria-expanded')).toBe('true');
  });

  it('corrects a logged set; a failed correction keeps the dialog and the numbers, and retries with the same key', async () => {
    const calls: MethodInput<'sessions:correct-set'>[] = [];
    const answers: Result<SetChange>[] = [fail('storage-read-only', 'SQLITE_READONLY')];
    const { wrapper } = await sessionScreen(sessionView([ROW]), {
      'sessions:correct-set': (input) => {
        calls.push(input);
        const corrected = loggedSet({ id: 'set-1b', reps: input.reps ?? null, loadKg: input.loadKg ?? null });
        return Promise.resolve(
          answers.shift() ?? ok({ set: corrected, replaces: 'set-1', next: sessionView([ROW]).next }),
        );
      },
    });
    expect(loggedRows(wrapper)).toEqual(['10 × 40 kg']);

    await button(wrapper, 'Correct Set 1').trigger('click');
    expect(dialogTitle(wrapper)).toBe('Correct Set 1');
    const reps = dialog(wrapper).get('[role="group"][aria-label="Reps"]');
    expect(reps.get('output').text()).toBe('10');
    await button(reps, 'Less: Reps').trigger('click');
    await button(dialog(wrapper), 'Save').trigger('click');
    await flushPromises();

    expect(dialog(wrapper).get('[role="alert"]').text()).toBe(
      'The data folder cannot be written to. Ask a trainer.',
    );
    expect(dialog(wrapper).get('[role="group"][aria-label="Reps"] output').text()).toBe('9');
    expect(loggedRows(wrapper)).toEqual(['10 × 40 kg']);

    await button(dialog(wrapper), 'Save').trigger('click');
    await flushPromises();
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({
      sessionId: 'session-1',
      setId: 'set-1',
      clientKey: expect.any(String) as string,
      reps: 9,
      seconds: null,
      loadKg: 40,
    });
    expect(calls[1]).toEqual(calls[0]);
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(loggedRows(wrapper)).toEqual(['9 × 40 kg']);
  });

  it('deletes a logged set after asking, and keeps it when the member thinks again', async () => {
    const deleted: MethodInput<'sessions:delete-set'>[] = [];
    const { wrapper } = await sessionScreen(sessionView([ROW]), {
      'sessions:delete-set': (input) => {
        deleted.push(input);
        return Promise.resolve(
          ok({ set: null, replaces: input.setId, next: { itemId: ROW.id, warmUp: false, setNumber: 1 } }),
        );
      },
    });
    await button(wrapper, 'Delete Set 1').trigger('click');
    expect(dialogTitle(wrapper)).toBe('Delete Set 1?');
    expect(dialog(wrapper).text()).toContain('10 × 40 kg');
    await button(dialog(wrapper), 'Keep it').trigger('click');
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(deleted).toEqual([]);

    await button(wrapper, 'Delete Set 1').trigger('click');
    await button(dialog(wrapper), 'Delete it').trigger('click');
    await flushPromises();
    expect(deleted).toEqual([
      { sessionId: 'session-1', setId: 'set-1', clientKey: expect.any(String) as string },
    ]);
    expect(wrapper.find('section.logged').exists()).toBe(false);
    expect(wrapper.get('.session__slot').text()).toBe('Set 1 of 2');
  });

  it('skips an exercise and takes it back', async () => {
    const skips: MethodInput<'sessions:skip'>[] = [];
    const row = sessionItem();
    const { wrapper } = await sessionScreen(sessionView([row, PULL]), {
      'sessions:skip': (input) => {
        skips.push(input);
        const items = [{ ...row, skipped: input.skipped }, PULL];
        return Promise.resolve(ok(sessionView(items)));
      },
    });
    await button(wrapper, 'Skip exercise').trigger('click');
    await flushPromises();
    expect(skips).toEqual([{ sessionId: 'session-1', itemId: row.id, skipped: true }]);
    await vi.waitFor(() => expect(wrapper.get('.session-exercise__name').text()).toBe('Face pull'));
    const states = () => wrapper.findAll('.items__row').map((r) => r.get('.items__state').text());
    expect(states()).toEqual(['Skipped', 'Now']);

    await button(wrapper, 'Do Bent-over row after all').trigger('click');
    await flushPromises();
    expect(skips.at(-1)).toEqual({ sessionId: 'session-1', itemId: row.id, skipped: false });
    expect(states()).toEqual(['Now', 'To do']);
  });

  it('offers stand-ins for a busy machine with why, and swaps today’s exercise for the one chosen', async () => {
    const swaps: MethodInput<'sessions:swap'>[] = [];
    const row = sessionItem();
    const { wrapper } = await sessionScreen(sessionView([row, PULL]), {
      'sessions:swap-candidates': () =>
        Promise.resolve(
          ok([
            {
              exerciseId: 't-bar-row',
              overlap: 1.5,
              sharedMuscles: ['lats', 'rhomboids'],
              usesBusyEquipment: false,
            },
            { exerciseId: 'face-pull', overlap: 1, sharedMuscles: ['rhomboids'], usesBusyEquipment: true },
          ]),
        ),
      'sessions:swap': (input) => {
        swaps.push(input);
        return Promise.resolve(ok(sessionView([{ ...row, exerciseId: input.exerciseId }, PULL])));
      },
    });
    await button(wrapper, 'Machine busy').trigger('click');
    await flushPromises();

    expect(dialogTitle(wrapper)).toBe('Instead of Bent-over row');
    expect(dialog(wrapper).text()).toContain('These work the same muscles. Your plan stays as it is.');
    const choices = dialog(wrapper).findAll('.swap__choice');
    expect(
      choices.map((choice) => choice.findAll('span.swap__name, span.swap__why').map((s) => s.text())),
    ).toEqual([
      ['Do T-bar row', 'Works the same: lats, between the shoulder blades'],
      ['Do Face pull', 'Works the same: between the shoulder blades', '⚠ Needs the same equipment'],
    ]);

    await choices[0]?.trigger('click');
    await flushPromises();
    expect(swaps).toEqual([{ sessionId: 'session-1', itemId: row.id, exerciseId: 't-bar-row' }]);
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    await vi.waitFor(() => expect(wrapper.get('.session-exercise__name').text()).toBe('T-bar row'));
    expect(wrapper.get('.session-exercise__swapped').text()).toBe('Instead of Bent-over row');
  });

  it('says so when nothing can stand in, and when the stand-ins cannot be read', async () => {
    const answers = [ok([]), fail('unavailable', 'server gone')];
    const { wrapper } = await sessionScreen(sessionView([sessionItem()]), {
      'sessions:swap-candidates': () => Promise.resolve(answers.shift() ?? ok([])),
    });
    await button(wrapper, 'Machine busy').trigger('click');
    await flushPromises();
    expect(dialog(wrapper).text()).toContain('Nothing else here works the same muscles.');
    await button(dialog(wrapper), 'Cancel').trigger('click');

    await button(wrapper, 'Machine busy').trigger('click');
    await flushPromises();
    expect(dialog(wrapper).get('[role="alert"]').text()).toBe(
      'Gymdeck cannot reach its data right now. Please try again in a moment.',
    );
  });

  it('asks before finishing with sets left, then shows the summary', async () => {
    const finished: MethodInput<'sessions:finish'>[] = [];
    const summary: SessionSummary = {
      sessionId: 'session-1',
      planName: 'Back basics',
      startedAt: START,
      finishedAt: START + 600_000,
      durationSeconds: 600,
      sets: 1,
      warmUpSets: 0,
      reps: 10,
      volumeKg: 400,
      records: [],
    };
    const { wrapper, router } = await sessionScreen(sessionView([ROW, PULL]), {
      'sessions:finish': (input) => {
        finished.push(input);
        return Promise.resolve(ok(summary));
      },
    });
    await button(wrapper, 'Finish session').trigger('click');
    expect(dialogTitle(wrapper)).toBe('Finish now?');
    expect(dialog(wrapper).text()).toContain('3 sets are not done yet.');
    await button(dialog(wrapper), 'Keep going').trigger('click');
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(finished).toEqual([]);

    await button(wrapper, 'Finish session').trigger('click');
    await button(dialog(wrapper), 'Finish').trigger('click');
    await flushPromises();
    expect(finished).toEqual([{ sessionId: 'session-1' }]);
    await arrivedAt(router, 'member-summary');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Well done, Sam K.');
  });

  it('leaves the session open and the screen free of the member', async () => {
    const signOuts: unknown[] = [];
    const { wrapper, router } = await sessionScreen(sessionView([ROW, PULL]), {
      'sessions:sign-out': (input) => {
        signOuts.push(input);
        return Promise.resolve(ok({ signedOut: true }));
      },
    });
    await button(wrapper, 'Leave, finish later').trigger('click');
    await flushPromises();
    expect(signOuts).toEqual([{}]);
    await arrivedAt(router, 'display');
    const store = useMemberSessionStore();
    expect(store.member).toBeNull();
    expect(store.session).toBeNull();
    expect(wrapper.text()).not.toContain('Sam K.');
  });

  it('says when the session is not open on this screen, with a way to try again', async () => {
    const { wrapper } = await sessionScreen(sessionView([ROW], null), {
      'sessions:view': () => Promise.resolve(fail('not-found', 'no such session')),
    });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.get('h2').text()).toBe('This session is not open on this screen.');
    expect(button(alert, 'Try again').exists()).toBe(true);
  });
});
