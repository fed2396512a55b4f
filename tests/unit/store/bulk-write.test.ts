import { describe, expect, it } from 'vitest';
import { writeInBulk } from '../../../src/store/bulk-write';
import { openDatabase, type Db } from '../../../src/store/database';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src/store/migrations';
import {
  insertExercise,
  libraryRevision,
  listExerciseIds,
  type ExerciseWrite,
} from '../../../src/store/repositories/exercises';
import { seedLibrary } from '../../../src/store/seed/seed';
import { draft } from '../../support/exercise-draft';
import { rowCounts } from '../../support/store';

const write = (id: string, name: string): ExerciseWrite => ({
  ...draft({ name, aliases: ['Zottman'], equipment: ['dumbbells'] }),
  id,
  seedKey: null,
});

function migrated(): Db {
  const db = openDatabase(':memory:');
  migrate(db);
  seedLibrary(db, 1);
  return db;
}

describe('migration 6 (bulk writes)', () => {
  it('keeps every row of a version-5 store, and its search index still answers', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 5));
    seedLibrary(db, 1);
    const before = rowCounts(db);
    const found = listExerciseIds(db, { query: 'row' });
    expect(found.length).toBeGreaterThan(0);

    expect(migrate(db, MIGRATIONS.slice(0, 6))).toBe(6);
    expect(schemaVersion(db)).toBe(6);
    expect(rowCounts(db)).toEqual({ ...before, bulk_write: 0 });
    expect(listExerciseIds(db, { query: 'row' })).toEqual(found);
    db.close();
  });

  it('leaves every ordinary write to keep the index and the revision row by row', () => {
    const db = migrated();
    const revision = libraryRevision(db);
    db.transaction(() => insertExercise(db, write('one', 'Hammer curl'), 2))();
    expect(listExerciseIds(db, { query: 'hammer' })).toEqual(['one']);
    expect(listExerciseIds(db, { query: 'zottman' })).toEqual(['one']);
    // One exercise row and its alias, equipment and muscle rows: each moves the revision.
    expect(libraryRevision(db) - revision).toBeGreaterThan(1);
    db.close();
  });
});

describe('a bulk write', () => {
  it('indexes what it wrote once, moves the revision once, and leaves the pause behind in no one’s view', () => {
    const db = migrated();
    const revision = libraryRevision(db);
    const answer = db.transaction(() =>
      writeInBulk(db, () => {
        for (let n = 0; n < 50; n += 1) insertExercise(db, write(`bulk-${n}`, `Hammer curl ${n}`), 2);
        return { result: 'written', touched: Array.from({ length: 50 }, (_, n) => `bulk-${n}`) };
      }),
    )();
    expect(answer).toBe('written');
    expect(libraryRevision(db)).toBe(revision + 1);
    // Whoever keeps summaries in memory learns that these fifty changed, at that one revision.
    const changed = db
      .prepare<[number], string>('SELECT exercise_id FROM library_change WHERE revision > ?')
      .pluck()
      .all(revision);
    expect(changed.sort()).toEqual(Array.from({ length: 50 }, (_, n) => `bulk-${n}`).sort());
    expect(listExerciseIds(db, { query: 'hammer' })).toHaveLength(50);
    expect(listExerciseIds(db, { query: 'zottman curl 7' })).toContain('bulk-7');
    expect(rowCounts(db).bulk_write).toBe(0);
    // Writes after it keep the index row by row again.
    db.transaction(() => insertExercise(db, write('after', 'Spider curl'), 3))();
    expect(listExerciseIds(db, { query: 'spider' })).toEqual(['after']);
    db.close();
  });

  it('takes its pause back with everything else when the write fails', () => {
    const db = migrated();
    const before = rowCounts(db);
    expect(() =>
      db.transaction(() =>
        writeInBulk(db, () => {
          insertExercise(db, write('doomed', 'Doomed curl'), 2);
          throw new Error('disk trouble');
        }),
      )(),
    ).toThrow('disk trouble');
    expect(rowCounts(db)).toEqual(before);
    expect(() => writeInBulk(db, () => ({ result: 1, touched: [] }))).toThrow(/inside a transaction/);
    db.close();
  });
});
