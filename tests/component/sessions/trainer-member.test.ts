import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { GymdeckApi } from '@shared/contract/api';
import type { MethodInput } from '@shared/contract';
import { fail, ok } from '@shared/contract/result';
import type { Member, MemberDataCounts, Plan, PlanSummary } from '@shared/domain';
import App from '@renderer/App.vue';
import { installAccessGuard } from '@renderer/access';
import { usePairingStore } from '@renderer/stores/pairing';
import { useTrainerStore } from '@renderer/stores/trainer';
import { mountWithApp } from '../support/mount-app';
import { START, arrivedAt, memberApi, sessionItem, sessionView } from '../support/sessions';
import { choiceGroup } from '../support/choice-groups';

const SAM: Member = {
  id: 'member-1',
  displayName: 'Sam Kowalski',
  memberNumber: '1234',
  notes: 'No overhead pressing',
  unit: 'kg',
  createdAt: START,
};
const BACK_BASICS: PlanSummary = {
  id: 'plan-1',
  memberId: SAM.id,
  name: 'Back basics',
  itemCount: 3,
  updatedAt: START,
};
const MID_BACK_DAY: PlanSummary = {
  id: 'mid-back-day',
  memberId: null,
  name: 'Mid-back day',
  itemCount: 4,
  updatedAt: START,
};

let mounted: VueWrapper | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function memberScreen(methods: Partial<GymdeckApi> = {}) {
  const { api } = memberApi({
    methods: {
      'members:get': () => Promise.resolve(ok(SAM)),
      'plans:list': ({ memberId }) => Promise.resolve(ok(memberId === null ? [MID_BACK_DAY] : [BACK_BASICS])),
      ...methods,
    },
  });
  const { wrapper, router } = await mountWithApp(App, api, `/trainer/members/${SAM.id}`, {
    attachTo: document.body,
  });
  mounted = wrapper;
  await flushPromises();
  return { wrapper, router };
}

const button = (scope: { findAll(selector: string): DOMWrapper<Element>[] }, name: string) => {
  const found = scope
    .findAll('button')
    .find((candidate) => (candidate.attributes('aria-label') ?? candidate.text()).trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const dialog = (wrapper: VueWrapper) => wrapper.get('[role="dialog"]');

/** Opens the deletion of Sam with these counts and answers with what the dialog says. */
async function deletionText(counts: MemberDataCounts): Promise<string> {
  const { wrapper } = await memberScreen({ 'members:data-counts': () => Promise.resolve(ok(counts)) });
  await button(wrapper, '✕ Delete member').trigger('click');
  await flushPromises();
  const text = dialog(wrapper).get('p').text();
  wrapper.unmount();
  mounted = null;
  return text;
}

describe('a member in trainer mode', () => {
  it('says how much deleting a member removes, in words for each count', async () => {
    expect(await deletionText({ plans: 1, sessions: 2, sets: 7 })).toBe(
      'This also deletes 1 plan, 2 sessions and 7 logged sets. It cannot be undone.',
    );
    expect(await deletionText({ plans: 0, sessions: 0, sets: 0 })).toBe(
      'This also deletes no plans, no sessions and no logged sets. It cannot be undone.',
    );
    expect(await deletionText({ plans: 3, sessions: 1, sets: 1 })).toBe(
      'This also deletes 3 plans, 1 session and 1 logged set. It cannot be undone.',
    );
  });

  it('deletes the member only after the confirmation, then lists the members', async () => {
    const deleted: MethodInput<'members:delete'>[] = [];
    const counts = { plans: 1, sessions: 2, sets: 7 };
    const { wrapper, router } = await memberScreen({
      'members:data-counts': () => Promise.resolve(ok(counts)),
      'members:delete': (input) => {
        deleted.push(input);
        return Promise.resolve(ok(counts));
      },
      'members:list': () => Promise.resolve(ok([])),
    });
    await button(wrapper, '✕ Delete member').trigger('click');
    await flushPromises();
    const titleId = dialog(wrapper).attributes('aria-labelledby');
    expect(wrapper.get(`[id="${titleId}"]`).text()).toBe('Delete Sam Kowalski?');
    await button(dialog(wrapper), 'Keep').trigger('click');
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(deleted).toEqual([]);

    await button(wrapper, '✕ Delete member').trigger('click');
    await flushPromises();
    await button(dialog(wrapper), 'Delete everything').trigger('click');
    await flushPromises();
    expect(deleted).toEqual([{ id: SAM.id }]);
    await arrivedAt(router, 'trainer-members');
  });

  it('says why when the counts cannot be read, and asks nothing', async () => {
    const { wrapper } = await memberScreen({
      'members:data-counts': () => Promise.resolve(fail('unavailable', 'server gone')),
    });
    await button(wrapper, '✕ Delete member').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(wrapper.get('.member-page__problem[role="alert"]').text()).toBe(
      'Gymdeck cannot reach its data right now. Please try again in a moment.',
    );
  });

  it('hands a plan to this screen for the member, shown there by first name and initial, and locks trainer mode', async () => {
    const handed: MethodInput<'sessions:hand-over'>[] = [];
    let locks = 0;
    const session = sessionView([sessionItem()]);
    const { wrapper, router } = await memberScreen({
      'trainer:lock': () => {
        locks += 1;
        return Promise.resolve(ok({ pinSet: true, unlocked: false, lockedOutSeconds: 0, triesLeft: 5 }));
      },
      'sessions:hand-over': (input) => {
        handed.push(input);
        return Promise.resolve(
          ok({
            member: { id: SAM.id, label: 'Sam K.', unit: 'kg' as const },
            plans: [BACK_BASICS],
            openSession: session,
          }),
        );
      },
      'sessions:view': () => Promise.resolve(ok(session)),
    });
    installAccessGuard(router, () => ({ trainer: useTrainerStore(), pairing: usePairingStore() }));
    const start = button(wrapper, 'Start for Sam K.: Back basics');
    expect(start.text()).toBe('Start for Sam K.');
    await start.trigger('click');
    await flushPromises();
    expect(handed).toEqual([{ planId: BACK_BASICS.id }]);
    await arrivedAt(router, '/member/session/session-1');
    await flushPromises();
    expect(wrapper.get('.session__member').text()).toBe('Sam K.');
    expect(wrapper.text()).not.toContain('Kowalski');
    // The member is not left with the trainer's powers.
    expect(locks).toBe(1);
  });

  it('gives a copy of a chosen template to the member', async () => {
    const given: MethodInput<'plans:give-template'>[] = [];
    const copy: Plan = {
      id: 'plan-2',
      memberId: SAM.id,
      name: 'Mid-back day',
      note: '',
      items: [],
      createdAt: START,
      updatedAt: START + 1,
    };
    const { wrapper } = await memberScreen({
      'plans:give-template': (input) => {
        given.push(input);
        return Promise.resolve(ok(copy));
      },
    });
    const chips = choiceGroup(wrapper, 'Give a template');
    const chip = chips.get('input');
    (chip.element as HTMLInputElement).checked = true;
    await chip.trigger('change');
    await button(wrapper, 'Give Mid-back day').trigger('click');
    await flushPromises();

    expect(given).toEqual([{ templateId: 'mid-back-day', memberId: SAM.id }]);
    expect(wrapper.get('.member-page__notice').text()).toBe('Mid-back day is now a plan of Sam Kowalski.');
    expect(wrapper.findAll('.member-page__plan-name').map((name) => name.text())).toEqual([
      'Mid-back day',
      'Back basics',
    ]);
  });
});
