import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, openStore } from '../../../src/store/database';
import {
  DatabaseFromTheFutureError,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersion,
  type Migration,
} from '../../../src/store/migrations';
import {
  exercisesChangedSince,
  getExercise,
  libraryRevision,
  listExerciseIds,
} from '../../../src/store/repositories/exercises';
import { seedLibrary } from '../../../src/store/seed/seed';
import { rowCounts, tableNames } from '../../support/store';
import { makeTempDir, type TempDir } from '../../support/temp-dir';

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function schemaSql(db: Database.Database): string[] {
  return db
    .prepare<[], { sql: string }>('SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name')
    .all()
    .map((row) => row.sql);
}

/**
 * Every row of the exercise tables, in a fixed order: what a library is, read the same way at any version
 * (the repository reads columns later migrations add).
 */
function libraryRows(db: Database.Database): Record<string, unknown[]> {
  const tables = ['exercise', 'exercise_alias', 'exercise_tag', 'exercise_muscle', 'exercise_equipment'];
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]),
  );
}

describe('migrations', () => {
  it('number their steps 1, 2, 3 ... with no gap, so user_version is the index of the last one applied', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('bring a fresh database to the latest schema', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['exercise', 'circuit', 'circuit_step', 'member', 'logged_set', 'setting']),
    );
    db.close();
  });

  it('create every table STRICT', () => {
    const db = openStore(':memory:');
    const tables = db
      .prepare<[], { name: string; strict: number; sql: string }>(
        `SELECT t.name, t.strict, s.sql FROM pragma_table_list t JOIN sqlite_schema s ON s.name = t.name
         WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite_%'`,
      )
      .all();
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(table.strict, table.name).toBe(1);
      expect(table.sql, table.name).toMatch(/\)\s*STRICT\b/);
    }
    db.close();
  });

  it('do nothing when run a second time', () => {
    const db = openStore(':memory:');
    db.prepare("INSERT INTO member (id, display_name, created_at) VALUES ('m', 'Kim', 1)").run();
    const before = { sql: schemaSql(db), rows: rowCounts(db) };
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect({ sql: schemaSql(db), rows: rowCounts(db) }).toEqual(before);
    db.close();
  });

  it('apply only the steps a database has not had yet', () => {
    const applied: number[] = [];
    const tracked: Migration[] = [1, 2, 3].map((version) => ({
      version,
      name: `step-${version}`,
      up: (db) => {
        applied.push(version);
        db.exec(`CREATE TABLE t${version} (x INTEGER) STRICT`);
      },
    }));
    const db = new Database(':memory:');
    expect(migrate(db, tracked.slice(0, 2))).toBe(2);
    expect(applied).toEqual([1, 2]);
    expect(migrate(db, tracked)).toBe(3);
    expect(applied).toEqual([1, 2, 3]);
    db.close();
  });

  it('roll a failing step back entirely, keeping the steps before it', () => {
    const steps: Migration[] = [
      { version: 1, name: 'good', up: (db) => db.exec('CREATE TABLE good (x INTEGER) STRICT') },
      {
        version: 2,
        name: 'half-done',
        up: (db) => {
          db.exec('CREATE TABLE half (x INTEGER) STRICT; INSERT INTO good VALUES (1);');
          throw new Error('step 2 failed');
        },
      },
    ];
    const db = new Database(':memory:');
    expect(() => migrate(db, steps)).toThrow('step 2 failed');
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['good']);
    expect(db.prepare('SELECT count(*) FROM good').pluck().get()).toBe(0);
    db.close();
  });

  it('roll back a step that fails in SQL', () => {
    const steps: Migration[] = [
      {
        version: 1,
        name: 'broken',
        up: (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT; CREATE TABLE a (y INTEGER) STRICT;'),
      },
    ];
    const db = new Database(':memory:');
    expect(() => migrate(db, steps)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });
});

describe('migration 2 (exercise search)', () => {
  it('indexes the exercises a version-1 store already holds, and keeps the index in step afterwards', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    seedLibrary(db, 1);
    expect(schemaVersion(db)).toBe(1);

    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    const search = (text: string): string[] => listExerciseIds(db, { query: text });
    expect(search('landmine')).toEqual(['t-bar-row']);
    expect(search('rhomboid')).toContain('reverse-fly');

    db.prepare("UPDATE exercise SET name = 'Prone Y raise' WHERE id = 'reverse-fly'").run();
    db.prepare("INSERT INTO exercise_alias (exercise_id, alias) VALUES ('deadlift', 'hip hinge')").run();
    expect(search('prone')).toEqual(['reverse-fly']);
    expect(search('hinge')).toEqual(['deadlift']);
    db.close();
  });
});

describe('migration 4 (library revision)', () => {
  it('starts the revision on a version-3 store with its library and moves it on the next library write', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    seedLibrary(db, 1);
    const before = libraryRows(db);

    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(libraryRevision(db)).toBe(0);
    expect(libraryRows(db)).toEqual(before);
    db.prepare("UPDATE exercise SET archived_at = 5 WHERE id = 'deadlift'").run();
    expect(libraryRevision(db)).toBe(1);
    db.close();
  });
});

