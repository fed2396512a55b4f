import type { Circuit, CircuitDraft, CircuitSummary } from '@shared/domain';
import {
  getCircuit,
  insertCircuit,
  listCircuitSummaries,
  setCircuitArchivedAt,
  updateCircuit,
} from '../store/repositories/circuits';
import { exerciseExists } from '../store/repositories/exercises';
import type { ServiceContext } from './context';
import { invalidField, notFound } from './errors';

export function createCircuitService({ db, now, newId }: ServiceContext) {
  /** Every step must name an exercise of the library (archived ones included: a circuit may keep them). */
  function checkExercises(draft: CircuitDraft): void {
    draft.steps.forEach((step, index) => {
      if (!exerciseExists(db, step.exerciseId)) {
        throw invalidField(
          `steps.${index}.exerciseId`,
          'unknown-reference',
          `there is no exercise "${step.exerciseId}" in the library`,
          { value: step.exerciseId },
        );
      }
    });
  }

  function get(id: string): Circuit {
    const circuit = getCircuit(db, id);
    if (!circuit) throw notFound('circuit', id);
    return circuit;
  }

  function setArchivedAt(id: string, archivedAt: number | null): Circuit {
    if (!setCircuitArchivedAt(db, id, archivedAt, now())) throw notFound('circuit', id);
    return get(id);
  }

  return {
    list(includeArchived = false): CircuitSummary[] {
      return listCircuitSummaries(db, includeArchived);
    },
    get,
    create(draft: CircuitDraft): Circuit {
      checkExercises(draft);
      const id = newId();
      db.transaction(() => insertCircuit(db, { ...draft, id, seedKey: null }, now()))();
      return get(id);
    },
    update(id: string, draft: CircuitDraft): Circuit {
      checkExercises(draft);
      const updated = db.transaction(() => updateCircuit(db, { ...draft, id }, now()))();
      if (!updated) throw notFound('circuit', id);
      return get(id);
    },
    /** Takes a circuit off the lists (and off the display loop); its history stays. */
    archive(id: string): Circuit {
      return setArchivedAt(id, now());
    },
    restore(id: string): Circuit {
      return setArchivedAt(id, null);
    },
  };
}

export type CircuitService = ReturnType<typeof createCircuitService>;
