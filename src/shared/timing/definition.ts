import type { CircuitSettings, CircuitStep } from '../domain';

/** The timing of one circuit step. */
export interface RunStep {
  /** Length of the work phase; 0 skips it. */
  readonly workSeconds: number;
  /** Rest after this step; null or absent falls back to the definition's `restSeconds`. */
  readonly restSeconds?: number | null;
}

/** Everything the timing of a circuit run depends on, and nothing else. */
export interface RunDefinition {
  readonly steps: readonly RunStep[];
  /** Played once before the first round; 0 skips it. */
  readonly getReadySeconds: number;
  /** Default rest after a step, for steps that do not set their own. */
  readonly restSeconds: number;
  /** How many times the steps are played (a whole number from 1); 'forever' repeats them until stopped. */
  readonly rounds: number | 'forever';
  /** Between two rounds (never after the last one); 0 skips it. */
  readonly roundBreakSeconds: number;
}

/**
 * The time given to one repetition when a step has a rep target instead of a duration. A hands-free player
 * cannot wait for a tap, so a rep target becomes an estimated duration: about one second up, two down.
 */
export const DEFAULT_SECONDS_PER_REP = 3;

/** The timing fields of a circuit step; rep target and rest are optional so lighter step shapes fit too. */
export type CircuitStepTiming = Pick<CircuitStep, 'workSeconds'> &
  Partial<Pick<CircuitStep, 'repTarget' | 'restSeconds'>>;

/** The timing fields of a circuit (a stored `Circuit` fits as is). */
export type CircuitTiming = Pick<
  CircuitSettings,
  'getReadySeconds' | 'restSeconds' | 'rounds' | 'roundBreakSeconds'
> & {
  readonly steps: readonly CircuitStepTiming[];
};

/**
 * Turns a circuit into a run definition: `rounds: 0` means forever, and a step with a rep target and no
 * duration gets `repTarget * secondsPerRep` seconds of work.
 *
 * Sides need no expansion: a step's side is 'both' (one bilateral phase) or a single 'left' / 'right', so
 * an exercise done on each side is two consecutive steps, and the first one's rest override is the time
 * to switch sides.
 */
export function definitionFromCircuit(
  circuit: CircuitTiming,
  secondsPerRep: number = DEFAULT_SECONDS_PER_REP,
): RunDefinition {
  return {
    steps: circuit.steps.map((step) => ({
      workSeconds: step.workSeconds ?? (step.repTarget ?? 0) * secondsPerRep,
      restSeconds: step.restSeconds ?? null,
    })),
    getReadySeconds: circuit.getReadySeconds,
    restSeconds: circuit.restSeconds,
    rounds: circuit.rounds <= 0 ? 'forever' : circuit.rounds,
    roundBreakSeconds: circuit.roundBreakSeconds,
  };
}
