import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../../src/services/api-router';
import { createServices } from '../../../src/services';
import { hashPin, pinMatches } from '../../../src/services/pin-hash';
import {
  FIRST_PAUSE_MS,
  FREE_TRIES,
  LONGEST_PAUSE_MS,
  isTooSimplePin,
  pauseAfter,
  resetTrainerPin,
} from '../../../src/services/trainer-access';
import { readLockout, readPin } from '../../../src/store/repositories/trainer-access';
import { TEST_PIN, TEST_PIN_HASHING, countRows, createTestStore, type TestStore } from '../../support/store';
import { makeTempDir, type TempDir } from '../../support/temp-dir';
import { VALID_PAYLOADS } from '../../support/valid-payloads';

const WRONG = '555000';

/** The error a rejected promise or a throw carries. */
async function refusal(attempt: () => unknown): Promise<{ code: string; detail: Record<string, unknown> }> {
  try {
    await attempt();
  } catch (error) {
    return error as { code: string; detail: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

describe('the PIN hash', () => {
  it('is scrypt with a fresh salt each time, and matches only its own PIN', async () => {
    const first = await hashPin(TEST_PIN, TEST_PIN_HASHING);
    const second = await hashPin(TEST_PIN, TEST_PIN_HASHING);
    expect(first.salt.equals(second.salt)).toBe(false);
    expect(first.hash.equals(second.hash)).toBe(false);
    expect(first.hash).toHaveLength(32);
    expect(await pinMatches(TEST_PIN, first)).toBe(true);
    expect(await pinMatches('482917', first)).toBe(false);
  });

  it('takes the production cost, which needs more memory than Node allows by default', async () => {
    const made = await hashPin(TEST_PIN);
    expect(made.cost * made.blockSize * 128).toBeGreaterThan(16 * 1024 * 1024);
    expect(await pinMatches(TEST_PIN, made)).toBe(true);
  });
});

describe('trainer PIN rules', () => {
  it('pauses after the free tries, 30 s doubling up to 15 min', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 11, 40].map((n) => pauseAfter(n, 5))).toEqual([
      0,
      FIRST_PAUSE_MS,
      60_000,
      120_000,
      240_000,
      480_000,
      LONGEST_PAUSE_MS,
      LONGEST_PAUSE_MS,
      LONGEST_PAUSE_MS,
    ]);
  });

  it('calls a repeated digit or a straight run too simple', () => {
    for (const pin of ['000000', '123456', '987654', '3456789012'.slice(0, 7)])
      expect(isTooSimplePin(pin)).toBe(true);
    for (const pin of [TEST_PIN, '112233', '135790', '1234567890']) expect(isTooSimplePin(pin)).toBe(false);
  });
});

