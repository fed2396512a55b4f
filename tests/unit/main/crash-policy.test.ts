import { describe, expect, it } from 'vitest';
import { createCrashPolicy } from '../../../src/main/crash-policy';

describe('createCrashPolicy', () => {
  it('reloads after a crash', () => {
    const policy = createCrashPolicy({ now: () => 0 });
    expect(policy.onCrash()).toBe('reload');
  });

  it('gives up on the fifth crash within a minute', () => {
    let now = 0;
    const policy = createCrashPolicy({ now: () => now });
    const decisions = [0, 10_000, 20_000, 30_000, 40_000].map((at) => {
      now = at;
      return policy.onCrash();
    });
    expect(decisions).toEqual(['reload', 'reload', 'reload', 'reload', 'give-up']);
  });

  it('keeps reloading crashes that are spread out', () => {
    let now = 0;
    const policy = createCrashPolicy({ now: () => now });
    for (let crash = 0; crash < 20; crash += 1) {
      now = crash * 15_001;
      expect(policy.onCrash()).toBe('reload');
    }
  });

  it('takes its limits as options', () => {
    let now = 0;
    const policy = createCrashPolicy({ now: () => now, giveUpAfter: 2, withinMs: 1_000 });
    expect(policy.onCrash()).toBe('reload');
    now = 1_000;
    expect(policy.onCrash()).toBe('reload');
    now = 1_999;
    expect(policy.onCrash()).toBe('give-up');
  });
});
