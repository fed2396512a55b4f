import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEMBER_EXPORT_FORMAT_NAME, memberLabel, type MemberExportDocument } from '@shared/domain';
import { countRows, createTestStore, T0, type TestStore } from '../../support/store';
import { MEMBER_DRAFT, PLAN_DRAFT, planItem, thrownBy } from '../../support/plans';

describe('member service', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  const members = () => store.services.members;

  it('creates, reads and edits a member', () => {
    const created = members().create(MEMBER_DRAFT);
    expect(created).toEqual({ id: 'id-1', ...MEMBER_DRAFT, createdAt: T0 });
    expect(members().get(created.id)).toEqual(created);
    const edited = members().update(created.id, {
      ...MEMBER_DRAFT,
      unit: 'lb',
      memberNumber: null,
      notes: '',
    });
    expect(edited).toMatchObject({ unit: 'lb', memberNumber: null, notes: '' });
    expect(thrownBy(() => members().get('nope'))).toMatchObject({ code: 'not-found' });
    expect(thrownBy(() => members().update('nope', MEMBER_DRAFT))).toMatchObject({ code: 'not-found' });
  });

  it('keeps member numbers unique', () => {
    const first = members().create(MEMBER_DRAFT);
    const second = members().create({ ...MEMBER_DRAFT, displayName: 'Kim Lee', memberNumber: '5555' });
    for (const attempt of [
      () => members().create({ ...MEMBER_DRAFT, displayName: 'Twin' }),
      () => members().update(second.id, { ...MEMBER_DRAFT, displayName: 'Kim Lee' }),
    ]) {
      expect(thrownBy(attempt)).toMatchObject({
        code: 'invalid-input',
        detail: { field: 'memberNumber', reason: 'already-used', params: { value: '4711' } },
      });
    }
    expect(members().update(first.id, { ...MEMBER_DRAFT, notes: 'Keeps the number' }).memberNumber).toBe(
      '4711',
    );
    expect(countRows(store.db, 'member')).toBe(2);
  });

  it('finds members as a trainer types a name or a number', () => {
    members().create(MEMBER_DRAFT);
    members().create({ ...MEMBER_DRAFT, displayName: 'Alex Samuels', memberNumber: '8001' });
    members().create({ ...MEMBER_DRAFT, displayName: 'Kim Lee', memberNumber: null });
    const names = (query?: string, limit?: number) =>
      members()
        .list(query, limit)
        .map((m) => m.displayName);
    expect(names('sa')).toEqual(['Sam Kowalski', 'Alex Samuels']);
    expect(names('lee')).toEqual(['Kim Lee']);
    expect(names('80')).toEqual(['Alex Samuels']);
    expect(names()).toEqual(['Alex Samuels', 'Kim Lee', 'Sam Kowalski']);
    expect(names('', 2)).toHaveLength(2);
  });

  it('counts what deleting a member removes, then removes exactly that', () => {
    const sam = members().create(MEMBER_DRAFT);
    const kim = members().create({ ...MEMBER_DRAFT, displayName: 'Kim', memberNumber: '5555' });
    const plan = store.services.plans.create(sam.id, PLAN_DRAFT);
    store.services.plans.create(kim.id, PLAN_DRAFT);
    const sessions = store.services.sessions;
    sessions.signIn('kiosk', '4711');
    const view = sessions.start('kiosk', plan.id);
    const first = view.items[1];
    if (!first) throw new Error('no item');
    const logged = sessions.logSet('kiosk', {
      sessionId: view.id,
      itemId: first.id,
      exerciseId: first.exerciseId,
      warmUp: false,
      setNumber: 1,
      reps: 15,
      seconds: null,
      loadKg: 15,
      clientKey: 'kiosk-0000001',
    });
    sessions.correctSet('kiosk', {
      sessionId: view.id,
      setId: logged.set?.id ?? '',
      reps: 14,
      seconds: null,
      loadKg: 15,
      clientKey: 'kiosk-0000002',
    });

    const counts = { plans: 1, sessions: 1, sets: 1 };
    expect(members().dataCounts(sam.id)).toEqual(counts);
    expect(members().delete(sam.id)).toEqual(counts);
    for (const table of ['session', 'session_item', 'logged_set'])
      expect(countRows(store.db, table), table).toBe(0);
    expect(store.services.plans.list(null).map((p) => p.id)).toEqual(['mid-back-day']);
    expect(store.services.plans.list(kim.id)).toHaveLength(1);
    expect(thrownBy(() => members().delete(sam.id))).toMatchObject({ code: 'not-found' });
    expect(thrownBy(() => members().dataCounts(sam.id))).toMatchObject({ code: 'not-found' });
  });

  it('exports everything of a member as JSON and their sets as CSV', () => {
    const sam = members().create({ ...MEMBER_DRAFT, displayName: '=Sam, "the" Kowalski' });
    const plan = store.services.plans.create(sam.id, { ...PLAN_DRAFT, name: '+Back, day' });
    const sessions = store.services.sessions;
    sessions.signIn('kiosk', '4711');
    const view = sessions.start('kiosk', plan.id);
    const rows = view.items[0];
    if (!rows) throw new Error('no item');
    for (const [warmUp, setNumber, loadKg] of [
      [true, 1, 20],
      [false, 1, 40],
    ] as const) {
      store.clock.advance(60_000);
      sessions.logSet('kiosk', {
        sessionId: view.id,
        itemId: rows.id,
        exerciseId: rows.exerciseId,
        warmUp,
        setNumber,
        reps: 10,
        seconds: null,
        loadKg,
        clientKey: `kiosk-${setNumber}-${warmUp}`,
      });
    }

    const json = members().exportData(sam.id, 'json');
    expect(json).toMatchObject({
      fileName: 'gymdeck-member-4711-2025-03-01.json',
      mimeType: 'application/json',
    });
    const document = JSON.parse(json.content) as MemberExportDocument;
    expect(document).toMatchObject({
      format: MEMBER_EXPORT_FORMAT_NAME,
      version: 1,
      member: members().get(sam.id),
      plans: [store.services.plans.get(plan.id)],
      exercises: [
        { id: 'face-pull', name: 'Face pull' },
        { id: 'reverse-fly', name: 'Reverse fly' },
        { id: 'seated-cable-row', name: 'Seated cable row' },
      ],
    });
    expect(document.sessions).toEqual(sessions.history(sam.id, {}).sessions);

    const csv = members().exportData(sam.id, 'csv');
    expect(csv).toMatchObject({ fileName: 'gymdeck-member-4711-2025-03-01.csv', mimeType: 'text/csv' });
    expect(csv.content.split('\r\n')).toEqual([
      'session_started_at,session_finished_at,plan,exercise,exercise_id,warm_up,set_number,reps,seconds,load_kg,logged_at',
      `2025-03-01T09:00:00.000Z,,"'+Back, day",Seated cable row,seated-cable-row,true,1,10,,20,2025-03-01T09:01:00.000Z`,
      `2025-03-01T09:00:00.000Z,,"'+Back, day",Seated cable row,seated-cable-row,false,1,10,,40,2025-03-01T09:02:00.000Z`,
      '',
    ]);
  });
});

