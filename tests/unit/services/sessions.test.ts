import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedInput } from '@shared/contract';
import type { Plan, SessionView } from '@shared/domain';
import { DomainError } from '../../../src/services/errors';
import { countRows, createTestStore, T0, type TestStore } from '../../support/store';
import { MEMBER_DRAFT, PLAN_DRAFT, planItem, thrownBy } from '../../support/plans';

const SCREEN = 'kiosk';
const OTHER_SCREEN = 'rack-3';
const MINUTE = 60_000;

describe('session service', () => {
  let store: TestStore;
  let memberId: string;
  let plan: Plan;
  let keys = 0;

  beforeEach(() => {
    store = createTestStore();
    memberId = store.services.members.create(MEMBER_DRAFT).id;
    plan = store.services.plans.create(memberId, PLAN_DRAFT);
    keys = 0;
  });
  afterEach(() => store.close());

  const sessions = () => store.services.sessions;
  const signIn = (screen = SCREEN) => sessions().signIn(screen, MEMBER_DRAFT.memberNumber ?? '');
  const start = (): SessionView => {
    signIn();
    return sessions().start(SCREEN, plan.id);
  };
  const item = (view: SessionView, index: number) => {
    const found = view.items[index];
    if (!found) throw new Error(`no item ${index}`);
    return found;
  };

  /** Logs one set of the item at `index` as the set screen's "Done" would. */
  function log(
    view: SessionView,
    index: number,
    overrides: Partial<ParsedInput<'sessions:log-set'>> = {},
  ): ReturnType<ReturnType<typeof sessions>['logSet']> {
    const target = item(view, index);
    keys += 1;
    return sessions().logSet(SCREEN, {
      sessionId: view.id,
      itemId: target.id,
      exerciseId: target.exerciseId,
      warmUp: false,
      setNumber: 1,
      reps: target.reps,
      seconds: target.seconds,
      loadKg: target.loadKg,
      clientKey: `kiosk-key-${String(keys).padStart(4, '0')}`,
      ...overrides,
    });
  }

  describe('signing in', () => {
    it('signs a member in by number and shows them only as first name and initial', () => {
      const home = signIn();
      expect(home.member).toEqual({ id: memberId, label: 'Sam K.', unit: 'kg' });
      expect(home.plans.map((p) => p.name)).toEqual(['Back day']);
      expect(home.openSession).toBeNull();
      const shown = JSON.stringify([home, sessions().current(SCREEN)]);
      expect(shown).not.toContain('Kowalski');
      expect(shown).not.toContain(MEMBER_DRAFT.notes);
      expect(sessions().signedInMember(SCREEN)).toBe(memberId);
      expect(sessions().signedInMember(OTHER_SCREEN)).toBeNull();
    });

    it('refuses an unknown number, and makes a screen wait longer after each wrong number past five', () => {
      const wrong = () => thrownBy(() => sessions().signIn(SCREEN, '9999'));
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(wrong()).toMatchObject({
          code: 'not-found',
          detail: { field: 'memberNumber', reason: 'unknown-member-number' },
        });
      }
      // The right number waits too: guessing must not go faster by knowing one's own.
      expect(thrownBy(() => signIn())).toMatchObject({
        code: 'forbidden',
        detail: { reason: 'too-many-attempts', params: { retryAfterSeconds: 30 } },
      });
      expect(signIn.bind(null, OTHER_SCREEN)).not.toThrow();

      store.clock.advance(30_000);
      expect(wrong()).toMatchObject({ detail: { reason: 'unknown-member-number' } });
      expect(thrownBy(() => signIn())).toMatchObject({ detail: { params: { retryAfterSeconds: 60 } } });
      store.clock.advance(60_000);
      expect(signIn().member.label).toBe('Sam K.');

      // An hour without a wrong number and the screen starts afresh.
      store.clock.advance(60 * MINUTE);
      for (let attempt = 1; attempt <= 4; attempt += 1) wrong();
      expect(signIn().member.id).toBe(memberId);
    });

    it('signs out on idle return, keeping the session open for later', () => {
      const view = start();
      log(view, 0, { warmUp: true, loadKg: 20 });
      expect(sessions().signOut(SCREEN)).toEqual({ signedOut: true });
      expect(sessions().current(SCREEN)).toEqual({ member: null });
      expect(thrownBy(() => sessions().view(SCREEN, view.id))).toMatchObject({
        code: 'forbidden',
        detail: { reason: 'not-signed-in' },
      });
      expect(sessions().signOut(SCREEN)).toEqual({ signedOut: false });

      const home = signIn();
      expect(home.openSession?.id).toBe(view.id);
      expect(home.openSession?.items[0]?.logged).toHaveLength(1);
      expect(sessions().start(SCREEN, plan.id).id).toBe(view.id);
    });

    it('lets a sign-in lapse after half an hour without a call from the member', () => {
      signIn();
      store.clock.advance(29 * MINUTE);
      expect(sessions().home(SCREEN).member.id).toBe(memberId);
      store.clock.advance(29 * MINUTE);
      expect(sessions().current(SCREEN).member?.id).toBe(memberId);
      store.clock.advance(31 * MINUTE);
      expect(sessions().current(SCREEN)).toEqual({ member: null });
    });

    it('forgets a member a trainer deleted', () => {
      signIn();
      store.services.members.delete(memberId);
      expect(sessions().signedInMember(SCREEN)).toBeNull();
      expect(thrownBy(() => sessions().home(SCREEN))).toMatchObject({ code: 'forbidden' });
    });

    it('hands a plan to the screen: signs its member in and starts it', () => {
      const home = sessions().handOver(SCREEN, plan.id);
      expect(home.member.label).toBe('Sam K.');
      expect(home.openSession).toMatchObject({ planId: plan.id, planName: 'Back day', finishedAt: null });
      expect(sessions().signedInMember(SCREEN)).toBe(memberId);
      // Handing it over again resumes it.
      expect(sessions().handOver(OTHER_SCREEN, plan.id).openSession?.id).toBe(home.openSession?.id);
    });

    it('offers the open session instead when a trainer hands over another plan', () => {
      const open = start();
      const other = store.services.plans.create(memberId, { ...PLAN_DRAFT, name: 'Pull day' });
      const home = sessions().handOver(SCREEN, other.id);
      expect(home.openSession?.id).toBe(open.id);
      expect(countRows(store.db, 'session')).toBe(1);
    });

    it('refuses to hand over a template or an unknown plan', () => {
      expect(thrownBy(() => sessions().handOver(SCREEN, 'mid-back-day'))).toMatchObject({
        code: 'invalid-input',
        detail: { field: 'planId', reason: 'is-a-template' },
      });
      expect(thrownBy(() => sessions().handOver(SCREEN, 'nope'))).toMatchObject({ code: 'not-found' });
      expect(sessions().current(SCREEN)).toEqual({ member: null });
    });
  });

  describe('following a session', () => {
    it('copies the plan when it starts and begins with the first warm-up set', () => {
      const view = start();
      expect(view).toMatchObject({ planId: plan.id, planName: 'Back day', startedAt: T0, finishedAt: null });
      expect(
        view.items.map((i) => [i.plannedExerciseId, i.exerciseId, i.sets, i.warmUpSets, i.reps]),
      ).toEqual([
        ['seated-cable-row', 'seated-cable-row', 3, 1, 10],
        ['face-pull', 'face-pull', 3, 0, 15],
        ['reverse-fly', 'reverse-fly', 3, 0, 12],
      ]);
      expect(view.items.every((i) => i.logged.length === 0 && i.lastTime.length === 0 && !i.skipped)).toBe(
        true,
      );
      expect(view.next).toEqual({ itemId: item(view, 0).id, warmUp: true, setNumber: 1 });

      // A later edit of the plan does not move the session.
      store.services.plans.update(plan.id, { ...PLAN_DRAFT, items: [planItem('deadlift')] });
      expect(sessions().view(SCREEN, view.id).items).toHaveLength(3);
    });

    it('commits each set before answering and steps through warm-ups, working sets and items', () => {
      const view = start();
      const first = item(view, 0);
      const warmUp = log(view, 0, { warmUp: true, loadKg: 20 });
      expect(store.db.inTransaction).toBe(false);
      expect(warmUp.set).toMatchObject({
        itemId: first.id,
        warmUp: true,
        setNumber: 1,
        loadKg: 20,
        loggedAt: T0,
      });
      expect(warmUp.next).toEqual({ itemId: first.id, warmUp: false, setNumber: 1 });
      log(view, 0, { setNumber: 1 });
      log(view, 0, { setNumber: 2 });
      const third = log(view, 0, { setNumber: 3, reps: 8 });
      expect(third.next).toEqual({ itemId: item(view, 1).id, warmUp: false, setNumber: 1 });
      expect(countRows(store.db, 'logged_set')).toBe(4);
      expect(
        sessions()
          .view(SCREEN, view.id)
          .items[0]?.logged.map((s) => [s.warmUp, s.setNumber, s.reps]),
      ).toEqual([
        [true, 1, 10],
        [false, 1, 10],
        [false, 2, 10],
        [false, 3, 8],
      ]);
    });

    it('logs a retried "Done" once and answers it as the first time', () => {
      const view = start();
      const first = log(view, 1, { clientKey: 'kiosk-retry-1' });
      store.clock.advance(5000);
      const again = log(view, 1, { clientKey: 'kiosk-retry-1', reps: 3 });
      expect(again).toEqual(first);
      expect(countRows(store.db, 'logged_set')).toBe(1);
      expect(thrownBy(() => log(view, 2, { clientKey: 'kiosk-retry-1' }))).toMatchObject({
        code: 'conflict',
        detail: { field: 'clientKey', reason: 'already-used' },
      });
    });

    it('refuses a set for an exercise or item not in the session, or a slot already logged, writing nothing', () => {
      const view = start();
      log(view, 1);
      const before = countRows(store.db, 'logged_set');
      expect(thrownBy(() => log(view, 1, { exerciseId: 'deadlift' }))).toMatchObject({
        code: 'invalid-input',
        detail: { field: 'exerciseId', reason: 'not-in-session' },
      });
      expect(thrownBy(() => log(view, 1, { itemId: 'no-such-item', setNumber: 2 }))).toMatchObject({
        code: 'invalid-input',
        detail: { field: 'itemId', reason: 'not-in-session' },
      });
      expect(thrownBy(() => log(view, 1))).toMatchObject({
        code: 'conflict',
        detail: { field: 'setNumber', reason: 'already-logged' },
      });
      expect(thrownBy(() => log(view, 1, { sessionId: 'nope' }))).toMatchObject({
        code: 'not-found',
        detail: { field: 'sessionId' },
      });
      expect(countRows(store.db, 'logged_set')).toBe(before);
    });

    it('never reaches another member’s session', () => {
      const view = start();
      const other = store.services.members.create({
        ...MEMBER_DRAFT,
        displayName: 'Kim',
        memberNumber: '5555',
      });
      sessions().signIn(OTHER_SCREEN, '5555');
      const asOther = { sessionId: view.id, itemId: item(view, 1).id, exerciseId: 'face-pull' };
      expect(
        thrownBy(() =>
          sessions().logSet(OTHER_SCREEN, {
            ...asOther,
            warmUp: false,
            setNumber: 1,
            reps: 1,
            seconds: null,
            loadKg: 1,
            clientKey: 'rack-key-0001',
          }),
        ),
      ).toMatchObject({ code: 'not-found' });
      expect(thrownBy(() => sessions().view(OTHER_SCREEN, view.id))).toMatchObject({ code: 'not-found' });
      expect(sessions().home(OTHER_SCREEN).member.id).toBe(other.id);
      expect(countRows(store.db, 'logged_set')).toBe(0);
    });

    it('corrects and deletes sets by appending rows, showing only the latest', () => {
      const view = start();
      const logged = log(view, 1, { reps: 15, loadKg: 15 });
      const loggedId = logged.set?.id ?? '';
      const corrected = sessions().correctSet(SCREEN, {
        sessionId: view.id,
        setId: loggedId,
        reps: 12,
        seconds: null,
        loadKg: 17.5,
        clientKey: 'kiosk-fix-0001',
      });
      expect(corrected.replaces).toBe(loggedId);
      expect(corrected.set).toMatchObject({ setNumber: 1, reps: 12, loadKg: 17.5, itemId: item(view, 1).id });
      expect(sessions().view(SCREEN, view.id).items[1]?.logged).toEqual([corrected.set]);
      expect(countRows(store.db, 'logged_set')).toBe(2);

      expect(
        thrownBy(() =>
          sessions().correctSet(SCREEN, {
            sessionId: view.id,
            setId: loggedId,
            reps: 1,
            seconds: null,
            loadKg: null,
            clientKey: 'kiosk-fix-0002',
          }),
        ),
      ).toMatchObject({ code: 'conflict', detail: { field: 'setId', reason: 'set-replaced' } });

      const removed = sessions().deleteSet(SCREEN, {
        sessionId: view.id,
        setId: corrected.set?.id ?? '',
        clientKey: 'kiosk-del-0001',
      });
      expect(removed).toMatchObject({ set: null, replaces: corrected.set?.id });
      expect(removed.next).toEqual(view.next);
      expect(sessions().view(SCREEN, view.id).items[1]?.logged).toEqual([]);
      expect(countRows(store.db, 'logged_set')).toBe(3);
      // The retried deletion answers the same; the slot can be logged again.
      expect(
        sessions().deleteSet(SCREEN, {
          sessionId: view.id,
          setId: corrected.set?.id ?? '',
          clientKey: 'kiosk-del-0001',
        }),
      ).toEqual(removed);
      expect(log(view, 1, { reps: 14 }).set?.reps).toBe(14);
    });

    it('skips an item, and takes it back when a set of it is logged', () => {
      const view = start();
      const skipped = sessions().skip(SCREEN, {
        sessionId: view.id,
        itemId: item(view, 0).id,
        skipped: true,
      });
      expect(skipped.items[0]?.skipped).toBe(true);
      expect(skipped.next).toEqual({ itemId: item(view, 1).id, warmUp: false, setNumber: 1 });
      log(view, 0, { warmUp: true });
      expect(sessions().view(SCREEN, view.id).items[0]?.skipped).toBe(false);
    });

    it('offers stand-ins for a busy machine: those free of its equipment first, then by muscle overlap', () => {
      const view = start();
      const candidates = sessions().swapCandidates(SCREEN, { sessionId: view.id, itemId: item(view, 0).id });
      expect(candidates.map((c) => [c.exerciseId, c.overlap, c.usesBusyEquipment])).toEqual([
        ['bent-over-row', 3.5, false],
        ['t-bar-row', 3.5, false],
        ['reverse-fly', 2, false],
        ['deadlift', 1.5, false],
        ['pull-up', 1.5, false],
        ['face-pull', 2, true],
      ]);
      expect(candidates[2]?.sharedMuscles).toEqual(['middle-traps', 'rear-delts', 'rhomboids']);
    });

    it('swaps today’s exercise and logs its sets under the exercise done, leaving the plan as it was', () => {
      const view = start();
      log(view, 0, { warmUp: true });
      const swapped = sessions().swap(SCREEN, {
        sessionId: view.id,
        itemId: item(view, 0).id,
        exerciseId: 't-bar-row',
      });
      expect(swapped.items[0]).toMatchObject({
        plannedExerciseId: 'seated-cable-row',
        exerciseId: 't-bar-row',
      });
      expect(thrownBy(() => log(view, 0, { setNumber: 1 }))).toMatchObject({
        detail: { field: 'exerciseId', reason: 'not-in-session' },
      });
      const set = log(swapped, 0, { setNumber: 1 });
      expect(set.set?.exerciseId).toBe('t-bar-row');
      expect(
        sessions()
          .view(SCREEN, view.id)
          .items[0]?.logged.map((s) => s.exerciseId),
      ).toEqual(['seated-cable-row', 't-bar-row']);
      expect(store.services.plans.get(plan.id).items[0]?.exerciseId).toBe('seated-cable-row');
      expect(
        thrownBy(() =>
          sessions().swap(SCREEN, { sessionId: view.id, itemId: item(view, 0).id, exerciseId: 'nope' }),
        ),
      ).toMatchObject({ detail: { field: 'exerciseId', reason: 'unknown-reference' } });
    });

    it('refuses to start another plan while one is open, and any change once finished', () => {
      const view = start();
      const other = store.services.plans.create(memberId, { ...PLAN_DRAFT, name: 'Pull day' });
      expect(thrownBy(() => sessions().start(SCREEN, other.id))).toMatchObject({
        code: 'conflict',
        detail: { reason: 'session-open' },
      });
      expect(thrownBy(() => sessions().start(SCREEN, 'mid-back-day'))).toMatchObject({ code: 'not-found' });
      sessions().finish(SCREEN, view.id);
      expect(thrownBy(() => log(view, 1))).toMatchObject({
        code: 'conflict',
        detail: { reason: 'session-finished' },
      });
      expect(
        thrownBy(() =>
          sessions().skip(SCREEN, { sessionId: view.id, itemId: item(view, 1).id, skipped: true }),
        ),
      ).toBeInstanceOf(DomainError);
      expect(sessions().start(SCREEN, other.id).planName).toBe('Pull day');
    });
  });

  describe('finishing, records, last time, history and progress', () => {
    /** One session of the plan: `sets` working sets of rows as [reps, load], then finished 40 minutes later. */
    function session(rows: [number, number][], warmUpLoad = 20): SessionView {
      const view = start();
      log(view, 0, { warmUp: true, loadKg: warmUpLoad, reps: 10 });
      rows.forEach(([reps, loadKg], index) => log(view, 0, { setNumber: index + 1, reps, loadKg }));
      store.clock.advance(20 * MINUTE);
      log(view, 1, { reps: 15, loadKg: 15 });
      store.clock.advance(20 * MINUTE);
      return view;
    }

    it('sums up a session: working sets, reps, volume and duration; no records the first time', () => {
      const view = session([
        [10, 40],
        [10, 40],
        [8, 40],
      ]);
      const summary = sessions().finish(SCREEN, view.id);
      expect(summary).toEqual({
        sessionId: view.id,
        planName: 'Back day',
        startedAt: T0,
        finishedAt: T0 + 40 * MINUTE,
        durationSeconds: 2400,
        sets: 4,
        warmUpSets: 1,
        reps: 43,
        volumeKg: 28 * 40 + 15 * 15,
        records: [],
      });
      store.clock.advance(MINUTE);
      expect(sessions().finish(SCREEN, view.id)).toEqual(summary);
      expect(sessions().summary(SCREEN, view.id)).toEqual(summary);
      expect(sessions().home(SCREEN).openSession).toBeNull();
    });

    it('shows last time per set number and the records a later session beats (a tie is not one)', () => {
      sessions().finish(
        SCREEN,
        session([
          [10, 40],
          [10, 40],
          [8, 40],
        ]).id,
      );
      store.clock.advance(24 * 60 * MINUTE);
      const second = start();
      const rows = item(second, 0);
      expect(rows.lastTime.map((s) => [s.warmUp, s.setNumber, s.reps, s.loadKg])).toEqual([
        [true, 1, 10, 20],
        [false, 1, 10, 40],
        [false, 2, 10, 40],
        [false, 3, 8, 40],
      ]);
      expect(item(second, 2).lastTime).toEqual([]);

      // A heavier warm-up is no record; 42.5 kg beats 40 kg; 10 reps at 40 ties; 5 reps at 50 is a new load.
      log(second, 0, { warmUp: true, loadKg: 45 });
      log(second, 0, { setNumber: 1, reps: 10, loadKg: 40 });
      log(second, 0, { setNumber: 2, reps: 8, loadKg: 42.5 });
      log(second, 0, { setNumber: 3, reps: 5, loadKg: 50 });
      log(second, 1, { reps: 16, loadKg: 15 });
      const summary = sessions().finish(SCREEN, second.id);
      expect(summary.records.map((r) => [r.exerciseId, r.kind, r.loadKg, r.reps, r.previous])).toEqual([
        ['seated-cable-row', 'heaviest-load', 50, 5, 40],
        ['seated-cable-row', 'estimated-1rm', 50, 5, 40 * (1 + 10 / 30)],
        ['face-pull', 'most-reps-at-load', 15, 16, 15],
      ]);
      expect(summary.records.find((r) => r.kind === 'estimated-1rm')?.value).toBeCloseTo(50 * (1 + 5 / 30));
    });

    it('lists history newest first with live sets, a page at a time, and the progress of an exercise', () => {
      sessions().finish(SCREEN, session([[10, 40]]).id);
      store.clock.advance(24 * 60 * MINUTE);
      const second = session([
        [10, 45],
        [6, 50],
      ]);
      sessions().finish(SCREEN, second.id);

      const page = sessions().ownHistory(SCREEN, { limit: 1 });
      expect(page.sessions.map((s) => s.id)).toEqual([second.id]);
      expect(
        page.sessions[0]?.sets.map((s) => [s.exerciseId, s.warmUp, s.setNumber, s.reps, s.loadKg]),
      ).toEqual([
        ['seated-cable-row', true, 1, 10, 20],
        ['seated-cable-row', false, 1, 10, 45],
        ['seated-cable-row', false, 2, 6, 50],
        ['face-pull', false, 1, 15, 15],
      ]);
      const older = sessions().ownHistory(SCREEN, { limit: 1, before: page.nextBefore ?? 0 });
      expect(older.sessions).toHaveLength(1);
      expect(older.nextBefore).toBeNull();
      expect(store.services.sessions.history(memberId, {})).toEqual({
        sessions: [...page.sessions, ...older.sessions],
        nextBefore: null,
      });

      const progress = sessions().ownProgress(SCREEN, 'seated-cable-row');
      expect(progress.points.map((p) => [p.at, p.topSetKg])).toEqual([
        [T0, 40],
        [T0 + 24 * 60 * MINUTE + 40 * MINUTE, 50],
      ]);
      expect(progress.points[1]?.bestEstimated1rmKg).toBeCloseTo(45 * (1 + 10 / 30));
      expect(progress.records.heaviestLoad).toMatchObject({ loadKg: 50, reps: 6, sessionId: second.id });
      expect(progress.records.mostRepsAtLoad.map((r) => [r.loadKg, r.reps])).toEqual([
        [50, 6],
        [45, 10],
        [40, 10],
      ]);
      expect(store.services.sessions.progress(memberId, 'seated-cable-row')).toEqual(progress);
      expect(thrownBy(() => sessions().ownProgress(SCREEN, 'nope'))).toMatchObject({ code: 'not-found' });
    });
  });
});
