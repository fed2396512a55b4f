import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WAITING_PAIRINGS, PAIRING_TTL_MS } from '../../../src/services/screens';
import { createTestStore, unlockTrainer, type TestStore } from '../../support/store';

function refusal(attempt: () => unknown): { code: string; detail: Record<string, unknown> } {
  try {
    attempt();
  } catch (error) {
    return error as { code: string; detail: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

describe('paired screens', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());
  const screens = () => store.services.screens;

  it('pairs a waiting screen by its code: the token is given once, and only its hash is kept', () => {
    const request = screens().request('addr-1');
    expect(request.code).toMatch(/^[0-9]{6}$/);
    expect(request.claim.length).toBeGreaterThanOrEqual(40);
    expect(screens().claim(request.claim)).toEqual({ status: 'waiting', expiresInSeconds: 600 });

    store.clock.advance(5_000);
    const paired = screens().pair(request.code, 'Rack 3');
    expect(paired).toMatchObject({ name: 'Rack 3', lastSeenAt: null, revokedAt: null });
    const claimed = screens().claim(request.claim);
    if (claimed.status !== 'paired') throw new Error('expected the token');
    expect(claimed.screen).toEqual(paired);
    expect(claimed.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(store.db.prepare('SELECT * FROM paired_screen').all())).not.toContain(
      claimed.token,
    );

    // Once: the claim is gone, and so is the code.
    expect(refusal(() => screens().claim(request.claim))).toMatchObject({
      detail: { reason: 'pairing-unknown' },
    });
    expect(refusal(() => screens().pair(request.code, 'Again'))).toMatchObject({
      code: 'not-found',
      detail: { field: 'code', reason: 'pairing-unknown' },
    });

    expect(screens().authenticate(claimed.token)?.id).toBe(paired.id);
    expect(screens().list()[0]?.lastSeenAt).toBe(store.clock.now());
    expect(screens().authenticate(`${claimed.token}x`)).toBeNull();
    expect(screens().authenticate('')).toBeNull();
  });

  it('forgets a code after ten minutes, and keeps one code per waiting screen', () => {
    const first = screens().request('addr-1');
    const second = screens().request('addr-1');
    expect(refusal(() => screens().claim(first.claim))).toMatchObject({ code: 'not-found' });
    store.steady.advance(PAIRING_TTL_MS);
    expect(refusal(() => screens().pair(second.code, 'Rack 3'))).toMatchObject({ code: 'not-found' });
  });

  it('keeps at most twenty screens waiting at once', () => {
    for (let n = 0; n < MAX_WAITING_PAIRINGS; n++) screens().request(`addr-${n}`);
    expect(refusal(() => screens().request('addr-new'))).toMatchObject({
      code: 'rate-limited',
      detail: { reason: 'busy' },
    });
    store.steady.advance(PAIRING_TTL_MS);
    expect(screens().request('addr-new').code).toMatch(/^[0-9]{6}$/);
  });

  it('revokes a screen: its token stops working at once and its trainer mode ends', async () => {
    const request = screens().request('addr-1');
    const screen = screens().pair(request.code, 'Door');
    const claimed = screens().claim(request.claim);
    if (claimed.status !== 'paired') throw new Error('expected the token');
    await unlockTrainer(store.services, screen.id);

    store.clock.advance(1000);
    expect(screens().revoke(screen.id)).toMatchObject({ id: screen.id, revokedAt: store.clock.now() });
    expect(screens().authenticate(claimed.token)).toBeNull();
    expect(store.services.trainer.status(screen.id).unlocked).toBe(false);
    expect(screens().list()).toEqual([
      expect.objectContaining({ id: screen.id, revokedAt: store.clock.now() }),
    ]);
    expect(refusal(() => screens().revoke('nope'))).toMatchObject({ code: 'not-found' });
  });

  it('lists the paired screens first, newest first, then the revoked ones', () => {
    const pairNamed = (name: string): string => {
      store.clock.advance(1000);
      return screens().pair(screens().request(name).code, name).id;
    };
    const rack = pairNamed('Rack');
    pairNamed('Door');
    pairNamed('Desk');
    screens().revoke(rack);
    expect(
      screens()
        .list()
        .map((screen) => screen.name),
    ).toEqual(['Desk', 'Door', 'Rack']);
  });
});