describe('plan service', () => {
  let store: TestStore;
  let memberId: string;
  beforeEach(() => {
    store = createTestStore();
    memberId = store.services.members.create(MEMBER_DRAFT).id;
  });
  afterEach(() => store.close());

  const plans = () => store.services.plans;

  it('saves a member’s plan with its items in order, and reorders them on update', () => {
    const plan = plans().create(memberId, PLAN_DRAFT);
    expect(plan).toMatchObject({ memberId, name: 'Back day', note: 'Slow on the way down.' });
    expect(plan.items.map(({ id: _id, ...item }) => item)).toEqual(PLAN_DRAFT.items);
    const reordered = [...PLAN_DRAFT.items].reverse();
    store.clock.advance(1000);
    const updated = plans().update(plan.id, { ...PLAN_DRAFT, items: reordered });
    expect(updated.items.map((item) => item.exerciseId)).toEqual([
      'reverse-fly',
      'face-pull',
      'seated-cable-row',
    ]);
    expect(updated.updatedAt).toBe(T0 + 1000);
    expect(plans().list(memberId)).toEqual([
      { id: plan.id, memberId, name: 'Back day', itemCount: 3, updatedAt: T0 + 1000 },
    ]);
  });

  it('refuses an exercise the library does not have, naming the item, and writes nothing', () => {
    const draft = { ...PLAN_DRAFT, items: [planItem('face-pull'), planItem('no-such-exercise')] };
    expect(thrownBy(() => plans().create(memberId, draft))).toMatchObject({
      code: 'invalid-input',
      detail: { field: 'items.1.exerciseId', reason: 'unknown-reference' },
    });
    expect(thrownBy(() => plans().create('nobody', PLAN_DRAFT))).toMatchObject({
      code: 'not-found',
      detail: { field: 'memberId' },
    });
    expect(countRows(store.db, 'plan')).toBe(1);
    expect(countRows(store.db, 'plan_item')).toBe(4);
  });

  it('seeds the Mid-back day template and gives a copy of any template to a member', () => {
    expect(plans().list(null)).toEqual([
      { id: 'mid-back-day', memberId: null, name: 'Mid-back day', itemCount: 4, updatedAt: T0 },
    ]);
    const template = plans().get('mid-back-day');
    expect(template.items.map((item) => [item.exerciseId, item.warmUpSets, item.sets, item.reps])).toEqual([
      ['bent-over-row', 1, 3, 10],
      ['seated-cable-row', 0, 3, 12],
      ['face-pull', 0, 3, 15],
      ['reverse-fly', 0, 3, 12],
    ]);
    const given = plans().giveTemplate('mid-back-day', memberId);
    expect(given).toMatchObject({ memberId, name: 'Mid-back day', note: template.note });
    expect(given.items.map(({ id: _id, ...item }) => item)).toEqual(
      template.items.map(({ id: _id, ...item }) => item),
    );
    expect(given.items.every((item) => !template.items.some((t) => t.id === item.id))).toBe(true);

    store.clock.advance(1000);
    const ownTemplate = plans().create(null, { ...PLAN_DRAFT, name: 'Pull day' });
    expect(
      plans()
        .list(null)
        .map((p) => p.name),
    ).toEqual(['Pull day', 'Mid-back day']);
    expect(plans().giveTemplate(ownTemplate.id, memberId).memberId).toBe(memberId);
    expect(thrownBy(() => plans().giveTemplate(given.id, memberId))).toMatchObject({
      code: 'invalid-input',
      detail: { field: 'templateId', reason: 'not-a-template' },
    });
    expect(thrownBy(() => plans().giveTemplate('mid-back-day', 'nobody'))).toMatchObject({
      code: 'not-found',
    });
  });

  it('deletes a plan while the sessions done with it keep their copy', () => {
    const plan = plans().create(memberId, PLAN_DRAFT);
    store.services.sessions.signIn('kiosk', '4711');
    const view = store.services.sessions.start('kiosk', plan.id);
    expect(plans().delete(plan.id)).toEqual({ deleted: true });
    expect(thrownBy(() => plans().get(plan.id))).toMatchObject({ code: 'not-found' });
    expect(store.services.sessions.view('kiosk', view.id)).toMatchObject({
      planId: null,
      planName: 'Back day',
    });
    expect(store.services.sessions.view('kiosk', view.id).items).toHaveLength(3);
    expect(thrownBy(() => plans().delete(plan.id))).toMatchObject({ code: 'not-found' });
  });
});

describe('memberLabel', () => {
  it.each([
    ['Sam Kowalski', 'Sam K.'],
    ['  sam   de la cruz ', 'sam C.'],
    ['Kim', 'Kim'],
    ['Émile Ødegaard', 'Émile Ø.'],
    ['Ann-Marie van der Berg', 'Ann-Marie B.'],
  ])('shows %j as %j', (name, label) => expect(memberLabel(name)).toBe(label));
});
