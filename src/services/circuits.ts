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
import { DomainError, notFound } from './errors';

export function createCircuitService({ db, now, newId }: ServiceContext) {
  /** Every step must name an exercise of the library (archived ones included: a circuit may keep them). */
  function checkExercises(draft: CircuitDraft): void {
    draft.steps.forEach((step, index) => {
      if (!exerciseExists(db, step.exerciseId)) {
        throw new DomainError(
          'invalid-input',
          `steps.${index}.exerciseId: there is no exercise "${step.exerciseId}" in the library`,
        );
      }
    });
  }

  function get(id: string): Circuit {
    const circuit = getCircuit(db, id);
    if (!circuit) throw notFound('circuit', id);
    return circuit;
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
    setArchived(id: string, archived: boolean): CircuitSummary {
      if (!setCircuitArchivedAt(db, id, archived ? now() : null, now())) throw notFound('circuit', id);
      const summary = get(id);
      return {
        id: summary.id,
        name: summary.name,
        description: summary.description,
        stepCount: summary.stepCount,
        rounds: summary.rounds,
        archived: summary.archived,
      };
    },
  };
}

export type CircuitService = ReturnType<typeof createCircuitService>;
