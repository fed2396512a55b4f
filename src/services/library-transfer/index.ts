import {
  draftOf,
  EXPORT_FORMAT_NAME,
  EXPORT_FORMAT_VERSION,
  type ExportedExercise,
  type ImportProgress,
  type ImportReport,
  type LibraryExportDocument,
} from '@shared/domain';
import { countMedia } from '../../store/repositories/exercise-media';
import { getExercise, listExerciseIds, seedKeysById } from '../../store/repositories/exercises';
import { listEquipmentWithTerms } from '../../store/repositories/vocabulary';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { UnreadJson } from '../unread-json';
import { planImport, reportOfPlan, writeImport, type ImportRequest } from './import-plan';
import { readImportRequest } from './import-request';
import { createImportRunner } from './import-runner';

export { MAX_IMPORT_ENTRIES, type ImportRequest } from './import-plan';

export function createLibraryTransferService({ db, now, newId, storeFile, libraryLimit }: ServiceContext) {
  // A store in a file is imported into off this thread, on a connection of its own; one in memory (tests)
  // here, with the same plan and the same write.
  const runner = storeFile ? createImportRunner({ storeFile, libraryLimit }) : null;
  let inThreadProgress: ImportProgress | null = null;

  async function importHere(given: ImportRequest | UnreadJson): Promise<ImportReport> {
    try {
      const request = given instanceof UnreadJson ? readImportRequest(given.chunks) : given;
      const onProgress = (progress: ImportProgress): void => {
        inThreadProgress = progress;
      };
      const plan = planImport(db, request, { newId, libraryLimit, onProgress });
      if (plan.dryRun) return reportOfPlan(plan);
      return await writeImport(db, plan, now(), {
        mayWrite: () => Promise.resolve(),
        written: () => undefined,
        transact: (write) => db.transaction(write).immediate(),
        replan: () => db.transaction(() => planImport(db, request, { newId, libraryLimit }))(),
        onProgress,
      });
    } finally {
      inThreadProgress = null;
    }
  }

  return {
    /** The whole library (archived exercises too), or the exercises named, as a Gymdeck export. */
    exportLibrary(ids?: readonly string[]): LibraryExportDocument {
      const chosen = ids ? [...new Set(ids)] : listExerciseIds(db, { status: 'all' });
      const seedKeys = seedKeysById(db);
      const exercises = chosen.map((id): ExportedExercise => {
        const exercise = getExercise(db, id);
        if (!exercise) throw notFound('exercise', id);
        return {
          id: exercise.id,
          ...draftOf(exercise),
          archived: exercise.archived,
          seedKey: seedKeys.get(id) ?? null,
        };
      });
      const used = new Set(exercises.flatMap((exercise) => exercise.equipment));
      return {
        format: EXPORT_FORMAT_NAME,
        version: EXPORT_FORMAT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        equipment: listEquipmentWithTerms(db)
          .filter((item) => used.has(item.id))
          .map(({ id, name }) => ({ id, name })),
        exercises,
        mediaLeftOut: countMedia(db, ids ? chosen : null),
      };
    },

    /**
     * Imports every sound entry of a file and reports what happened to each; with `dryRun` it only reports
     * what an import would do. The file is read, checked and compared with the library first, without
     * writing; then it is written in short transactions (see writeImport), between which others may
     * write. A failure part-way keeps the whole exercises already written and says how many; importing the
     * same file again finishes it. A file that cannot be read at all, or that would take the library past
     * its limit, is refused as a whole. The request may be a body its transport left unread: it is then
     * read and checked on the import's own thread.
     */
    async importLibrary(request: ImportRequest | UnreadJson): Promise<ImportReport> {
      return runner ? runner.run(request, now()) : importHere(request);
    },

    /** How far the running import has got; null when none runs. */
    importProgress(): ImportProgress | null {
      return runner ? runner.progress() : inThreadProgress;
    },

    /**
     * Settles once the running import (if any) no longer holds the store's write lock. Writes on this
     * thread wait for it, so that they never wait for the lock inside SQLite, which would stop the thread.
     */
    writesAllowed(): Promise<void> {
      return runner ? runner.writesAllowed() : Promise.resolve();
    },

    /** True while an import runs (a store must not be replaced under it). */
    importing(): boolean {
      return runner?.progress() != null;
    },

    /** Settles once no import runs. */
    idle(): Promise<void> {
      return runner ? runner.idle() : Promise.resolve();
    },

    /** Stops a running import (as the app closes); nothing of it that was not committed stays. */
    stop(): void {
      runner?.stop();
    },
  };
}

export type LibraryTransferService = ReturnType<typeof createLibraryTransferService>;
