import type Database from 'better-sqlite3';
import { initialSchema } from './001-initial-schema';
import { exerciseSearch } from './002-exercise-search';
import { exerciseImport } from './003-exercise-import';
import { libraryRevision } from './004-library-revision';
import { libraryChanges } from './005-library-changes';
import { bulkWrite } from './006-bulk-write';
import { memberSessions } from './007-member-sessions';
import { trainerAccess } from './008-trainer-access';
import { sharedMediaFiles } from './009-shared-media-files';
import { figureChoice } from './010-figure-choice';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Forward only: a step, once released, is never edited; a change is a new step. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  exerciseSearch,
  exerciseImport,
  libraryRevision,
  libraryChanges,
  bulkWrite,
  memberSessions,
  trainerAccess,
  sharedMediaFiles,
  figureChoice,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export class DatabaseFromTheFutureError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data was written by a newer version of Gymdeck (schema ${found}); this version understands up to ` +
        `schema ${supported}. Install the newer Gymdeck again, or start with another data folder. ` +
        'The data has not been changed.',
    );
    this.name = 'DatabaseFromTheFutureError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Throws, having written nothing, when the database was made by an app that knows more migrations. */
export function refuseDatabaseFromTheFuture(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new DatabaseFromTheFutureError(current, migrations.length);
}

/** Applies every pending migration, each in its own transaction together with its version bump. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  refuseDatabaseFromTheFuture(db, migrations);
  const current = schemaVersion(db);
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
