import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { createCircuitService } from './circuits';
import type { ServiceContext } from './context';
import { createLibraryService } from './library';
import { createSessionService } from './sessions';

export function createServices(context: ServiceContext) {
  return {
    library: createLibraryService(context),
    circuits: createCircuitService(context),
    sessions: createSessionService(context),
  };
}

export type Services = ReturnType<typeof createServices>;

/** The production context: wall clock and random UUIDs. */
export function defaultContext(db: Db): ServiceContext {
  return { db, now: () => Date.now(), newId: () => randomUUID() };
}
