import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../../src/services/api-router';
import type { ActiveRun } from '@shared/domain';
import { createTestStore, type TestStore } from '../../support/store';
import { makeTempDir } from '../../support/temp-dir';

const COUNTDOWN: ActiveRun = {
  kind: 'countdown',
  restSeconds: 90,
  exerciseId: 'face-pull',
  countdown: { durationMs: 90_000, endsAt: 1_760_000_090_000.5, pausedRemainingMs: null },
};

const CIRCUIT_RUN: ActiveRun = {
  kind: 'circuit',
  circuitId: 'posture-circuit',
  startedAt: 1_760_000_000_000,
  events: [
    { type: 'pause', at: 1_760_000_010_000 },
    { type: 'adjust', at: 1_760_000_012_000, deltaMs: 15_000 },
    { type: 'resume', at: 1_760_000_020_000 },
  ],
};

describe('timer runs', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('has none at first, keeps the last one saved and forgets it when cleared', () => {
    expect(store.services.timers.getRun()).toBeNull();
    store.services.timers.saveRun(COUNTDOWN);
    expect(store.services.timers.getRun()).toEqual(COUNTDOWN);
    store.services.timers.saveRun(CIRCUIT_RUN);
    expect(store.services.timers.getRun()).toEqual(CIRCUIT_RUN);
    expect(store.services.timers.clearRun()).toEqual({ cleared: true });
    expect(store.services.timers.getRun()).toBeNull();
    expect(store.services.timers.clearRun()).toEqual({ cleared: false });
  });

  it('survives closing and reopening the store file (a crash of the screen loses nothing saved)', () => {
    const dir = makeTempDir();
    const file = dir.file('gymdeck.db');
    const first = createTestStore({ file });
    first.services.timers.saveRun(CIRCUIT_RUN);
    first.close();
    const second = createTestStore({ file, seed: false });
    expect(second.services.timers.getRun()).toEqual(CIRCUIT_RUN);
    second.close();
    dir.remove();
  });

  it('refuses a run of an unknown circuit, and malformed runs at the boundary', async () => {
    const dispatch = createApiRouter(store.services);
    expect(await dispatch('timers:save-run', { run: { ...CIRCUIT_RUN, circuitId: 'nope' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    for (const run of [
      { ...COUNTDOWN, countdown: { ...COUNTDOWN.countdown, remaining: 5 } },
      { ...CIRCUIT_RUN, events: [{ type: 'teleport', at: 1 }] },
      { ...CIRCUIT_RUN, startedAt: Number.NaN },
    ]) {
      expect(await dispatch('timers:save-run', { run })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(store.services.timers.getRun()).toBeNull();
  });

  it('forgets a stored state it cannot read instead of playing half of it', () => {
    store.db
      .prepare("INSERT INTO timer_run (screen, kind, state, updated_at) VALUES ('kiosk', 'countdown', ?, 0)")
      .run(JSON.stringify({ kind: 'countdown', seconds: 'many' }));
    expect(store.services.timers.getRun()).toBeNull();
  });
});

describe('kiosk settings', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('defaults to 90 s idle, the posture circuit on the display and 80% volume', () => {
    expect(store.services.settings.get()).toEqual({
      idleSeconds: 90,
      displayCircuitId: 'posture-circuit',
      volume: 0.8,
    });
  });

  it('changes only the keys given and keeps them', () => {
    store.services.settings.update({ idleSeconds: 120 });
    expect(store.services.settings.update({ volume: 0.25 })).toEqual({
      idleSeconds: 120,
      displayCircuitId: 'posture-circuit',
      volume: 0.25,
    });
  });

  it('falls back to the posture circuit when the chosen one is archived', () => {
    const { id } = store.services.circuits.create({
      ...store.services.circuits.get('posture-circuit'),
      name: 'Other',
    });
    expect(store.services.settings.update({ displayCircuitId: id }).displayCircuitId).toBe(id);
    store.services.circuits.archive(id);
    expect(store.services.settings.get().displayCircuitId).toBe('posture-circuit');
  });

  it('refuses unknown keys, out-of-range values and circuits that cannot be played', async () => {
    const dispatch = createApiRouter(store.services);
    for (const [patch, field] of [
      [{ theme: 'light' }, 'theme'],
      [{ idleSeconds: 5 }, 'idleSeconds'],
      [{ volume: 2 }, 'volume'],
      [{ displayCircuitId: 'nope' }, 'displayCircuitId'],
    ] as const) {
      const result = await dispatch('settings:update', patch);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(result.ok ? '' : result.error.message).toContain(field);
    }
    expect(store.services.settings.get().idleSeconds).toBe(90);
  });
});
