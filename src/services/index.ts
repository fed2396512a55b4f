import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { createCircuitService } from './circuits';
import type { ServiceContext } from './context';
import { createLibraryService } from './library';
import { createLibraryEditingService } from './library-editing';
import { createLibraryTransferService } from './library-transfer';
import { createMemberService } from './members';
import { createPlanService } from './plans';
import { createSessionService } from './sessions';
import { createSettingsService } from './settings';
import { createSystemService } from './system';
import { createTimerService } from './timers';

export function createServices(context: ServiceContext) {
  const sessions = createSessionService(context);
  return {
    library: createLibraryService(context),
    libraryEditing: createLibraryEditingService(context),
    libraryTransfer: createLibraryTransferService(context),
    circuits: createCircuitService(context),
    members: createMemberService(context, sessions),
    plans: createPlanService(context),
    sessions,
    settings: createSettingsService(context),
    timers: createTimerService(context),
    system: createSystemService(context),
  };
}

export type Services = ReturnType<typeof createServices>;

/** The production context: wall clock and random UUIDs. */
export function defaultContext(db: Db, mediaDir?: string): ServiceContext {
  return { db, now: () => Date.now(), newId: () => randomUUID(), mediaDir };
}
