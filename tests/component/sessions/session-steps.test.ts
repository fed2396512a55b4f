import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { loadToKg } from '@shared/domain';
import BigStepper from '@renderer/components/sessions/BigStepper.vue';
import {
  itemState,
  lastTimeFor,
  prefill,
  setsLeft,
  toMeasure,
  valuesOf,
} from '@renderer/components/sessions/session-steps';
import { withChange } from '@renderer/stores/member-session';
import { createAppI18n } from '@renderer/i18n';
import { loggedSet, sessionItem, sessionView } from '../support/sessions';

const WORKING_1 = { warmUp: false, setNumber: 1 };

describe('what the steppers start from', () => {
  it('takes the plan’s target the first time', () => {
    const item = sessionItem({ reps: 12, loadKg: 35 });
    expect(prefill(item, { itemId: item.id, ...WORKING_1 }, 'kg')).toEqual({ amount: 12, load: 35 });
  });

  it('takes last time’s set of the same kind and number over the target', () => {
    const item = sessionItem({
      reps: 12,
      loadKg: 35,
      warmUpSets: 1,
      lastTime: [
        loggedSet({ id: 'w1', warmUp: true, setNumber: 1, reps: 15, loadKg: 20 }),
        loggedSet({ id: 's1', setNumber: 1, reps: 10, loadKg: 40 }),
      ],
    });
    expect(prefill(item, { itemId: item.id, ...WORKING_1 }, 'kg')).toEqual({ amount: 10, load: 40 });
    expect(prefill(item, { itemId: item.id, warmUp: true, setNumber: 1 }, 'kg')).toEqual({
      amount: 15,
      load: 20,
    });
    // Set 2 had no match last time: the target again.
    expect(prefill(item, { itemId: item.id, warmUp: false, setNumber: 2 }, 'kg')).toEqual({
      amount: 12,
      load: 35,
    });
    expect(lastTimeFor(item, { warmUp: false, setNumber: 2 })).toBeNull();
  });

  it('starts a warm-up with the target’s reps and no load, the plan asking for a lighter one', () => {
    const item = sessionItem({ reps: 10, loadKg: 40, warmUpSets: 2 });
    expect(prefill(item, { itemId: item.id, warmUp: true, setNumber: 1 }, 'kg')).toEqual({
      amount: 10,
      load: 0,
    });
  });

  it('counts seconds for a timed exercise, and shows a stored load in the member’s unit', () => {
    const plank = sessionItem({ exerciseId: 'plank', reps: null, seconds: 45, loadKg: loadToKg(25, 'lb') });
    expect(prefill(plank, { itemId: plank.id, ...WORKING_1 }, 'lb')).toEqual({ amount: 45, load: 25 });
  });
});

describe('what a set sends and shows', () => {
  it('sends reps or seconds, the load in kilograms, and no load rather than 0', () => {
    expect(toMeasure({ amount: 10, load: 42.5 }, 'reps', 'kg')).toEqual({
      reps: 10,
      seconds: null,
      loadKg: 42.5,
    });
    expect(toMeasure({ amount: 30, load: 0 }, 'seconds', 'kg')).toEqual({
      reps: null,
      seconds: 30,
      loadKg: null,
    });
    expect(toMeasure({ amount: 8, load: 105 }, 'reps', 'lb').loadKg).toBeCloseTo(47.627, 3);
  });

  it('puts a logged set back in the steppers for a correction, in the member’s unit', () => {
    expect(valuesOf(loggedSet({ reps: 9, loadKg: 42.5 }), 'kg')).toEqual({ amount: 9, load: 42.5 });
    expect(valuesOf(loggedSet({ reps: 9, loadKg: loadToKg(105, 'lb') }), 'lb')).toEqual({
      amount: 9,
      load: 105,
    });
    expect(valuesOf(loggedSet({ reps: null, seconds: 40, loadKg: null }), 'kg')).toEqual({
      amount: 40,
      load: 0,
    });
  });
});