describe('trainer access', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());
  const trainer = () => store.services.trainer;

  it('has no PIN at first: trainer calls are refused with a way to set one', async () => {
    expect(trainer().status('kiosk')).toEqual({
      pinSet: false,
      unlocked: false,
      lockedOutSeconds: 0,
      triesLeft: 5,
    });
    const refused = await refusal(() => trainer().requireUnlocked('kiosk'));
    expect(refused).toMatchObject({ code: 'forbidden', detail: { reason: 'pin-not-set' } });
    expect((refused as unknown as Error).message).toMatch(/choose one/);
    expect(await refusal(() => trainer().unlockWithPin('kiosk', TEST_PIN))).toMatchObject({
      detail: { reason: 'pin-not-set' },
    });
  });

  it('keeps the first PIN only as a hash, unlocks the screen that chose it, and refuses a second first PIN', async () => {
    expect(await trainer().setFirstPin('kiosk', TEST_PIN)).toMatchObject({ pinSet: true, unlocked: true });
    const stored = readPin(store.db);
    expect(stored?.hash.toString('utf8')).not.toContain(TEST_PIN);
    expect(JSON.stringify(store.db.prepare('SELECT * FROM trainer_pin').all())).not.toContain(TEST_PIN);
    expect(trainer().status('rack-3').unlocked).toBe(false);
    expect(await refusal(() => trainer().setFirstPin('rack-3', '907531'))).toMatchObject({
      code: 'conflict',
      detail: { reason: 'pin-already-set' },
    });
    expect(await refusal(() => trainer().setFirstPin('rack-3', '111111'))).toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses a PIN that is one digit repeated or a straight run', async () => {
    expect(await refusal(() => trainer().setFirstPin('kiosk', '123456'))).toMatchObject({
      code: 'invalid-input',
      detail: { field: 'pin', reason: 'pin-too-simple' },
    });
    expect(readPin(store.db)).toBeNull();
  });

  it('unlocks one screen at a time, and locks it when asked', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    trainer().lock('kiosk');
    expect(await refusal(() => trainer().requireUnlocked('kiosk'))).toMatchObject({
      detail: { reason: 'trainer-locked' },
    });
    expect(await trainer().unlockWithPin('rack-3', TEST_PIN)).toMatchObject({ unlocked: true });
    expect(() => trainer().requireUnlocked('rack-3')).not.toThrow();
    expect(trainer().status('kiosk').unlocked).toBe(false);
  });

  it('locks itself after the trainer idle time, which each trainer call starts again', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    store.steady.advance(119_000);
    trainer().requireUnlocked('kiosk');
    store.steady.advance(119_000);
    expect(trainer().status('kiosk').unlocked).toBe(true);
    store.steady.advance(1_000);
    expect(trainer().status('kiosk').unlocked).toBe(false);
    store.services.settings.update({ trainerIdleSeconds: 600 });
    await trainer().unlockWithPin('kiosk', TEST_PIN);
    store.steady.advance(599_000);
    expect(trainer().status('kiosk').unlocked).toBe(true);
  });

  it('is not fooled by the wall clock: only the steady clock measures idleness', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    store.clock.advance(-3_600_000);
    store.clock.advance(24 * 3_600_000);
    expect(trainer().status('kiosk').unlocked).toBe(true);
  });

  it('gives five free tries on a screen, then pauses it 30 s, then 60 s, never other screens', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    for (let n = FREE_TRIES.screen - 1; n >= 1; n--) {
      expect(await refusal(() => trainer().unlockWithPin('rack-3', WRONG))).toMatchObject({
        code: 'forbidden',
        detail: { field: 'pin', reason: 'pin-wrong', params: { triesLeft: n, seconds: 0 } },
      });
    }
    expect(await refusal(() => trainer().unlockWithPin('rack-3', WRONG))).toMatchObject({
      detail: { reason: 'pin-wrong', params: { triesLeft: 0, seconds: 30 } },
    });
    // Even the right PIN waits; the pause counts down on the steady clock.
    expect(await refusal(() => trainer().unlockWithPin('rack-3', TEST_PIN))).toMatchObject({
      code: 'rate-limited',
      detail: { reason: 'locked-out', params: { seconds: 30 } },
    });
    expect(trainer().status('kiosk')).toMatchObject({ lockedOutSeconds: 0 });
    store.steady.advance(29_500);
    expect(trainer().status('rack-3')).toMatchObject({ lockedOutSeconds: 1, triesLeft: 0 });
    store.steady.advance(500);
    expect(trainer().status('rack-3')).toMatchObject({ lockedOutSeconds: 0, triesLeft: 1 });
    expect(await refusal(() => trainer().unlockWithPin('rack-3', WRONG))).toMatchObject({
      detail: { params: { seconds: 60 } },
    });
    store.steady.advance(60_000);
    expect(await trainer().unlockWithPin('rack-3', TEST_PIN)).toMatchObject({
      unlocked: true,
      triesLeft: FREE_TRIES.screen,
    });
  });

  it('pauses every screen once ten wrong PINs came from all of them together', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    for (let n = 0; n < FREE_TRIES.all; n++) {
      await refusal(() => trainer().unlockWithPin(`screen-${n % 4}`, WRONG));
    }
    for (const screen of ['kiosk', 'screen-9']) {
      expect(trainer().status(screen).lockedOutSeconds, screen).toBe(30);
      expect(await refusal(() => trainer().unlockWithPin(screen, TEST_PIN))).toMatchObject({
        code: 'rate-limited',
      });
    }
  });

  it('checks PINs one at a time and refuses a crowd of them', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, async (_, n) => {
        try {
          await trainer().unlockWithPin(`crowd-${n}`, WRONG);
          return 'unlocked';
        } catch (error) {
          return (error as { detail: { reason: string } }).detail.reason;
        }
      }),
    );
    expect(outcomes.sort()).toEqual([...Array(4).fill('busy'), ...Array(4).fill('pin-wrong')]);
    // Each check counted once, in turn: four wrong PINs against all screens.
    expect(readLockout(store.db, 'all')?.failures).toBe(4);
  });

  it('changes the PIN only with the old one, and ends trainer mode on every other screen', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    await trainer().unlockWithPin('rack-3', TEST_PIN);
    expect(await refusal(() => trainer().changePin('kiosk', WRONG, '907531'))).toMatchObject({
      code: 'forbidden',
      detail: { field: 'currentPin', reason: 'pin-wrong' },
    });
    expect(await refusal(() => trainer().changePin('kiosk', TEST_PIN, '444444'))).toMatchObject({
      detail: { field: 'newPin', reason: 'pin-too-simple' },
    });
    expect(await trainer().changePin('kiosk', TEST_PIN, '907531')).toMatchObject({ unlocked: true });
    expect(trainer().status('rack-3').unlocked).toBe(false);
    expect(await refusal(() => trainer().unlockWithPin('rack-3', TEST_PIN))).toMatchObject({
      detail: { reason: 'pin-wrong' },
    });
    expect(await trainer().unlockWithPin('rack-3', '907531')).toMatchObject({ unlocked: true });
  });

  it('is reset offline: the PIN and the counts are gone, and any unlocked screen locks', async () => {
    await trainer().setFirstPin('kiosk', TEST_PIN);
    await refusal(() => trainer().unlockWithPin('rack-3', WRONG));
    expect(resetTrainerPin(store.db)).toBe(true);
    expect(trainer().status('kiosk')).toEqual({
      pinSet: false,
      unlocked: false,
      lockedOutSeconds: 0,
      triesLeft: 5,
    });
    expect(trainer().status('rack-3').triesLeft).toBe(5);
    await trainer().setFirstPin('rack-3', '907531');
    expect(trainer().status('kiosk').unlocked).toBe(false);
    expect(resetTrainerPin(store.db)).toBe(true);
    expect(resetTrainerPin(store.db)).toBe(false);
  });

  it('hashes a PIN made at a lower cost again at the next unlock', async () => {
    const cheap = createServices({ ...store.context, pinHashing: { cost: 4, blockSize: 1, parallelism: 1 } });
    await cheap.trainer.setFirstPin('kiosk', TEST_PIN);
    expect(readPin(store.db)).toMatchObject({ cost: 4, blockSize: 1 });
    await store.services.trainer.unlockWithPin('kiosk', TEST_PIN);
    expect(readPin(store.db)).toMatchObject({
      cost: TEST_PIN_HASHING.cost,
      blockSize: TEST_PIN_HASHING.blockSize,
    });
    expect(store.services.trainer.status('kiosk').unlocked).toBe(true);
  });

  it('lets a member method act only for a member signed in on that screen, trainer or not', async () => {
    const dispatch = createApiRouter(store.services);
    const set = VALID_PAYLOADS['sessions:log-set'];
    expect(await dispatch('sessions:log-set', set)).toMatchObject({ error: { reason: 'not-signed-in' } });
    await trainer().setFirstPin('local', TEST_PIN);
    expect(await dispatch('sessions:log-set', set)).toMatchObject({ error: { reason: 'not-signed-in' } });
    expect(countRows(store.db, 'logged_set')).toBe(0);
  });
});

