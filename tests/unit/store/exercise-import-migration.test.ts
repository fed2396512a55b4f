import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src/store/migrations';
import { openDatabase } from '../../../src/store/database';
import { recordImport, importedContentHash } from '../../../src/store/repositories/exercise-import';
import { seedLibrary } from '../../../src/store/seed/seed';
import { countRows, rowCounts } from '../../support/store';

describe('migration 3 (exercise import records)', () => {
  it('keeps every row of a version-2 store and adds an empty record of imports', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    seedLibrary(db, 1);
    const before = rowCounts(db);

    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(schemaVersion(db)).toBe(3);
    expect(rowCounts(db)).toEqual({ ...before, exercise_import: 0 });
    db.close();
  });

  it('forgets the record of an exercise when the exercise is deleted', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    seedLibrary(db, 1);
    recordImport(db, { exerciseId: 'face-pull', format: 'free-exercise-db', contentHash: 'abc' }, 2);
    recordImport(db, { exerciseId: 'face-pull', format: 'free-exercise-db', contentHash: 'def' }, 3);
    expect(importedContentHash(db, 'face-pull')).toBe('def');
    db.exec("DELETE FROM circuit; DELETE FROM plan; DELETE FROM exercise WHERE id = 'face-pull'");
    expect(countRows(db, 'exercise_import')).toBe(0);
    db.close();
  });
});
