import type { KioskFileKind } from '@shared/contract';
import type { Db } from '../store/database';
import type { PinHashing } from './pin-hash';

/** A file a trainer chose in the kiosk's own dialog: its name and size, and its bytes when asked for. */
export interface PickedFile {
  name: string;
  size: number;
  read(): Buffer;
}

/** What only the Electron shell can do; web mode has none of it. */
export interface KioskShell {
  /** Opens the system's file dialog for a trainer; null when the trainer cancelled it. */
  openFile(kind: KioskFileKind): Promise<PickedFile | null>;
  /** Leaves the kiosk (the app quits). */
  quit(): void;
}

/** What every service is built from: the store, and the clocks and id source so tests can fix them. */
export interface ServiceContext {
  db: Db;
  /** Wall-clock milliseconds, for what is stored and shown as a date. */
  now: () => number;
  /**
   * Milliseconds on a steady clock that setting the system clock does not move, for how long something
   * has lasted (a PIN lock-out, an idle trainer). It may start anywhere, and starts again with the process.
   */
  steadyNow: () => number;
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
  /** How a new PIN is hashed; tests use a cheap cost. */
  pinHashing?: PinHashing | undefined;
  /** The Electron shell's own powers, when the API serves its window. */
  shell?: KioskShell | undefined;
}