describe('the PIN lock-out over a restart', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('keeps the count and the rest of the pause, even with the clock set back while it was down', async () => {
    const file = dir.file('gymdeck.db');
    const first = createTestStore({ file });
    await first.services.trainer.setFirstPin('kiosk', TEST_PIN);
    first.services.trainer.lock('kiosk');
    for (let n = 0; n < FREE_TRIES.screen; n++)
      await refusal(() => first.services.trainer.unlockWithPin('kiosk', WRONG));
    first.steady.advance(10_000.4);
    expect(first.services.trainer.status('kiosk')).toMatchObject({ lockedOutSeconds: 20, unlocked: false });
    first.services.trainer.flush();
    first.close();

    // Another process: its steady clock starts elsewhere; the wall clock was set back an hour meanwhile.
    const second = createTestStore({ file, seed: false });
    // A real steady clock reads fractions of a millisecond.
    second.steady.set(5.75);
    second.clock.advance(-3_600_000);
    const again = createServices({ ...second.context });
    expect(again.trainer.status('kiosk')).toMatchObject({
      pinSet: true,
      unlocked: false,
      lockedOutSeconds: 20,
    });
    second.steady.advance(19_000);
    expect(await refusal(() => again.trainer.unlockWithPin('kiosk', TEST_PIN))).toMatchObject({
      detail: { reason: 'locked-out', params: { seconds: 1 } },
    });
    second.steady.advance(1_000);
    // The count survived too: the next wrong PIN pauses for 60 s, not 30 s.
    expect(await refusal(() => again.trainer.unlockWithPin('kiosk', WRONG))).toMatchObject({
      detail: { params: { seconds: 60 } },
    });
    second.close();
  });

  it('does not count the time it was not running as passed', async () => {
    const file = dir.file('gymdeck.db');
    const first = createTestStore({ file });
    await first.services.trainer.setFirstPin('kiosk', TEST_PIN);
    for (let n = 0; n < FREE_TRIES.screen; n++)
      await refusal(() => first.services.trainer.unlockWithPin('kiosk', WRONG));
    first.close();
    const second = createTestStore({ file, seed: false });
    second.clock.advance(24 * 3_600_000);
    expect(second.services.trainer.status('kiosk').lockedOutSeconds).toBe(30);
    second.close();
  });
});

describe('trainer mode over a store put in place while running', () => {
  let stores: TestStore[] = [];
  afterEach(() => {
    for (const store of stores) store.close();
    stores = [];
  });

  it('stays open on the screens that had it when the new store has a PIN, and not when it has none', async () => {
    const old = createTestStore();
    const restored = createTestStore();
    const withoutPin = createTestStore();
    stores = [old, restored, withoutPin];
    await old.services.trainer.setFirstPin('rack-1', TEST_PIN);
    await restored.services.trainer.setFirstPin('elsewhere', '739164');
    restored.services.trainer.lock('elsewhere');
    const carried = old.services.trainer.unlockedScreens();
    expect(carried).toEqual(['rack-1']);

    restored.services.trainer.keepUnlocked(carried);
    expect(restored.services.trainer.isUnlocked('rack-1')).toBe(true);
    expect(restored.services.trainer.isUnlocked('rack-2')).toBe(false);
    withoutPin.services.trainer.keepUnlocked(carried);
    expect(withoutPin.services.trainer.isUnlocked('rack-1')).toBe(false);
  });
});
