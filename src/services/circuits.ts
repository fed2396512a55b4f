import type { Circuit, CircuitSummary } from '../shared/domain';
import { getCircuit, listCircuitSummaries } from '../store/repositories/circuits';
import type { ServiceContext } from './context';
import { notFound } from './errors';

export function createCircuitService({ db }: ServiceContext) {
  return {
    list(includeArchived = false): CircuitSummary[] {
      return listCircuitSummaries(db, includeArchived);
    },
    get(id: string): Circuit {
      const circuit = getCircuit(db, id);
      if (!circuit) throw notFound('circuit', id);
      return circuit;
    },
  };
}

export type CircuitService = ReturnType<typeof createCircuitService>;
