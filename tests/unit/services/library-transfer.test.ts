import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../../src/services/api-router';
import { DomainError } from '../../../src/services/errors';
import { draftOf, type ImportProgress, type ImportReport, type LibraryExportDocument } from '@shared/domain';
import { insertEquipmentIfMissing } from '../../../src/store/repositories/vocabulary';
import {
  getExercise,
  insertExercise,
  libraryRevision,
  updateExercise,
} from '../../../src/store/repositories/exercises';
import { planImport, writeImport } from '../../../src/services/library-transfer/import-plan';
import { importedContentHash } from '../../../src/store/repositories/exercise-import';
import type { Db } from '../../../src/store/database';
import {
  MYSTERY_MOVE,
  SANDBAG_LOAD,
  freeExerciseDbEntry,
  generateFreeExerciseDb,
  type FreeExerciseDbEntry,
} from '../../support/free-exercise-db';
import { countRows, createTestStore, rowCounts, type TestStore, unlockTrainer } from '../../support/store';

/** A store with the vocabulary but no exercises (and so no circuits or templates): a library to import into. */
function emptyLibrary(): TestStore {
  const store = createTestStore();
  store.db.exec('DELETE FROM plan; DELETE FROM circuit; DELETE FROM exercise;');
  return store;
}

function exportOf(store: TestStore): Omit<LibraryExportDocument, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = store.services.libraryTransfer.exportLibrary();
  return rest;
}

function importText(store: TestStore, content: unknown, dryRun = false): Promise<ImportReport> {
  return store.services.libraryTransfer.importLibrary({ content: JSON.stringify(content), dryRun });
}

function outcomes(report: ImportReport): [string | null, string][] {
  return report.entries.map((entry) => [entry.reference, entry.outcome]);
}

function entryFor(report: ImportReport, reference: string) {
  const entry = report.entries.find((e) => e.reference === reference);
  if (!entry) throw new Error(`no entry ${reference} in ${JSON.stringify(outcomes(report))}`);
  return entry;
}

/**
 * Imports three entries through `importEntries`, the middle one refused by a trigger of the store: it is
 * skipped with the store's words, the others are written, and the equipment the refused entry brought is
 * added once, by the entry after it.
 */
