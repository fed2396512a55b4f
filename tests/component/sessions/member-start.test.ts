import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { GymdeckApi } from '@shared/contract/api';
import type { MethodInput } from '@shared/contract';
import { fail, ok, type Result } from '@shared/contract/result';
import type { MemberHome, PlanSummary, SignedInMember } from '@shared/domain';
import App from '@renderer/App.vue';
import { mountWithApp } from '../support/mount-app';
import { arrivedAt, SAM, START, loggedSet, memberApi, sessionItem, sessionView } from '../support/sessions';

const PLANS: PlanSummary[] = [
  { id: 'plan-1', memberId: SAM.id, name: 'Back basics', itemCount: 3, updatedAt: START },
  { id: 'plan-2', memberId: SAM.id, name: 'Pull day', itemCount: 1, updatedAt: START },
];
const HOME: MemberHome = { member: SAM, plans: PLANS, openSession: null };

let mounted: VueWrapper | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** A screen where `signedIn` is who the store says is signed in on it (nobody by default). */
async function open(path: string, methods: Partial<GymdeckApi>, signedIn: SignedInMember | null = null) {
  const { api } = memberApi({
    methods: {
      'sessions:current': () => Promise.resolve(ok({ member: signedIn })),
      ...methods,
    },
  });
  const { wrapper, router } = await mountWithApp(App, api, path);
  mounted = wrapper;
  await flushPromises();
  return { wrapper, router };
}

const pad = (wrapper: VueWrapper) => wrapper.get('[role="group"][aria-label="Member number"]');
const key = (wrapper: VueWrapper, name: string): DOMWrapper<Element> => {
  const found = pad(wrapper)
    .findAll('button')
    .find((button) => (button.attributes('aria-label') ?? button.text()) === name);
  if (!found) throw new Error(`no key ${name}`);
  return found;
};
async function typeDigits(wrapper: VueWrapper, digits: string): Promise<void> {
  for (const digit of digits) await key(wrapper, digit).trigger('click');
}
const digitsShown = (wrapper: VueWrapper): string => wrapper.get('output[aria-label="Member number"]').text();
const startButton = (wrapper: VueWrapper) => wrapper.get('button[type="submit"]');

describe('signing in by member number', () => {
  it('takes digits from the pad only, with backspace and clear, and starts from four digits', async () => {
    const { wrapper } = await open('/member/sign-in', {});
    expect(digitsShown(wrapper)).toBe('No digits yet');
    expect(startButton(wrapper).attributes('disabled')).toBeDefined();
    expect(wrapper.find('input').exists()).toBe(false);

    await typeDigits(wrapper, '123');
    expect(digitsShown(wrapper)).toBe('123');
    expect(startButton(wrapper).attributes('disabled')).toBeDefined();
    await typeDigits(wrapper, '4');
    expect(startButton(wrapper).attributes('disabled')).toBeUndefined();
    await key(wrapper, 'Delete last digit').trigger('click');
    expect(digitsShown(wrapper)).toBe('123');
    await key(wrapper, 'Clear').trigger('click');
    expect(digitsShown(wrapper)).toBe('No digits yet');
    expect(key(wrapper, 'Clear').attributes('disabled')).toBeDefined();

    // At most twelve digits.
    await typeDigits(wrapper, '1234567890123');
    expect(digitsShown(wrapper)).toBe('123456789012');
  });

  it('says clearly when no member has the number, or the screen must wait, and lets the member try again', async () => {
    const asked: MethodInput<'sessions:sign-in'>[] = [];
    const answers: Result<MemberHome>[] = [
      fail('not-found', 'no member', { field: 'memberNumber', reason: 'unknown-member-number' }),
      fail('forbidden', 'wait', {
        field: 'memberNumber',
        reason: 'too-many-attempts',
        params: { retryAfterSeconds: 30 },
      }),
    ];
    const { wrapper, router } = await open('/member/sign-in', {
      'sessions:sign-in': (input) => {
        asked.push(input);
        return Promise.resolve(answers.shift() ?? ok(HOME));
      },
    });
    await typeDigits(wrapper, '9999');
    await startButton(wrapper).trigger('submit');
    await flushPromises();
    expect(asked).toEqual([{ memberNumber: '9999' }]);
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'No member has this number. Check it, or ask a trainer.',
    );
    expect(digitsShown(wrapper)).toBe('No digits yet');
    expect(router.currentRoute.value.name).toBe('member-sign-in');

    await typeDigits(wrapper, '9998');
    await startButton(wrapper).trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Too many tries on this screen. Please wait 30 seconds.',
    );

    await typeDigits(wrapper, '1234');
    await startButton(wrapper).trigger('submit');
    await flushPromises();
    await arrivedAt(router, 'member-home');
  });

  it('goes straight to an open session after signing in', async () => {
    const openSession = sessionView([sessionItem()]);
    const { wrapper, router } = await open('/member/sign-in', {
      'sessions:sign-in': () => Promise.resolve(ok({ ...HOME, openSession })),
      'sessions:view': () => Promise.resolve(ok(openSession)),
    });
    await typeDigits(wrapper, '1234');
    await startButton(wrapper).trigger('submit');
    await flushPromises();
    await arrivedAt(router, '/member/session/session-1');
  });

  it('skips the pad when a member is already signed in on this screen', async () => {
    const { router } = await open(
      '/member/sign-in',
      { 'sessions:home': () => Promise.resolve(ok(HOME)) },
      SAM,
    );
    await arrivedAt(router, 'member-home');
  });

  it('sends a screen nobody is signed in on from a member’s screen to the pad', async () => {
    const { router } = await open('/member', {});
    await arrivedAt(router, 'member-sign-in');
  });
});

