import {
  DEFAULT_CIRCUIT_SETTINGS,
  DEFAULT_STEP_WORK,
  type Circuit,
  type CircuitDraft,
  type CircuitStep,
} from '@shared/domain';
import { plannedRunMs, definitionFromCircuit } from '@shared/timing';

/** A new circuit: the default timing, no steps yet. */
export function emptyDraft(): CircuitDraft {
  return { name: '', description: '', ...DEFAULT_CIRCUIT_SETTINGS, steps: [] };
}

export function draftFromCircuit(circuit: Circuit): CircuitDraft {
  return {
    name: circuit.name,
    description: circuit.description,
    getReadySeconds: circuit.getReadySeconds,
    restSeconds: circuit.restSeconds,
    rounds: circuit.rounds,
    roundBreakSeconds: circuit.roundBreakSeconds,
    sound: circuit.sound,
    flash: circuit.flash,
    halfwayCue: circuit.halfwayCue,
    steps: circuit.steps.map((step) => ({ ...step })),
  };
}

export function newStep(exerciseId: string): CircuitStep {
  return {
    exerciseId,
    workSeconds: DEFAULT_STEP_WORK.workSeconds,
    repTarget: null,
    side: 'both',
    restSeconds: null,
  };
}

/** Switches a step between a duration and a rep target, keeping exactly one of them. */
export function withMode(step: CircuitStep, mode: 'time' | 'reps'): CircuitStep {
  if (mode === 'time')
    return { ...step, workSeconds: step.workSeconds ?? DEFAULT_STEP_WORK.workSeconds, repTarget: null };
  return { ...step, workSeconds: null, repTarget: step.repTarget ?? DEFAULT_STEP_WORK.repTarget };
}

/** The list with the step at `index` moved by `by` places (clamped to the list). */
export function moveStep<T>(steps: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= steps.length) return [...steps];
  const moved = [...steps];
  const [step] = moved.splice(index, 1);
  if (step !== undefined) moved.splice(target, 0, step);
  return moved;
}

/** The length of one round in seconds, with rep targets estimated; for the editor's summary. */
export function roundSeconds(draft: CircuitDraft): number {
  return (plannedRunMs(definitionFromCircuit({ ...draft, rounds: 1, getReadySeconds: 0 })) ?? 0) / 1000;
}
