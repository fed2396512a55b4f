import { unlockedBackend } from '../support/backend';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '@shared/contract';
import {
  draftOf,
  type Exercise,
  type ExercisePage,
  type ImportProgress,
  type ImportReport,
} from '@shared/domain';
import { DATABASE_FILE_NAME, type Backend } from '../../src/services/backend';
import { libraryRevision } from '../../src/store/repositories/exercises';
import { generateFreeExerciseDb } from '../support/free-exercise-db';
import { countRows } from '../support/store';
import { makeTempDir, type TempDir } from '../support/temp-dir';

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

// An import of thousands of entries takes seconds, more on a machine that is busy with other work.
describe('a big import', { timeout: 90_000 }, () => {
  let dir: TempDir;
  let backend: Backend;
  beforeEach(async () => {
    dir = makeTempDir('gymdeck-import-');
    backend = await unlockedBackend({ dataDir: dir.path });
  });
  afterEach(async () => {
    await backend.services.libraryTransfer.idle();
    backend.close();
    dir.remove();
  });

  it('leaves the other calls answered while it runs, and shows how far it got', async () => {
    const content = JSON.stringify(generateFreeExerciseDb(2000));
    const finished: string[] = [];
    const importing = backend.dispatch('library:import', { content }).then((result) => {
      finished.push('import');
      return result;
    });
    const progress: ImportProgress[] = [];
    const listed = await backend.dispatch('library:list', {});
    finished.push('list');
    const saved = await backend.dispatch('settings:update', { volume: 0.4 });
    finished.push('write');
    while (finished[finished.length - 1] !== 'import') {
      const seen = value<{ progress: ImportProgress | null }>(
        await backend.dispatch('library:import-progress', {}),
      ).progress;
      if (seen) progress.push(seen);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    expect(finished).toEqual(['list', 'write', 'import']);
    expect(value<ExercisePage>(listed).total).toBe(7);
    expect(saved).toMatchObject({ ok: true, value: { volume: 0.4 } });
    expect(value<ImportReport>(await importing).counts).toMatchObject({ added: 2000, skipped: 0 });
    expect(progress.some((seen) => seen.stage === 'checking' && seen.total === 2000)).toBe(true);
    expect(value(await backend.dispatch('library:import-progress', {}))).toEqual({ progress: null });
    expect(countRows(backend.db, 'exercise')).toBe(2007);
  });

  it('brings the search index up to date once a chunk, and the library answers with what it brought', async () => {
    const revision = libraryRevision(backend.db);
    value(await backend.dispatch('library:import', { content: JSON.stringify(generateFreeExerciseDb(500)) }));
    // The revision moves once for each chunk (of 50 to 250 entries), not once for every row it wrote.
    const moved = libraryRevision(backend.db) - revision;
    expect(moved).toBeGreaterThanOrEqual(2);
    expect(moved).toBeLessThanOrEqual(10);
    const found = value<ExercisePage>(
      await backend.dispatch('library:list', { query: 'generated exercise 499' }),
    );
    expect(found.exercises.map((exercise) => exercise.name)).toContain('Generated exercise 499');
    expect(value<ExercisePage>(await backend.dispatch('library:list', {})).total).toBe(507);
  });

  it('answers a write made while it writes before it has written everything', async () => {
    const total = 3000;
    const events: string[] = [];
    const importing = backend.dispatch('library:import', {
      content: JSON.stringify(generateFreeExerciseDb(total)),
    });
    void importing.then(() => events.push('import'));
    await vi.waitFor(
      () => {
        const progress = backend.services.libraryTransfer.importProgress();
        expect(progress).toMatchObject({ stage: 'writing' });
        expect(progress?.done).toBeGreaterThan(0);
      },
      { timeout: 60_000, interval: 5 },
    );
    const saved = await backend.dispatch('settings:update', { volume: 0.3 });
    events.push('write');
    const writtenByThen = countRows(backend.db, 'exercise') - 7;

    expect(saved).toMatchObject({ ok: true, value: { volume: 0.3 } });
    expect(writtenByThen).toBeGreaterThan(0);
    expect(writtenByThen).toBeLessThan(total);
    expect(value<ImportReport>(await importing).counts).toMatchObject({ added: total, skipped: 0 });
    expect(events).toEqual(['write', 'import']);
    expect(countRows(backend.db, 'exercise')).toBe(total + 7);
  });

  it('does not overwrite an edit made between its chunks, and counts every entry in its report', async () => {
    const total = 2000;
    value(
      await backend.dispatch('library:import', { content: JSON.stringify(generateFreeExerciseDb(total)) }),
    );
    const changed = generateFreeExerciseDb(total).map((entry) => ({
      ...entry,
      instructions: [...entry.instructions, 'Breathe out.'],
    }));
    const importing = backend.dispatch('library:import', { content: JSON.stringify(changed) });
    await vi.waitFor(
      () => expect(backend.services.libraryTransfer.importProgress()).toMatchObject({ stage: 'writing' }),
      { timeout: 60_000, interval: 5 },
    );
    // A trainer renames the file's last exercise before the import reaches it.
    const id = 'free-exercise-db-generated-exercise-1999';
    const before = value<Exercise>(await backend.dispatch('library:get', { id }));
    value(
      await backend.dispatch('library:update', {
        id,
        exercise: { ...draftOf(before), name: 'Our exercise', cues: ['Brace.', 'Breathe.'] },
      }),
    );
    const report = value<ImportReport>(await importing);
    expect(report.counts).toEqual({ added: 0, updated: total - 1, unchanged: 0, skipped: 1 });
    // The first hundred of each outcome are listed: the updated ones from the file's start, and the one skipped.
    expect(report.entries.map((entry) => entry.index)).toEqual([...[...Array(100).keys()], total - 1]);
    expect(report.entries.at(-1)).toMatchObject({ reason: { code: 'edited-since-import' } });
    const after = value<Exercise>(await backend.dispatch('library:get', { id }));
    expect(after).toMatchObject({ name: 'Our exercise', steps: before.steps });
    const first = value<Exercise>(
      await backend.dispatch('library:get', { id: 'free-exercise-db-generated-exercise-0' }),
    );
    expect(first.steps.at(-1)).toBe('Breathe out.');
  });

  it('runs one at a time, and no backup is restored under it', async () => {
    const backup = value<{ name: string }>(await backend.dispatch('backups:create', {}));
    const content = JSON.stringify(generateFreeExerciseDb(1500));
    const first = backend.dispatch('library:import', { content, dryRun: true });
    const second = await backend.dispatch('library:import', { content, dryRun: true });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'import-running' } });
    const restore = await backend.dispatch('backups:restore', { name: backup.name });
    expect(restore).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'import-running' } });
    expect(value<ImportReport>(await first).counts.added).toBe(1500);
  });

  it('stops with the app, leaving nothing half-imported', async () => {
    const importing = backend.dispatch('library:import', {
      content: JSON.stringify(generateFreeExerciseDb(2000)),
    });
    await vi.waitFor(() => expect(backend.services.libraryTransfer.importProgress()).not.toBeNull());
    backend.close();
    expect(await importing).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await backend.dispatch('library:list', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    const again = await unlockedBackend({ dataDir: dir.path });
    try {
      expect(countRows(again.db, 'exercise')).toBe(7);
    } finally {
      again.close();
    }
  });

  it('keeps what it wrote when the store fails part-way, says how much, and finishes when run again', async () => {
    // A fault in the middle of the write, as a failing disk would cause, that the store cannot skip.
    const other = new Database(dir.file(DATABASE_FILE_NAME));
    other.exec(`CREATE TRIGGER fail_midway AFTER INSERT ON exercise WHEN NEW.name = 'Generated exercise 700'
                BEGIN SELECT json('this is not JSON'); END;`);
    other.close();
    const content = JSON.stringify(generateFreeExerciseDb(1000));
    const result = await backend.dispatch('library:import', { content });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', field: 'content', reason: 'import-partial', params: { total: 1000 } },
    });
    const imported = Number(!result.ok && result.error.params?.imported);
    // Whole chunks before the one that holds the failing entry, and nothing of that one.
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThanOrEqual(700);
    expect(countRows(backend.db, 'exercise')).toBe(7 + imported);

    backend.db.exec('DROP TRIGGER fail_midway');
    const again = value<ImportReport>(await backend.dispatch('library:import', { content }));
    expect(again.counts).toEqual({ added: 1000 - imported, updated: 0, unchanged: imported, skipped: 0 });
    expect(countRows(backend.db, 'exercise')).toBe(1007);
  });
});

