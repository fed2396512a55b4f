import type { Db } from '../store/database';

/** What every service is built from: the store, and the clock and id source so tests can fix them. */
export interface ServiceContext {
  db: Db;
  now: () => number;
  newId: () => string;
  /** Where pictures and videos of exercises are kept (the data folder's `media`); without it none can be added. */
  mediaDir?: string | undefined;
  /**
   * Where pictures and videos no exercise names any more wait before they are deleted (the data folder's
   * `media-orphans`); needed with `mediaDir`.
   */
  setAsideMediaDir?: string | undefined;
  /**
   * The store's file, for work done off this thread on a connection of its own (an import); without it
   * (a store in memory) such work runs here.
   */
  storeFile?: string | undefined;
  /** How many exercises the library may hold; LIBRARY_MAX_EXERCISES unless a test says otherwise. */
  libraryLimit?: number | undefined;
}
