import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../../src/services/api-router';
import type { ActiveRun } from '@shared/domain';
import { createTestStore, unlockTrainer, type TestStore } from '../../support/store';
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

const SCREEN = 'kiosk';

describe('timer runs', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('has none at first, keeps the last one saved and forgets it when cleared', () => {
    expect(store.services.timers.getRun(SCREEN)).toBeNull();
    store.services.timers.saveRun(SCREEN, COUNTDOWN);
    expect(store.services.timers.getRun(SCREEN)).toEqual(COUNTDOWN);
    store.services.timers.saveRun(SCREEN, CIRCUIT_RUN);
    expect(store.services.timers.getRun(SCREEN)).toEqual(CIRCUIT_RUN);
    expect(store.services.timers.clearRun(SCREEN)).toEqual({ cleared: true });
    expect(store.services.timers.getRun(SCREEN)).toBeNull();
    expect(store.services.timers.clearRun(SCREEN)).toEqual({ cleared: false });
  });

  it('keeps one run per screen: two screens on one store time their own rests', async () => {
    const dispatch = createApiRouter(store.services);
    const rack = { screenId: 'rack-3', connection: 'paired' } as const;
    const door = { screenId: 'front-door', connection: 'loopback' } as const;
    expect(await dispatch('timers:save-run', { run: COUNTDOWN }, rack)).toMatchObject({ ok: true });
    expect(await dispatch('timers:save-run', { run: CIRCUIT_RUN }, door)).toMatchObject({ ok: true });
    expect(await dispatch('timers:get-run', {}, rack)).toEqual({ ok: true, value: { run: COUNTDOWN } });
    expect(await dispatch('timers:get-run', {}, door)).toEqual({ ok: true, value: { run: CIRCUIT_RUN } });
    expect(await dispatch('timers:clear-run', {}, rack)).toEqual({ ok: true, value: { cleared: true } });
    expect(await dispatch('timers:get-run', {}, rack)).toEqual({ ok: true, value: { run: null } });
    expect(await dispatch('timers:get-run', {}, door)).toEqual({ ok: true, value: { run: CIRCUIT_RUN } });
  });

  it('survives closing and reopening the store file (a crash of the screen loses nothing saved)', () => {
    const dir = makeTempDir();
    const file = dir.file('gymdeck.db');
    const first = createTestStore({ file });
    first.services.timers.saveRun(SCREEN, CIRCUIT_RUN);
    first.close();
    const second = createTestStore({ file, seed: false });
    expect(second.services.timers.getRun(SCREEN)).toEqual(CIRCUIT_RUN);
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
    expect(store.services.timers.getRun(SCREEN)).toBeNull();
  });

  it('forgets a stored state it cannot read instead of playing half of it', () => {
    store.db
      .prepare("INSERT INTO timer_run (screen, kind, state, updated_at) VALUES ('kiosk', 'countdown', ?, 0)")
      .run(JSON.stringify({ kind: 'countdown', seconds: 'many' }));
    expect(store.services.timers.getRun(SCREEN)).toBeNull();
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
      trainerIdleSeconds: 120,
      mediaQuotaMegabytes: 2048,
    });
  });

  it('changes only the keys given and keeps them', () => {
    store.services.settings.update({ idleSeconds: 120 });
    expect(store.services.settings.update({ volume: 0.25, trainerIdleSeconds: 300 })).toEqual({
      idleSeconds: 120,
      displayCircuitId: 'posture-circuit',
      volume: 0.25,
      trainerIdleSeconds: 300,
      mediaQuotaMegabytes: 2048,
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
    await unlockTrainer(store.services);
    for (const [patch, field] of [
      [{ theme: 'light' }, 'theme'],
      [{ idleSeconds: 5 }, 'idleSeconds'],
      [{ volume: 2 }, 'volume'],
      [{ trainerIdleSeconds: 10 }, 'trainerIdleSeconds'],
      [{ mediaQuotaMegabytes: 20 }, 'mediaQuotaMegabytes'],
      [{ displayCircuitId: 'nope' }, 'displayCircuitId'],
    ] as const) {
      const result = await dispatch('settings:update', patch);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(result.ok ? '' : result.error.message).toContain(field);
    }
    expect(store.services.settings.get().idleSeconds).toBe(90);
  });
});
