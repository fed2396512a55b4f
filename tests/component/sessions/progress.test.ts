import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '@shared/contract';
import { fail, ok, type Result } from '@shared/contract/result';
import type { HistoryPage, HistorySession, ProgressSeries } from '@shared/domain';
import App from '@renderer/App.vue';
import { mountWithApp } from '../support/mount-app';
import { loggedSet, memberApi } from '../support/sessions';

const DAY = 24 * 60 * 60 * 1000;
/** Noon on Monday 5 and Monday 12 January 2026: the same calendar day in any time zone of the test box. */
const FIRST = Date.UTC(2026, 0, 5, 12);
const SECOND = FIRST + 7 * DAY;

const rowSet = (session: string, setNumber: number, reps: number, loadKg: number) =>
  loggedSet({ id: `${session}-row-${setNumber}`, sessionId: session, setNumber, reps, loadKg });
const pullSet = (session: string, setNumber: number) =>
  loggedSet({
    id: `${session}-pull-${setNumber}`,
    sessionId: session,
    itemId: 'item-face-pull',
    exerciseId: 'face-pull',
    setNumber,
    reps: 15,
    loadKg: null,
  });

const HISTORY: HistorySession[] = [
  {
    id: 's2',
    planName: 'Back basics',
    startedAt: SECOND,
    finishedAt: null,
    sets: [rowSet('s2', 1, 10, 45)],
  },
  {
    id: 's1',
    planName: 'Back basics',
    startedAt: FIRST,
    finishedAt: FIRST + 40 * 60_000,
    sets: [rowSet('s1', 1, 10, 42.5), rowSet('s1', 2, 9, 42.5), pullSet('s1', 1)],
  },
];

const NO_RECORDS: ProgressSeries['records'] = {
  heaviestLoad: null,
  bestEstimated1rm: null,
  mostRepsAtLoad: [],
};
const SERIES: Record<string, ProgressSeries> = {
  'bent-over-row': {
    exerciseId: 'bent-over-row',
    points: [
      { sessionId: 's1', at: FIRST, bestEstimated1rmKg: 42.5 * (1 + 10 / 30), topSetKg: 42.5 },
      { sessionId: 's2', at: SECOND, bestEstimated1rmKg: 60, topSetKg: 45 },
    ],
    records: NO_RECORDS,
  },
  'face-pull': {
    exerciseId: 'face-pull',
    points: [{ sessionId: 's1', at: FIRST, bestEstimated1rmKg: null, topSetKg: null }],
    records: NO_RECORDS,
  },
};

let mounted: VueWrapper | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function progressApi(history: () => Result<HistoryPage> = () => ok({ sessions: HISTORY, nextBefore: null })) {
  const asked: { history: unknown[]; series: unknown[] } = { history: [], series: [] };
  const series = (exerciseId: string): Result<ProgressSeries> => {
    const found = SERIES[exerciseId];
    return found ? ok(found) : fail('not-found', 'no such exercise');
  };
  const { api } = memberApi({
    methods: {
      'sessions:history': (input) => {
        asked.history.push({ own: input });
        return Promise.resolve(history());
      },
      'sessions:progress': (input) => {
        asked.series.push({ own: input });
        return Promise.resolve(series(input.exerciseId));
      },
      'members:get': ({ id }) =>
        Promise.resolve(
          ok({
            id,
            displayName: 'Sam Kowalski',
            memberNumber: '1234',
            notes: '',
            unit: 'kg',
            createdAt: FIRST,
          }),
        ),
      'members:history': (input: MethodInput<'members:history'>) => {
        asked.history.push(input);
        return Promise.resolve(history());
      },
      'members:progress': (input) => {
        asked.series.push(input);
        return Promise.resolve(series(input.exerciseId));
      },
    },
  });
  return { api, asked };
}

async function open(path: string, api: ReturnType<typeof progressApi>['api']) {
  const { wrapper } = await mountWithApp(App, api, path);
  mounted = wrapper;
  await flushPromises();
  return wrapper;
}

const chart = (wrapper: VueWrapper) => wrapper.find('svg.chart__svg');
/** The text of the element an ARIA reference names. */
const referenced = (wrapper: VueWrapper, element: DOMWrapper<Element>, attribute: string): string => {
  const id = element.attributes(attribute);
  if (!id) throw new Error(`no ${attribute}`);
  return wrapper.get(`[id="${id}"]`).text();
};
const tableButton = (wrapper: VueWrapper) => wrapper.get('.chart__bar button');
const tableRows = (wrapper: VueWrapper): string[][] =>
  wrapper.findAll('table tr').map((row) => row.findAll('th, td').map((cell) => cell.text()));

