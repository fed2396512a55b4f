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
import { createKioskService } from './kiosk';
import { createScreenService } from './screens';
import { createTrainerAccessService } from './trainer-access';

export function createServices(context: ServiceContext) {
  const sessions = createSessionService(context);
  const settings = createSettingsService(context);
  const trainer = createTrainerAccessService(context, () => settings.get().trainerIdleSeconds * 1000);
  return {
    library: createLibraryService(context),
    libraryEditing: createLibraryEditingService(
      context,
      () => settings.get().mediaQuotaMegabytes * 1024 * 1024,
    ),
    libraryTransfer: createLibraryTransferService(context),
    circuits: createCircuitService(context),
    members: createMemberService(context, sessions),
    plans: createPlanService(context),
    sessions,
    settings,
    timers: createTimerService(context),
    system: createSystemService(context),
    trainer,
    screens: createScreenService(context, (screenId) => trainer.lock(screenId)),
    kiosk: createKioskService(context),
  };
}

export type Services = ReturnType<typeof createServices>;

/** The production context: wall clock, the process's steady clock and random UUIDs. */
export function defaultContext(db: Db, mediaDir?: string): ServiceContext {
  return {
    db,
    now: () => Date.now(),
    steadyNow: () => performance.now(),
    newId: () => randomUUID(),
    mediaDir,
  };
}