describe('migration 5 (library changes)', () => {
  it('keeps a version-4 store and its revision, then records which exercise each library write changed', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    seedLibrary(db, 1);
    db.prepare("UPDATE exercise SET archived_at = 5 WHERE id = 'deadlift'").run();
    const revision = libraryRevision(db);
    const before = libraryRows(db);

    expect(migrate(db, MIGRATIONS.slice(0, 5))).toBe(5);
    expect(libraryRevision(db)).toBe(revision);
    expect(libraryRows(db)).toEqual(before);
    expect(exercisesChangedSince(db, 0)).toEqual([]);

    db.prepare("UPDATE exercise SET name = 'Rope face pull' WHERE id = 'face-pull'").run();
    db.prepare("INSERT INTO exercise_alias (exercise_id, alias) VALUES ('t-bar-row', 'Corner row')").run();
    db.prepare("DELETE FROM exercise_tag WHERE exercise_id = 'reverse-fly'").run();
    expect(libraryRevision(db)).toBeGreaterThan(revision);
    expect(exercisesChangedSince(db, revision).sort()).toEqual(['face-pull', 'reverse-fly', 't-bar-row']);
    const later = libraryRevision(db);
    db.prepare(
      "UPDATE exercise_muscle SET exercise_id = 'reverse-fly' WHERE exercise_id = 'pull-up' AND muscle_id = 'lats'",
    ).run();
    expect(exercisesChangedSince(db, later).sort()).toEqual(['pull-up', 'reverse-fly']);
    // A logged set or a setting is not a library change.
    db.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('x', '1', 1)").run();
    expect(exercisesChangedSince(db, libraryRevision(db))).toEqual([]);
    db.close();
  });
});

describe('migration 8 (trainer access)', () => {
  it('keeps every row of a version-7 store and adds no PIN, no lock-out and no paired screen', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 7));
    seedLibrary(db, 1);
    const before = rowCounts(db);
    expect(migrate(db, MIGRATIONS.slice(0, 8))).toBe(8);
    expect(rowCounts(db)).toEqual({ ...before, trainer_pin: 0, pin_lockout: 0, paired_screen: 0 });
    expect(() =>
      db
        .prepare(
          "INSERT INTO trainer_pin (id, hash, salt, cost, block_size, parallelism, set_at) VALUES (2, x'00', x'00', 2, 1, 1, 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 9 (shared media files)', () => {
  it('keeps every media row of a version-8 store, and then lets two rows name one file', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 8));
    seedLibrary(db, 1);
    const insert = db.prepare(
      `INSERT INTO exercise_media (id, exercise_id, position, kind, role, file_name, mime_type, byte_size, created_at)
       VALUES (?, ?, 0, 'image', 'start', ?, 'image/png', 10, 1)`,
    );
    insert.run('m1', 'face-pull', 'm1.png');
    expect(() => insert.run('m2', 'deadlift', 'm1.png')).toThrow(/UNIQUE/);
    const rows = db.prepare('SELECT * FROM exercise_media ORDER BY id').all();

    expect(migrate(db, MIGRATIONS.slice(0, 9))).toBe(9);
    expect(db.prepare('SELECT * FROM exercise_media ORDER BY id').all()).toEqual(rows);
    insert.run('m2', 'deadlift', 'm1.png');
    expect(db.prepare("SELECT count(*) FROM exercise_media WHERE file_name = 'm1.png'").pluck().get()).toBe(
      2,
    );
    // Still removed with its exercise.
    db.exec("DELETE FROM circuit_step; DELETE FROM exercise WHERE id = 'deadlift'");
    expect(db.prepare('SELECT id FROM exercise_media').pluck().all()).toEqual(['m1']);
    db.close();
  });
});

describe('migration 10 (figure choice)', () => {
  it('keeps every exercise of a version-9 store with its figure shown, and then keeps a choice', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 9));
    seedLibrary(db, 1);
    db.prepare("UPDATE exercise SET name = 'Rope face pull', archived_at = 7 WHERE id = 'face-pull'").run();
    const before = libraryRows(db);
    const exercises = before.exercise as Record<string, unknown>[];

    expect(migrate(db, MIGRATIONS.slice(0, 10))).toBe(10);
    expect(libraryRows(db)).toEqual({
      ...before,
      exercise: exercises.map((row) => ({ ...row, figure_choice: 'show' })),
    });
    expect(getExercise(db, 'face-pull')).toMatchObject({
      name: 'Rope face pull',
      archived: true,
      figure: 'face-pull',
      figureChoice: 'show',
    });

    const revision = libraryRevision(db);
    db.prepare("UPDATE exercise SET figure_choice = 'hide' WHERE id = 'pull-up'").run();
    expect(getExercise(db, 'pull-up')).toMatchObject({ figure: 'pull-up', figureChoice: 'hide' });
    // A choice is a library change: summaries kept in memory are read again.
    expect(exercisesChangedSince(db, revision)).toEqual(['pull-up']);
    expect(() =>
      db.prepare("UPDATE exercise SET figure_choice = 'sideways' WHERE id = 'deadlift'").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

describe('a database written by a newer Gymdeck', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  /** What a later version would leave behind: our schema, some data, and a higher user_version. */
  function futureDatabase(file: string, journalMode: 'wal' | 'delete'): void {
    const db = openStore(file);
    db.prepare("INSERT INTO member (id, display_name, created_at) VALUES ('m', 'Kim', 1)").run();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.pragma(`journal_mode = ${journalMode}`);
    db.close();
  }

  for (const journalMode of ['wal', 'delete'] as const) {
    it(`is refused and left byte for byte as it was (journal_mode=${journalMode})`, () => {
      const file = dir.file('future.db');
      futureDatabase(file, journalMode);
      const before = sha256(file);

      let refusal: unknown;
      try {
        openStore(file).close();
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(DatabaseFromTheFutureError);
      expect(refusal).toMatchObject({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
      expect((refusal as Error).message).toMatch(/newer version of Gymdeck/);

      expect(sha256(file)).toBe(before);
      expect(existsSync(`${file}-wal`)).toBe(false);
      const check = new Database(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
      check.close();
    });
  }

  it('is refused by migrate itself without running any step', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(DatabaseFromTheFutureError);
    expect(tableNames(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(99);
    db.close();
  });
});