describe('a member’s home', () => {
  const plans = (wrapper: VueWrapper): string[][] =>
    wrapper.findAll('.member-home__plan').map((plan) => plan.findAll('span').map((part) => part.text()));

  it('greets the member by label and lists only their plans to start', async () => {
    const started: MethodInput<'sessions:start'>[] = [];
    const session = sessionView([sessionItem()]);
    const { wrapper, router } = await open(
      '/member',
      {
        'sessions:home': () => Promise.resolve(ok(HOME)),
        'sessions:start': (input) => {
          started.push(input);
          return Promise.resolve(ok(session));
        },
        'sessions:view': () => Promise.resolve(ok(session)),
      },
      SAM,
    );
    expect(wrapper.get('h1').text()).toBe('Hello, Sam K.');
    expect(plans(wrapper)).toEqual([
      ['Start Back basics', '3 exercises'],
      ['Start Pull day', '1 exercise'],
    ]);
    await wrapper.get('.member-home__plan').trigger('click');
    await flushPromises();
    expect(started).toEqual([{ planId: 'plan-1' }]);
    await arrivedAt(router, '/member/session/session-1');
  });

  it('offers to resume an open session, saying how far it got, instead of the plans', async () => {
    const row = sessionItem({ logged: [loggedSet()] });
    const openSession = sessionView([row, sessionItem({ exerciseId: 'face-pull' })]);
    const { wrapper } = await open(
      '/member',
      { 'sessions:home': () => Promise.resolve(ok({ ...HOME, openSession })) },
      SAM,
    );
    const resume = wrapper.get('a.member-home__resume');
    expect(resume.attributes('href')).toBe('#/member/session/session-1');
    expect(resume.get('.member-home__resume-name').text()).toBe('Resume Back basics');
    expect(resume.get('.member-home__resume-hint').text()).toMatch(/^Started .+: 1 of 4 sets done$/);
    expect(wrapper.findAll('.member-home__plan')).toHaveLength(0);
  });

  it('says when there is no plan yet, and when a plan cannot start', async () => {
    const { wrapper } = await open(
      '/member',
      { 'sessions:home': () => Promise.resolve(ok({ ...HOME, plans: [] })) },
      SAM,
    );
    expect(wrapper.text()).toContain('You have no plan yet. Ask a trainer to build one for you.');
    wrapper.unmount();

    const again = await open(
      '/member',
      {
        'sessions:home': () => Promise.resolve(ok(HOME)),
        'sessions:start': () => Promise.resolve(fail('conflict', 'open', { reason: 'session-open' })),
      },
      SAM,
    );
    await again.wrapper.get('.member-home__plan').trigger('click');
    await flushPromises();
    expect(again.wrapper.get('[role="alert"]').text()).toBe(
      'A session of yours is not finished yet. Resume it, or finish it first.',
    );
    expect(again.router.currentRoute.value.name).toBe('member-home');
    expect(plans(again.wrapper)).toHaveLength(2);
  });
});
