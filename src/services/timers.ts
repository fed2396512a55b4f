import { activeRunSchema } from '@shared/contract/timer-schemas';
import type { ActiveRun } from '@shared/domain';
import { getCircuit } from '../store/repositories/circuits';
import { deleteTimerRun, readTimerRun, writeTimerRun } from '../store/repositories/timer-runs';
import type { ServiceContext } from './context';
import { notFound } from './errors';

/**
 * Each screen's running timer, by the screen's id: two screens on one store each time their own rest.
 * The run the screen is timing lives in the store, not in the page: a reload or a crashed renderer reads
 * it back and resumes at the same spot (the run is anchors and events, never a remaining count). SQLite
 * rather than the browser's localStorage, because the write is committed (synchronous=FULL) before the
 * call returns, while a renderer that crashes can lose localStorage writes not yet handed to the browser
 * process, and a kiosk in web mode may be a different browser after a restart.
 */
export function createTimerService({ db, now }: ServiceContext) {
  return {
    getRun(screenId: string): ActiveRun | null {
      const row = readTimerRun(db, screenId);
      if (!row) return null;
      // A state this version cannot read is forgotten rather than half-played.
      const parsed = activeRunSchema.safeParse(row.state);
      return parsed.success ? parsed.data : null;
    },
    saveRun(screenId: string, run: ActiveRun): ActiveRun {
      if (run.kind === 'circuit' && !getCircuit(db, run.circuitId)) throw notFound('circuit', run.circuitId);
      writeTimerRun(
        db,
        screenId,
        { kind: run.kind, circuitId: run.kind === 'circuit' ? run.circuitId : null, state: run },
        now(),
      );
      return run;
    },
    clearRun(screenId: string): { cleared: boolean } {
      return { cleared: deleteTimerRun(db, screenId) };
    },
  };
}

export type TimerService = ReturnType<typeof createTimerService>;