describe('progress panel', () => {
  it('draws the chosen exercise as a chart with a title, a description and labelled axes', async () => {
    const { api, asked } = progressApi();
    const wrapper = await open('/member/progress', api);

    expect(wrapper.get('h1').text()).toBe('My progress');
    expect(wrapper.get('.member-progress__who').text()).toBe('Sam K.');
    // Exercises with working sets, the most recent first; the first is chosen.
    const chips = wrapper.get('[role="radiogroup"][aria-label="Exercise"]').findAll('label');
    expect(chips.map((chip) => chip.text())).toEqual(['✓ Bent-over row', 'Face pull']);
    expect(asked.series).toEqual([{ own: { exerciseId: 'bent-over-row' } }]);

    const svg = chart(wrapper);
    expect(svg.attributes('role')).toBe('img');
    expect(referenced(wrapper, svg, 'aria-labelledby')).toBe('Bent-over row: progress');
    const description = referenced(wrapper, svg, 'aria-describedby');
    expect(description).toMatch(
      /^Best estimated one-rep max and top-set load per session, in kg, from .*Jan 5, 2026 to .*Jan 12, 2026: 2 sessions\.$/,
    );
    const axes = svg.findAll('.chart__axis-label').map((label) => label.text());
    expect(axes).toEqual(['Load (kg)', 'Session date']);
    // A round mark per session for the estimate, a square one for the top set.
    expect(svg.findAll('circle')).toHaveLength(2);
    expect(svg.findAll('rect')).toHaveLength(2);
    expect(svg.findAll('.chart__dates text:not(.chart__axis-label)').map((d) => d.text())).toEqual([
      'Jan 5',
      'Jan 12',
    ]);
  });

  it('shows the numbers as a table one tap away, and the chart again with the next', async () => {
    const { api } = progressApi();
    const wrapper = await open('/member/progress', api);

    expect(tableButton(wrapper).text()).toBe('Show the numbers');
    expect(tableButton(wrapper).attributes('aria-expanded')).toBe('false');
    expect(wrapper.find('table').exists()).toBe(false);
    await tableButton(wrapper).trigger('click');

    expect(tableButton(wrapper).attributes('aria-expanded')).toBe('true');
    expect(tableButton(wrapper).text()).toBe('Show the chart');
    expect(chart(wrapper).exists()).toBe(false);
    expect(wrapper.get('table caption').text()).toBe('Bent-over row: progress');
    const rows = tableRows(wrapper);
    expect(rows[0]).toEqual(['Date', 'Best one-rep max (estimated)', 'Top-set load']);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      ['56.67 kg', '42.5 kg'],
      ['60 kg', '45 kg'],
    ]);
    expect(rows[1]?.[0]).toContain('Jan 5, 2026');
    expect(rows[2]?.[0]).toContain('Jan 12, 2026');

    await tableButton(wrapper).trigger('click');
    expect(chart(wrapper).exists()).toBe(true);
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('reads the series of another exercise when it is chosen, and says when one session is all there is', async () => {
    const { api, asked } = progressApi();
    const wrapper = await open('/member/progress', api);

    const facePull = wrapper.findAll('[role="radiogroup"] input').at(1);
    if (!facePull) throw new Error('no second exercise');
    (facePull.element as HTMLInputElement).checked = true;
    await facePull.trigger('change');
    await flushPromises();

    expect(asked.series.at(-1)).toEqual({ own: { exerciseId: 'face-pull' } });
    expect(referenced(wrapper, chart(wrapper), 'aria-labelledby')).toBe('Face pull: progress');
    expect(wrapper.get('figcaption').text()).toBe('One session so far: the line starts with the next.');
    // No load and no estimate: nothing is drawn, and the table says so.
    expect(chart(wrapper).findAll('circle, rect')).toHaveLength(0);
    await tableButton(wrapper).trigger('click');
    expect(tableRows(wrapper)[1]?.slice(1)).toEqual(['–', '–']);
  });

  it('lists the sessions newest first with their sets by exercise', async () => {
    const { api } = progressApi();
    const wrapper = await open('/member/progress', api);

    const sessions = wrapper.findAll('.history__session');
    expect(sessions).toHaveLength(2);
    expect(sessions[0]?.get('h3').text()).toMatch(/^Back basics, .*Jan 12, 2026\s*not finished$/);
    expect(sessions[1]?.get('h3').text()).toMatch(/^Back basics, .*Jan 5, 2026$/);
    const groups = sessions[1]
      ?.findAll('.history__group')
      .map((group) => [group.get('dt').text(), group.get('dd').text()]);
    expect(groups).toEqual([
      ['Bent-over row', '10 × 42.5 kg · 9 × 42.5 kg'],
      ['Face pull', '15 reps'],
    ]);
  });

  it('shows a member’s progress to a trainer through the trainer’s methods', async () => {
    const { api, asked } = progressApi();
    const wrapper = await open('/trainer/members/member-1/progress', api);

    expect(wrapper.text()).toContain('Progress: Sam Kowalski');
    expect(asked.history).toEqual([{ memberId: 'member-1' }]);
    expect(asked.series).toEqual([{ memberId: 'member-1', exerciseId: 'bent-over-row' }]);
    expect(referenced(wrapper, chart(wrapper), 'aria-labelledby')).toBe('Bent-over row: progress');
  });

  it('says when the history cannot be read, and reads it again on Retry', async () => {
    const answers: Result<HistoryPage>[] = [fail('unavailable', 'server gone')];
    const { api } = progressApi(() => answers.shift() ?? ok({ sessions: HISTORY, nextBefore: null }));
    const wrapper = await open('/member/progress', api);

    const alert = wrapper.get('[role="alert"]');
    expect(alert.get('h2').text()).toBe('The history could not be loaded.');
    await alert.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(chart(wrapper).exists()).toBe(true);
    expect(wrapper.findAll('.history__session')).toHaveLength(2);
  });
});
