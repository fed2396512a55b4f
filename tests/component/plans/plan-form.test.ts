import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { loadToKg, type Plan } from '@shared/domain';
import MuscleBalanceStrip from '@renderer/components/plans/MuscleBalanceStrip.vue';
import { formFromPlan, itemFor, moved, toPlanDraft } from '@renderer/components/plans/plan-form';
import { createAppI18n } from '@renderer/i18n';
import { VOCABULARY } from '../support/fake-api';

const PLAN: Plan = {
  id: 'plan-1',
  memberId: 'member-1',
  name: 'Back basics',
  note: 'Slow on the way down',
  createdAt: 0,
  updatedAt: 0,
  items: [
    {
      id: 'i1',
      exerciseId: 'bent-over-row',
      sets: 3,
      warmUpSets: 1,
      reps: 8,
      seconds: null,
      loadKg: loadToKg(135, 'lb'),
      restSeconds: 90,
      note: 'Flat back',
    },
    {
      id: 'i2',
      exerciseId: 'plank',
      sets: 2,
      warmUpSets: 0,
      reps: null,
      seconds: 45,
      loadKg: null,
      restSeconds: 30,
      note: '',
    },
  ],
};

describe('the plan builder’s form', () => {
  it('shows a stored plan’s loads in the member’s unit and sends them back in kilograms', () => {
    const form = formFromPlan(PLAN, 'lb');
    expect(form.items.map(({ key: _key, ...item }) => item)).toEqual([
      {
        exerciseId: 'bent-over-row',
        sets: 3,
        warmUpSets: 1,
        measure: 'reps',
        reps: 8,
        seconds: 30,
        load: 135,
        restSeconds: 90,
        note: 'Flat back',
      },
      {
        exerciseId: 'plank',
        sets: 2,
        warmUpSets: 0,
        measure: 'seconds',
        reps: 10,
        seconds: 45,
        load: 0,
        restSeconds: 30,
        note: '',
      },
    ]);
    const draft = toPlanDraft(form, 'lb');
    expect(draft.items[0]?.loadKg).toBeCloseTo(PLAN.items[0]?.loadKg ?? 0, 9);
    expect(draft.items[1]).toMatchObject({ reps: null, seconds: 45, loadKg: null });
  });

  it('sends reps or seconds, never both, no load rather than 0, and trimmed words', () => {
    const item = { ...itemFor({ id: 'face-pull' }), measure: 'seconds' as const, note: '  Elbows high ' };
    const draft = toPlanDraft({ name: ' Pull day ', note: ' ', items: [item] }, 'kg');
    expect(draft).toEqual({
      name: 'Pull day',
      note: '',
      items: [
        {
          exerciseId: 'face-pull',
          sets: 3,
          warmUpSets: 0,
          reps: null,
          seconds: 30,
          loadKg: null,
          restSeconds: 60,
          note: 'Elbows high',
        },
      ],
    });
  });

  it('starts an exercise from the library’s suggestion, else 3 × 10 with a minute’s rest', () => {
    expect(itemFor({ id: 'plank' }, { sets: 2, reps: null, seconds: 40, restSeconds: 20 })).toMatchObject({
      sets: 2,
      measure: 'seconds',
      seconds: 40,
      restSeconds: 20,
    });
    expect(itemFor({ id: 'row' })).toMatchObject({ sets: 3, measure: 'reps', reps: 10, restSeconds: 60 });
    expect(itemFor({ id: 'a' }).key).not.toBe(itemFor({ id: 'a' }).key);
  });

  it('moves an exercise one place up or down, and nowhere past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('muscle balance strip', () => {
  it('says how many working sets hit each muscle, and marks a muscle nothing hits as none, not by colour alone', () => {
    const wrapper = mount(MuscleBalanceStrip, {
      props: { balance: { lats: 1.5 }, muscles: VOCABULARY.muscles },
      global: { plugins: [createAppI18n()] },
    });
    expect(wrapper.get('section').attributes('aria-label')).toBe('Muscle balance');
    const rows = wrapper.findAll('.balance__muscle');
    expect(rows.map((row) => row.get('.balance__name').text())).toEqual([
      'between the shoulder blades',
      'lats',
    ]);
    expect(rows[0]?.classes()).toContain('balance__muscle--none');
    expect(rows[0]?.get('.balance__value').text()).toBe('✕ none');
    expect(rows[1]?.get('.balance__value .visually-hidden').text()).toBe('1.5 sets');
  });
});