async function expectRefusedEntrySkipped(
  store: TestStore,
  importEntries: (entries: unknown[]) => Promise<ImportReport>,
): Promise<void> {
  store.db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON exercise WHEN NEW.name = 'Refused'
                 BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;`);
  const report = await importEntries([
    freeExerciseDbEntry({ id: 'A', name: 'Before' }),
    freeExerciseDbEntry({ id: 'B', name: 'Refused', equipment: 'sled' }),
    freeExerciseDbEntry({ id: 'C', name: 'After', equipment: 'sled' }),
  ]);
  expect(outcomes(report)).toEqual([
    ['A', 'added'],
    ['B', 'skipped'],
    ['C', 'added'],
  ]);
  expect(entryFor(report, 'B').reason).toEqual({ code: 'refused-by-store', value: 'refused for the test' });
  expect(report.equipmentAdded).toEqual([{ id: 'sled', name: 'Sled' }]);
  expect(countRows(store.db, 'exercise')).toBe(9);
}

async function refusal(run: () => unknown): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

/** Edits an exercise as a trainer would, through the same repository write the editor uses. */
function editExercise(
  db: Db,
  id: string,
  change: (write: Parameters<typeof updateExercise>[1]) => void,
): void {
  const exercise = getExercise(db, id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  const write = { ...draftOf(exercise), id };
  change(write);
  db.transaction(() => updateExercise(db, write, Date.now()))();
}

describe('library export and re-import', () => {
  let source: TestStore;
  let target: TestStore;
  beforeEach(() => {
    source = createTestStore();
    target = createTestStore();
  });
  afterEach(() => {
    source.close();
    target.close();
  });

  it('exports every field of every exercise, with the equipment they use', async () => {
    const doc = source.services.libraryTransfer.exportLibrary();
    expect(doc).toMatchObject({ format: 'gymdeck-library', version: 1, mediaLeftOut: 0 });
    expect(doc.exportedAt).toBe(new Date(source.clock.now()).toISOString());
    expect(doc.exercises).toHaveLength(7);
    const row = doc.exercises.find((e) => e.id === 'bent-over-row');
    expect(row).toMatchObject({
      name: 'Bent-over row',
      seedKey: 'bent-over-row',
      archived: false,
      equipment: ['barbell', 'dumbbells'],
      prescription: { sets: 3, reps: 10, seconds: null, restSeconds: 90 },
    });
    expect(row?.steps.length).toBeGreaterThan(3);
    expect(doc.equipment.map((e) => e.id).sort()).toEqual(
      [...new Set(doc.exercises.flatMap((e) => e.equipment))].sort(),
    );
  });

  it('exports a selection, and refuses an id it does not know', async () => {
    const doc = source.services.libraryTransfer.exportLibrary(['face-pull', 'deadlift', 'face-pull']);
    expect(doc.exercises.map((e) => e.id)).toEqual(['face-pull', 'deadlift']);
    expect(doc.equipment.map((e) => e.id).sort()).toEqual(['barbell', 'cable-station']);
    expect((await refusal(() => source.services.libraryTransfer.exportLibrary(['nope']))).code).toBe(
      'not-found',
    );
  });

  it('re-imports the seed library into the same library as seven unchanged entries, writing nothing', async () => {
    const doc = source.services.libraryTransfer.exportLibrary();
    const before = rowCounts(source.db);
    const report = await importText(source, doc);
    expect(report.format).toBe('gymdeck');
    expect(report.counts).toEqual({ added: 0, updated: 0, unchanged: 7, skipped: 0 });
    expect(rowCounts(source.db)).toEqual(before);
  });

  it('carries the seed library into an empty library losslessly', async () => {
    const empty = emptyLibrary();
    try {
      const report = await importText(empty, source.services.libraryTransfer.exportLibrary());
      expect(report.counts).toEqual({ added: 7, updated: 0, unchanged: 0, skipped: 0 });
      expect(exportOf(empty)).toEqual(exportOf(source));
      // The seed keys came along, so a restart adds no second copy of the built-in exercises.
      expect(empty.db.prepare('SELECT count(*) FROM exercise WHERE seed_key IS NOT NULL').pluck().get()).toBe(
        7,
      );
    } finally {
      empty.close();
    }
  });

  it('carries edits, archived exercises, new exercises and new equipment across losslessly', async () => {
    editExercise(source.db, 'face-pull', (write) => {
      write.name = 'Face pull (rope)';
      write.steps = ['Set the cable at head height.', 'Pull the rope to your face, elbows high.'];
      write.cues = ['Elbows high', 'Squeeze'];
      write.prescription = { ...write.prescription, reps: null, seconds: 40 };
      write.tags = ['posture'];
      write.secondaryMuscles = ['rhomboids'];
      write.figureChoice = 'hide';
    });
    editExercise(source.db, 'pull-up', (write) => (write.figureChoice = 'first'));
    source.db.prepare("UPDATE exercise SET archived_at = 1 WHERE id = 'deadlift'").run();
    insertEquipmentIfMissing(source.db, { id: 'sandbag', name: 'Sandbag', coarseTerm: null });
    source.db.transaction(() =>
      insertExercise(
        source.db,
        {
          id: 'sandbag-carry',
          name: 'Sandbag carry',
          aliases: ['Bear hug carry'],
          summary: 'Hug the bag high and walk tall.',
          level: 'intermediate',
          tags: ['strength', 'compound'],
          equipment: ['sandbag'],
          primaryMuscles: ['upper-traps', 'abs'],
          secondaryMuscles: ['forearms'],
          steps: ['Lift the bag to your chest.', 'Walk tall for the set time.'],
          cues: [],
          prescription: { sets: 3, reps: null, seconds: 45, restSeconds: 90 },
          oneSided: true,
          source: {
            name: 'Coach notes',
            url: 'https://example.org/carry',
            reference: 'c-7',
            licence: 'CC BY 4.0',
          },
          figureChoice: 'show',
          seedKey: null,
        },
        source.clock.now(),
      ),
    )();

    const doc = source.services.libraryTransfer.exportLibrary();
    const preview = await importText(target, doc, true);
    const countsBefore = rowCounts(target.db);
    expect(rowCounts(target.db)).toEqual(countsBefore);
    const report = await importText(target, doc);
    expect({ ...preview, dryRun: false }).toEqual(report);

    expect(report.counts).toEqual({ added: 1, updated: 3, unchanged: 4, skipped: 0 });
    expect(entryFor(report, 'face-pull').changes).toEqual([
      'name',
      'tags',
      'secondaryMuscles',
      'steps',
      'cues',
      'prescription',
      'figureChoice',
    ]);
    expect(entryFor(report, 'pull-up').changes).toEqual(['figureChoice']);
    expect(entryFor(report, 'deadlift').changes).toEqual(['archived']);
    expect(entryFor(report, 'sandbag-carry').notes).toEqual([{ code: 'equipment-added', value: 'Sandbag' }]);
    expect(report.equipmentAdded).toEqual([{ id: 'sandbag', name: 'Sandbag' }]);
    expect(exportOf(target)).toEqual(exportOf(source));

    expect(getExercise(target.db, 'face-pull')?.figureChoice).toBe('hide');
    expect(getExercise(target.db, 'pull-up')?.figureChoice).toBe('first');

    const again = await importText(target, doc);
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 8, skipped: 0 });
  });

  it('imports an export written before figures could be hidden with every figure shown', async () => {
    const doc = source.services.libraryTransfer.exportLibrary();
    expect(doc.exercises.every((entry) => entry.figureChoice === 'show')).toBe(true);
    const older = {
      ...doc,
      exercises: doc.exercises.map(({ figureChoice: _figureChoice, ...entry }) => entry),
    };
    editExercise(target.db, 'pull-up', (write) => (write.figureChoice = 'hide'));

    const report = await importText(target, older);
    expect(report.counts).toEqual({ added: 0, updated: 1, unchanged: 6, skipped: 0 });
    expect(entryFor(report, 'pull-up').changes).toEqual(['figureChoice']);
    expect(getExercise(target.db, 'pull-up')?.figureChoice).toBe('show');
    const empty = emptyLibrary();
    try {
      expect((await importText(empty, older)).counts.added).toBe(7);
      expect(exportOf(empty)).toEqual(exportOf(source));
    } finally {
      empty.close();
    }
  });

  it('skips a Gymdeck entry that is unsound or names what this library lacks, and imports the rest', async () => {
    const doc = source.services.libraryTransfer.exportLibrary(['face-pull']);
    const base = doc.exercises[0];
    if (!base) throw new Error('no exercise');
    const entries = [
      { ...base, id: 'good-one', name: 'Good one', seedKey: null },
      { ...base, id: 'good-one', name: 'Good one again', seedKey: null },
      { ...base, id: 'bad-muscle', primaryMuscles: ['wings'], seedKey: null },
      { ...base, id: 'bad-equipment', equipment: ['jetpack'], seedKey: null },
      { ...base, id: 'bad-reps', prescription: { sets: 3, reps: 10, seconds: 30, restSeconds: 60 } },
      { ...base, id: 'extra-field', colour: 'red' },
      'not an exercise',
    ];
    const before = countRows(target.db, 'exercise');
    const report = await importText(target, { ...doc, exercises: entries });
    expect(outcomes(report)).toEqual([
      ['good-one', 'added'],
      ['good-one', 'skipped'],
      ['bad-muscle', 'skipped'],
      ['bad-equipment', 'skipped'],
      ['bad-reps', 'skipped'],
      ['extra-field', 'skipped'],
      [null, 'skipped'],
    ]);
    expect(report.entries.map((e) => e.reason?.code ?? null)).toEqual([
      null,
      'duplicate-in-file',
      'unknown-muscle-id',
      'unknown-equipment-id',
      'invalid-entry',
      'invalid-entry',
      'invalid-entry',
    ]);
    expect(entryFor(report, 'bad-reps').reason?.value).toContain('prescription.reps');
    expect(entryFor(report, 'extra-field').reason?.value).toContain('colour');
    expect(countRows(target.db, 'exercise')).toBe(before + 1);
  });
});

describe('free-exercise-db import', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  const GOOD_AND_BAD: unknown[] = [
    freeExerciseDbEntry(),
    freeExerciseDbEntry({
      id: 'Face_Pull',
      name: 'Face Pull',
      primaryMuscles: ['shoulders'],
      secondaryMuscles: ['middle back', 'traps'],
      level: 'intermediate',
      mechanic: 'isolation',
    }),
    {
      ...SANDBAG_LOAD,
      instructions: [
        '  ',
        `${'Lift the sandbag from the floor to your lap, keeping your back flat. '.repeat(6)}`,
      ],
    },
    freeExerciseDbEntry({
      id: 'Hamstring_Stretch',
      name: 'Hamstring Stretch',
      force: 'static',
      mechanic: null,
      equipment: null,
      primaryMuscles: ['hamstrings'],
      secondaryMuscles: [],
      category: 'stretching',
      images: [],
    }),
    MYSTERY_MOVE,
    { ...freeExerciseDbEntry({ id: 'No_Level', name: 'No level' }), level: undefined },
    { ...freeExerciseDbEntry({ id: 'Extra', name: 'Extra' }), video: 'x.mp4' },
    freeExerciseDbEntry({ id: 'Seated_Cable_Rows', name: 'Seated Cable Rows, again' }),
    42,
  ];

  it('imports the good entries, maps them onto this library, and says why each bad one was skipped', async () => {
    const report = await importText(store, GOOD_AND_BAD);
    expect(report.format).toBe('free-exercise-db');
    expect(outcomes(report)).toEqual([
      ['Seated_Cable_Rows', 'added'],
      ['Face_Pull', 'added'],
      ['Sandbag_Load', 'added'],
      ['Hamstring_Stretch', 'added'],
      ['Mystery', 'skipped'],
      ['No_Level', 'skipped'],
      ['Extra', 'skipped'],
      ['Seated_Cable_Rows', 'skipped'],
      [null, 'skipped'],
    ]);
    expect(report.counts).toEqual({ added: 4, updated: 0, unchanged: 0, skipped: 5 });
    expect(report.entries.slice(4).map((e) => e.reason?.code)).toEqual([
      'no-known-muscle',
      'invalid-entry',
      'invalid-entry',
      'duplicate-in-file',
      'invalid-entry',
    ]);
    expect(entryFor(report, 'No_Level').reason?.value).toBe('missing level');
    expect(entryFor(report, 'Extra').reason?.value).toContain('video');

    const row = store.services.library.get('free-exercise-db-seated-cable-rows');
    expect(row).toMatchObject({
      name: 'Seated Cable Rows',
      level: 'beginner',
      tags: ['compound', 'strength'],
      equipment: ['cable-station'],
      primaryMuscles: ['rhomboids', 'middle-traps'],
      // "shoulders" in a pull is the rear deltoid.
      secondaryMuscles: ['lats', 'rear-delts', 'biceps'],
      cues: [],
      prescription: { sets: 3, reps: 10, seconds: null, restSeconds: 60 },
      media: [],
      source: {
        name: 'free-exercise-db',
        url: 'https://github.com/yuhonas/free-exercise-db',
        reference: 'Seated_Cable_Rows',
        licence: 'Unlicense',
      },
    });
    expect(row.steps).toHaveLength(3);
    expect(entryFor(report, 'Seated_Cable_Rows').notes).toEqual([{ code: 'images-left-out', value: '2' }]);

    const facePull = store.services.library.get(entryFor(report, 'Face_Pull').exerciseId ?? '');
    expect(facePull.primaryMuscles).toEqual(['rear-delts']);
    expect(facePull.secondaryMuscles).toEqual(['rhomboids', 'upper-traps', 'middle-traps']);

    const sandbag = store.services.library.get(entryFor(report, 'Sandbag_Load').exerciseId ?? '');
    expect(sandbag).toMatchObject({
      level: 'advanced',
      tags: ['compound', 'strength'],
      equipment: ['sandbag'],
      primaryMuscles: ['erector-spinae'],
      prescription: { sets: 3, reps: 5, restSeconds: 120 },
    });
    expect(sandbag.steps.length).toBeGreaterThan(1);
    for (const step of sandbag.steps) expect(step.length).toBeLessThanOrEqual(300);
    expect(entryFor(report, 'Sandbag_Load').notes).toEqual([
      { code: 'unknown-muscle', value: 'wings' },
      { code: 'equipment-added', value: 'Sandbag' },
      { code: 'images-left-out', value: '2' },
    ]);
    expect(report.equipmentAdded).toEqual([{ id: 'sandbag', name: 'Sandbag' }]);
    expect(store.services.library.vocabulary().equipment).toContainEqual({ id: 'sandbag', name: 'Sandbag' });

    const stretch = store.services.library.get(entryFor(report, 'Hamstring_Stretch').exerciseId ?? '');
    expect(stretch).toMatchObject({
      tags: [],
      equipment: [],
      prescription: { sets: 2, reps: null, seconds: 30, restSeconds: 15 },
    });
    // Imported exercises are found by the library search like any other.
    expect(store.services.library.list({ query: 'sandbag', limit: 50 }).exercises.map((e) => e.id)).toEqual([
      sandbag.id,
    ]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    await importText(store, GOOD_AND_BAD);
    const before = rowCounts(store.db);
    const snapshot = store.services.libraryTransfer.exportLibrary();
    const again = await importText(store, GOOD_AND_BAD);
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 4, skipped: 5 });
    expect(rowCounts(store.db)).toEqual(before);
    expect(store.services.libraryTransfer.exportLibrary()).toEqual(snapshot);
  });

  it('lists the first hundred entries of each outcome in a long report, and counts them all', async () => {
    const file = [...generateFreeExerciseDb(150), ...Array.from({ length: 120 }, (_, n) => n)];
    for (const dryRun of [true, false]) {
      const report = await importText(store, file, dryRun);
      expect(report.counts).toEqual({ added: 150, updated: 0, unchanged: 0, skipped: 120 });
      expect(report.entries.map((entry) => entry.index)).toEqual([
        ...Array.from({ length: 100 }, (_, n) => n),
        ...Array.from({ length: 100 }, (_, n) => 150 + n),
      ]);
    }
  });

  it('previews exactly what an import does, and writes nothing while previewing', async () => {
    const before = rowCounts(store.db);
    const preview = await importText(store, GOOD_AND_BAD, true);
    expect(preview.dryRun).toBe(true);
    expect(rowCounts(store.db)).toEqual(before);
    expect({ ...preview, dryRun: false }).toEqual(await importText(store, GOOD_AND_BAD));
  });

  it('updates an entry that changed in the list, but keeps a trainer’s edit of an imported exercise', async () => {
    const rows = [freeExerciseDbEntry(), freeExerciseDbEntry({ id: 'Face_Pull', name: 'Face Pull' })];
    await importText(store, rows);
    const changed = [
      freeExerciseDbEntry({ instructions: ['Sit tall.', 'Row.'] }),
      freeExerciseDbEntry({ id: 'Face_Pull', name: 'Face Pull', level: 'expert' }),
    ];
    editExercise(store.db, 'free-exercise-db-face-pull', (write) => {
      write.name = 'Face pull, our way';
    });

    const report = await importText(store, changed);
    expect(outcomes(report)).toEqual([
      ['Seated_Cable_Rows', 'updated'],
      ['Face_Pull', 'skipped'],
    ]);
    expect(entryFor(report, 'Seated_Cable_Rows').changes).toEqual(['steps']);
    expect(entryFor(report, 'Face_Pull')).toMatchObject({
      reason: { code: 'edited-since-import' },
      exerciseId: 'free-exercise-db-face-pull',
    });
    expect(store.services.library.get('free-exercise-db-seated-cable-rows').steps).toEqual([
      'Sit tall.',
      'Row.',
    ]);
    expect(store.services.library.get('free-exercise-db-face-pull')).toMatchObject({
      name: 'Face pull, our way',
      level: 'beginner',
    });
    // The update counts as the import's own content: the next change to the list applies too.
    const later = await importText(store, [
      freeExerciseDbEntry({ instructions: ['Sit tall.', 'Row.', 'Relax.'] }),
    ]);
    expect(outcomes(later)).toEqual([['Seated_Cable_Rows', 'updated']]);
  });

  it('still recognises an exercise as unedited from the fingerprint an earlier version recorded', async () => {
    await importText(store, [freeExerciseDbEntry()]);
    // What this entry's fingerprint has been since imports began to record one: changing how content is
    // fingerprinted would make every exercise imported before look edited by a trainer.
    expect(importedContentHash(store.db, 'free-exercise-db-seated-cable-rows')).toBe(
      'cfda09a21273dfc712357dcf468a363d6dec06d77bc2bc169fc84c01bb1e5d7c',
    );
  });

  it('keeps an exercise of its own whose id an entry would take, by giving the entry another id', async () => {
    const own = store.services.libraryTransfer.exportLibrary(['face-pull']).exercises[0];
    await importText(store, {
      ...store.services.libraryTransfer.exportLibrary(['face-pull']),
      exercises: [{ ...own, id: 'free-exercise-db-face-pull', name: 'Our face pull', seedKey: null }],
    });
    const report = await importText(store, [freeExerciseDbEntry({ id: 'Face_Pull', name: 'Face Pull' })]);
    expect(entryFor(report, 'Face_Pull').outcome).toBe('added');
    expect(entryFor(report, 'Face_Pull').exerciseId).toBe('id-1');
    expect(store.services.library.get('free-exercise-db-face-pull').name).toBe('Our face pull');
  });

  it('skips an entry the store refuses, and imports the others', async () => {
    await expectRefusedEntrySkipped(store, (entries) => importText(store, entries));
  });

  it('writes nothing when the disk is full from the start, and says so', async () => {
    await unlockTrainer(store.services);
    const before = rowCounts(store.db);
    const pages = Number(store.db.pragma('page_count', { simple: true }));
    store.db.pragma(`max_page_count = ${pages}`);
    const dispatch = createApiRouter(store.services);
    const result = await dispatch('library:import', {
      content: JSON.stringify(generateFreeExerciseDb(1000)),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(rowCounts(store.db)).toEqual(before);
    expect(store.db.inTransaction).toBe(false);
  });

  it('refuses a malformed file as a whole with one clear message, writing nothing', async () => {
    const before = rowCounts(store.db);
    const cases: [string, RegExp][] = [
      ['{"not json', /not valid JSON/],
      ['{"exercises": []}', /neither a Gymdeck library export nor a free-exercise-db list/],
      ['"hello"', /neither/],
      [JSON.stringify({ format: 'gymdeck-library', version: 2 }), /newer Gymdeck \(format version 2\)/],
      [
        JSON.stringify({ format: 'gymdeck-library', version: 1, exportedAt: 'yesterday', equipment: [] }),
        /not a sound Gymdeck library export: exportedAt: .*; exercises: /,
      ],
    ];
    for (const [content, message] of cases) {
      const error = await refusal(() => store.services.libraryTransfer.importLibrary({ content }));
      expect(error.code, content).toBe('invalid-input');
      expect(error.message, content).toMatch(message);
    }
    const wrongFormat = await refusal(() =>
      store.services.libraryTransfer.importLibrary({ content: '[]', format: 'gymdeck' }),
    );
    expect(wrongFormat.message).toBe('The file is a free-exercise-db list, not a Gymdeck library export.');
    expect(wrongFormat.detail).toEqual({
      field: 'content',
      reason: 'other-format',
      params: { format: 'free-exercise-db', expected: 'gymdeck' },
    });
    expect(rowCounts(store.db)).toEqual(before);
  });
});

describe('an import written in chunks', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  const idOf = (n: number): string => `free-exercise-db-generated-exercise-${n}`;
  let ids = 0;

  /** Plans a file against the store's library and writes it two entries a chunk; `between` runs before each. */
  function importInChunks(
    content: unknown[],
    between: (chunk: number) => void = () => undefined,
    progress: ImportProgress[] = [],
  ): Promise<ImportReport> {
    const request = { content: JSON.stringify(content) };
    const options = { newId: () => `id-${(ids += 1)}` };
    let chunk = 0;
    return writeImport(store.db, planImport(store.db, request, options), Date.now(), {
      mayWrite: () => {
        between(chunk);
        chunk += 1;
        return Promise.resolve();
      },
      written: () => undefined,
      transact: (write) => store.db.transaction(write).immediate(),
      replan: () => store.db.transaction(() => planImport(store.db, request, options))(),
      onProgress: (seen) => progress.push(seen),
      chunkEntries: { min: 2, max: 2 },
    });
  }

  it('writes two entries a chunk, saying how far it got, and reports every entry', async () => {
    const progress: ImportProgress[] = [];
    const revision = libraryRevision(store.db);
    const report = await importInChunks(generateFreeExerciseDb(5), undefined, progress);
    expect(report.entries.map((entry) => [entry.index, entry.outcome])).toEqual(
      [0, 1, 2, 3, 4].map((index) => [index, 'added']),
    );
    expect(progress).toEqual([0, 2, 4, 5].map((done) => ({ stage: 'writing', done, total: 5 })));
    // The revision moves once a chunk, not once a row.
    expect(libraryRevision(store.db)).toBe(revision + 3);
    expect(countRows(store.db, 'exercise')).toBe(12);
  });

  it('plans again when the library changes between chunks, keeping the change and reporting every entry', async () => {
    await importText(store, generateFreeExerciseDb(6));
    const changed = generateFreeExerciseDb(6).map((entry) => ({
      ...entry,
      instructions: [...entry.instructions, 'Breathe out.'],
    }));
    const report = await importInChunks(changed, (chunk) => {
      // After the first chunk, a trainer edits one exercise the first chunk updated and one it has not reached.
      if (chunk !== 1) return;
      for (const n of [1, 4]) {
        editExercise(store.db, idOf(n), (write) => {
          write.name = `Our exercise ${n}`;
        });
      }
    });
    expect(report.entries.map((entry) => [entry.index, entry.outcome])).toEqual([
      [0, 'updated'],
      [1, 'updated'],
      [2, 'updated'],
      [3, 'updated'],
      [4, 'skipped'],
      [5, 'updated'],
    ]);
    expect(report.entries[4]?.reason).toEqual({ code: 'edited-since-import', value: null });
    expect(report.counts).toEqual({ added: 0, updated: 5, unchanged: 0, skipped: 1 });
    for (const n of [1, 4]) {
      expect(store.services.library.get(idOf(n)).name).toBe(`Our exercise ${n}`);
    }
    const lastStep = (n: number): string | undefined => store.services.library.get(idOf(n)).steps.at(-1);
    expect(lastStep(1)).toBe('Breathe out.');
    expect(lastStep(4)).toMatch(/^Return slowly/);
    expect(lastStep(5)).toBe('Breathe out.');
  });

  it('skips an entry the store refuses within its chunk, and writes the rest', async () => {
    await expectRefusedEntrySkipped(store, (entries) => importInChunks(entries));
  });

  it('keeps the chunks written before a failure, says how many, and finishes when imported again', async () => {
    store.db.exec(`CREATE TRIGGER fail_later AFTER INSERT ON exercise WHEN NEW.name = 'Generated exercise 4'
                   BEGIN SELECT json('this is not JSON'); END;`);
    const file = generateFreeExerciseDb(6);
    const failure = await refusal(() => importInChunks(file));
    expect(failure.code).toBe('internal');
    expect(failure.detail).toEqual({
      field: 'content',
      reason: 'import-partial',
      params: { imported: 4, total: 6 },
    });
    expect(failure.message).toMatch(/after 4 of the file's 6 entries .*same file again/);
    expect(countRows(store.db, 'exercise')).toBe(11);
    expect(store.db.inTransaction).toBe(false);

    store.db.exec('DROP TRIGGER fail_later');
    const again = await importInChunks(file);
    expect(again.counts).toEqual({ added: 2, updated: 0, unchanged: 4, skipped: 0 });
    expect(countRows(store.db, 'exercise')).toBe(13);
  });

  it('names a full disk part-way as such, with how many entries are in', async () => {
    const before = countRows(store.db, 'exercise');
    const pages = Number(store.db.pragma('page_count', { simple: true }));
    store.db.pragma(`max_page_count = ${pages + 30}`);
    const failure = await refusal(() => importInChunks(generateFreeExerciseDb(1000)));
    expect(failure.code).toBe('storage-full');
    expect(failure.detail.reason).toBe('import-partial');
    const imported = Number(failure.detail.params?.imported);
    expect(imported).toBeGreaterThan(0);
    expect(failure.detail.params?.total).toBe(1000);
    expect(countRows(store.db, 'exercise')).toBe(before + imported);
  });
});

describe('library transfer through the router', () => {
  let store: TestStore;
  beforeEach(() => (store = createTestStore()));
  afterEach(() => store.close());

  it('validates the input of both methods, naming the field', async () => {
    await unlockTrainer(store.services);
    const dispatch = createApiRouter(store.services);
    const cases: [string, unknown, RegExp][] = [
      ['library:import', {}, /^content: /],
      ['library:import', { content: '' }, /^content: the file is empty/],
      ['library:import', { content: '[]', format: 'csv' }, /^format: /],
      ['library:import', { content: '[]', dryRun: 'yes' }, /^dryRun: /],
      ['library:import', { content: '[]', path: '/etc/passwd' }, /path/],
      [
        'library:import',
        { content: 'x'.repeat(10 * 1024 * 1024 + 1) },
        /^content: the file is larger than 10 MB/,
      ],
      ['library:export', { ids: [] }, /^ids: choose at least one exercise/],
      ['library:export', { ids: [''] }, /^ids\.0: must not be empty/],
      ['library:export', { all: true }, /all/],
    ];
    for (const [method, payload, message] of cases) {
      const result = await dispatch(method, payload);
      expect(result.ok, method).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(message);
      }
    }
  });

  it('answers a malformed file with invalid-input and its message, and a sound one with the report', async () => {
    await unlockTrainer(store.services);
    const dispatch = createApiRouter(store.services);
    expect(await dispatch('library:import', { content: '{' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/^The file is not valid JSON/),
        field: 'content',
        reason: 'not-json',
      },
    });
    const entries: FreeExerciseDbEntry[] = [freeExerciseDbEntry()];
    expect(
      await dispatch('library:import', {
        content: JSON.stringify(entries),
        format: 'free-exercise-db',
        dryRun: true,
      }),
    ).toMatchObject({ ok: true, value: { dryRun: true, counts: { added: 1 } } });
    expect(await dispatch('library:export', { ids: ['deadlift'] })).toMatchObject({
      ok: true,
      value: { exercises: [{ id: 'deadlift' }] },
    });
  });
});