describe('the library limit', { timeout: 60_000 }, () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-limit-')));
  afterEach(() => dir.remove());

  it('refuses a file that would take the library past it, with the numbers, writing nothing', async () => {
    const backend = await unlockedBackend({ dataDir: dir.path, libraryLimit: 100 });
    try {
      const content = JSON.stringify(generateFreeExerciseDb(94));
      for (const dryRun of [true, false]) {
        const refused = await backend.dispatch('library:import', { content, dryRun });
        expect(refused).toMatchObject({
          ok: false,
          error: {
            code: 'invalid-input',
            reason: 'library-full',
            params: { holding: 7, adding: 94, total: 101, max: 100 },
          },
        });
        expect(!refused.ok && refused.error.message).toMatch(/101 exercises.*at most 100/);
      }
      expect(countRows(backend.db, 'exercise')).toBe(7);
      const fits = await backend.dispatch('library:import', {
        content: JSON.stringify(generateFreeExerciseDb(93)),
      });
      expect(value<ImportReport>(fits).counts.added).toBe(93);
      // Full: a new exercise is refused too, and says so the same way.
      const another = await backend.dispatch('library:duplicate', { id: 'face-pull' });
      expect(another).toMatchObject({ ok: false, error: { reason: 'library-full', params: { max: 100 } } });
    } finally {
      backend.close();
    }
  });
});
