import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '@shared/contract/result';
import { loadToKg, type PersonalRecord, type SessionSummary } from '@shared/domain';
import App from '@renderer/App.vue';
import { mountWithApp } from '../support/mount-app';
import { arrivedAt, SAM, START, memberApi } from '../support/sessions';

const PATH = '/member/session/session-1/summary';

const HEAVIEST: PersonalRecord = {
  exerciseId: 'bent-over-row',
  kind: 'heaviest-load',
  setId: 'set-1',
  loadKg: 45,
  reps: 10,
  value: 45,
  previous: 42.5,
};
const ESTIMATE: PersonalRecord = { ...HEAVIEST, kind: 'estimated-1rm', value: 60, previous: 56.666666 };

const SUMMARY: SessionSummary = {
  sessionId: 'session-1',
  planName: 'Back basics',
  startedAt: START,
  finishedAt: START + 44 * 60_000 + 40_000,
  durationSeconds: 44 * 60 + 40,
  sets: 6,
  warmUpSets: 2,
  reps: 59,
  volumeKg: 2_340,
  records: [
    HEAVIEST,
    ESTIMATE,
    {
      exerciseId: 'face-pull',
      kind: 'most-reps-at-load',
      setId: 'set-5',
      loadKg: 15,
      reps: 14,
      value: 14,
      previous: 12,
    },
  ],
};

let mounted: VueWrapper | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function summaryScreen(answer: () => Promise<Result<SessionSummary>>, unit: 'kg' | 'lb' = 'kg') {
  const signOuts: unknown[] = [];
  const { api } = memberApi({
    member: { ...SAM, unit },
    methods: {
      'sessions:summary': answer,
      'sessions:sign-out': (input) => {
        signOuts.push(input);
        return Promise.resolve(ok({ signedOut: true }));
      },
    },
  });
  const { wrapper, router } = await mountWithApp(App, api, PATH);
  mounted = wrapper;
  await flushPromises();
  return { wrapper, router, signOuts };
}

/** The figures as the screen pairs them: term, then its values. */
const figures = (wrapper: VueWrapper): string[][] =>
  wrapper.findAll('.summary__figure').map((figure) => figure.findAll('dt, dd').map((cell) => cell.text()));
/** Each record as the exercise, the record, and what it beat. */
const records = (wrapper: VueWrapper): string[][] =>
  wrapper
    .findAll('.summary__record-what')
    .map((record) => record.findAll(':scope > *').map((part) => part.text()));

describe('session summary', () => {
  it('sums up the session and names each record with what it beat', async () => {
    const { wrapper } = await summaryScreen(() => Promise.resolve(ok(SUMMARY)));

    expect(wrapper.get('h1').text()).toBe('Well done, Sam K.');
    expect(wrapper.get('.summary__plan').text()).toContain('Back basics, ');
    expect(wrapper.get('.summary__plan').text()).toContain('Jan 5, 2026');
    expect(figures(wrapper)).toEqual([
      ['Sets', '6', 'plus 2 warm-ups'],
      ['Reps', '59'],
      ['Volume', '2,340 kg'],
      ['Time', '45 min'],
    ]);
    const region = wrapper.get('section.summary__records');
    expect(region.get('h2').text()).toBe('Personal records');
    expect(records(wrapper)).toEqual([
      ['Bent-over row', 'Heaviest load: 45 kg', 'before: 42.5 kg'],
      ['Bent-over row', 'Best one-rep max (estimated): 60 kg', 'before: 56.7 kg'],
      ['Face pull', 'Most reps at 15 kg: 14 reps', 'before: 12 reps'],
    ]);
  });

  it('says so when there is no record, and counts no warm-ups when there were none', async () => {
    const { wrapper } = await summaryScreen(() =>
      Promise.resolve(ok({ ...SUMMARY, warmUpSets: 0, records: [] })),
    );
    expect(figures(wrapper)[0]).toEqual(['Sets', '6']);
    expect(wrapper.get('section.summary__records').text()).toContain(
      'No new records today. Consistency is what counts.',
    );
    expect(wrapper.findAll('.summary__record')).toHaveLength(0);
  });

  it('shows loads and records in pounds for a member who counts in pounds', async () => {
    const inPounds: SessionSummary = {
      ...SUMMARY,
      volumeKg: loadToKg(5_000, 'lb'),
      records: [
        {
          ...HEAVIEST,
          loadKg: loadToKg(100, 'lb'),
          value: loadToKg(100, 'lb'),
          previous: loadToKg(95, 'lb'),
        },
        {
          ...ESTIMATE,
          loadKg: loadToKg(100, 'lb'),
          value: loadToKg(100, 'lb') * (1 + 10 / 30),
          previous: loadToKg(95, 'lb') * (1 + 10 / 30),
        },
      ],
    };
    const { wrapper } = await summaryScreen(() => Promise.resolve(ok(inPounds)), 'lb');
    expect(figures(wrapper)[2]).toEqual(['Volume', '5,000 lb']);
    expect(records(wrapper)).toEqual([
      ['Bent-over row', 'Heaviest load: 100 lb', 'before: 95 lb'],
      ['Bent-over row', 'Best one-rep max (estimated): 133.3 lb', 'before: 126.7 lb'],
    ]);
  });

  it('offers the progress and a sign-out that forgets the member and returns to the display loop', async () => {
    const { wrapper, router, signOuts } = await summaryScreen(() => Promise.resolve(ok(SUMMARY)));
    const progress = wrapper.findAll('a').find((link) => link.text() === 'See my progress');
    expect(progress?.attributes('href')).toBe('#/member/progress');

    const done = wrapper.findAll('button').find((button) => button.text() === 'Done, sign out');
    await done?.trigger('click');
    await flushPromises();
    expect(signOuts).toEqual([{}]);
    await arrivedAt(router, 'display');
    expect(wrapper.text()).not.toContain('Sam K.');
  });

  it('says when the summary cannot be read, and reads it again on Retry', async () => {
    const answers: Result<SessionSummary>[] = [fail('unavailable', 'server gone'), ok(SUMMARY)];
    const { wrapper } = await summaryScreen(() =>
      Promise.resolve(answers.shift() ?? fail('internal', 'asked too often')),
    );
    const alert = wrapper.get('[role="alert"]');
    expect(alert.get('h2').text()).toBe('The summary could not be loaded.');
    expect(alert.text()).toContain('Gymdeck cannot reach its data right now. Please try again in a moment.');

    await alert.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(figures(wrapper)[0]).toEqual(['Sets', '6', 'plus 2 warm-ups']);
  });
});