describe('where a session stands', () => {
  const row = sessionItem({ warmUpSets: 1, logged: [loggedSet({ warmUp: true })] });
  const pull = sessionItem({ exerciseId: 'face-pull', position: 1 });
  const fly = sessionItem({ exerciseId: 'reverse-fly', position: 2, skipped: true });

  it('counts the sets left, skipped exercises counting for nothing', () => {
    // Row: 2 working sets left; face pull: 2; reverse fly skipped.
    expect(setsLeft(sessionView([row, pull, fly]))).toBe(4);
    const allDone = sessionItem({ logged: [loggedSet(), loggedSet({ id: 'x', setNumber: 2 })] });
    expect(setsLeft(sessionView([allDone]))).toBe(0);
  });

  it('names each exercise done, now, to do or skipped', () => {
    const done = sessionItem({ logged: [loggedSet(), loggedSet({ id: 'x', setNumber: 2 })] });
    const session = sessionView([done, pull, fly]);
    expect(session.items.map((item) => itemState(session, item))).toEqual(['done', 'now', 'skipped']);
    const fresh = sessionView([pull, row]);
    expect(fresh.items.map((item) => itemState(fresh, item))).toEqual(['now', 'todo']);
  });
});

describe('a change to the log on screen', () => {
  const first = loggedSet({ id: 'set-1', setNumber: 1, reps: 10 });
  const session = sessionView([sessionItem({ logged: [first] }), sessionItem({ exerciseId: 'face-pull' })]);

  it('puts a new set in order, warm-ups first, and moves on to the next set', () => {
    const warmUp = loggedSet({ id: 'w-1', warmUp: true, setNumber: 1 });
    const next = { itemId: 'item-bent-over-row', warmUp: false, setNumber: 2 };
    const changed = withChange(session, { set: warmUp, replaces: null, next });
    expect(changed.items[0]?.logged.map((set) => set.id)).toEqual(['w-1', 'set-1']);
    expect(changed.next).toEqual(next);
    expect(changed.items[1]).toBe(session.items[1]);
  });

  it('replaces a corrected set in its place, and removes a deleted one', () => {
    const corrected = loggedSet({ id: 'set-1b', setNumber: 1, reps: 9 });
    const changed = withChange(session, { set: corrected, replaces: 'set-1', next: session.next });
    expect(changed.items[0]?.logged).toEqual([corrected]);
    const deleted = withChange(changed, { set: null, replaces: 'set-1b', next: session.next });
    expect(deleted.items[0]?.logged).toEqual([]);
  });

  it('takes back a skip when a set of the skipped exercise is logged', () => {
    const skipped = sessionView([sessionItem({ skipped: true })], null);
    const changed = withChange(skipped, { set: loggedSet(), replaces: null, next: null });
    expect(changed.items[0]?.skipped).toBe(false);
  });
});

describe('big stepper', () => {
  function stepper(props: { modelValue: number; step: number; min?: number; max?: number }) {
    return mount(BigStepper, {
      props: { label: 'Load', min: 0, max: 300, shown: `${props.modelValue} kg`, ...props },
      global: { plugins: [createAppI18n()] },
    });
  }
  const press = async (wrapper: ReturnType<typeof stepper>, direction: 'More' | 'Less') => {
    await wrapper.get(`button[aria-label="${direction}: Load"]`).trigger('click');
    return wrapper.emitted('update:modelValue')?.at(-1)?.[0];
  };

  it('lands on multiples of the step from a value between them', async () => {
    expect(await press(stepper({ modelValue: 41, step: 2.5 }), 'More')).toBe(42.5);
    expect(await press(stepper({ modelValue: 41, step: 2.5 }), 'Less')).toBe(40);
    expect(await press(stepper({ modelValue: 40, step: 2.5 }), 'More')).toBe(42.5);
    expect(await press(stepper({ modelValue: 100, step: 5 }), 'Less')).toBe(95);
  });

  it('stays within its limits and cannot be pressed past them', async () => {
    const top = stepper({ modelValue: 299, step: 2.5 });
    expect(await press(top, 'More')).toBe(300);
    const bottom = stepper({ modelValue: 0, step: 2.5 });
    expect(bottom.get('button[aria-label="Less: Load"]').attributes('disabled')).toBeDefined();
    expect(bottom.get('button[aria-label="More: Load"]').attributes('disabled')).toBeUndefined();
    const full = stepper({ modelValue: 300, step: 2.5 });
    expect(full.get('button[aria-label="More: Load"]').attributes('disabled')).toBeDefined();
  });

  it('is a named group whose value is read out as it changes', () => {
    const wrapper = stepper({ modelValue: 40, step: 2.5 });
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Load');
    expect(wrapper.get('output').attributes('aria-live')).toBe('polite');
    expect(wrapper.get('output').text()).toBe('40 kg');
  });
});
