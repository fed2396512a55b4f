import type { CircuitSettings, CircuitStep } from '../domain';

/** The timing of one circuit step. */
export interface RunStep {
  /** Length of the work phase; 0 skips it (unless `untilDone`). */
  readonly workSeconds: number;
  /** The work phase lasts until it is marked done (a rep target), whatever `workSeconds` says. */
  readonly untilDone?: boolean;
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
 * The time given to one repetition when a step's rep target becomes an estimated duration (on the display
 * loop, which nobody touches): about one second up, two down.
 */
export const DEFAULT_SECONDS_PER_REP = 3;

/**
 * How rep-target steps are timed: 'until-done' waits for a "Done" touch (the player, with someone at the
 * screen); 'estimate' turns the target into `repTarget * secondsPerRep` seconds (an unattended display).
 */
export interface DefinitionOptions {
  readonly repSteps?: 'until-done' | 'estimate';
  readonly secondsPerRep?: number;
}

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
 * duration either waits until it is marked done or gets `repTarget * secondsPerRep` seconds of work (see
 * `DefinitionOptions`; a number is taken as `secondsPerRep` with estimated rep steps).
 *
 * Sides need no expansion: a step's side is 'both' (one bilateral phase) or a single 'left' / 'right', so
 * an exercise done on each side is two consecutive steps, and the first one's rest override is the time
 * to switch sides.
 */
export function definitionFromCircuit(
  circuit: CircuitTiming,
  options: DefinitionOptions | number = {},
): RunDefinition {
  const { repSteps = 'estimate', secondsPerRep = DEFAULT_SECONDS_PER_REP } =
    typeof options === 'number' ? { secondsPerRep: options } : options;
  return {
    steps: circuit.steps.map((step): RunStep => {
      const restSeconds = step.restSeconds ?? null;
      if (step.workSeconds == null && step.repTarget != null && repSteps === 'until-done') {
        return { workSeconds: 0, untilDone: true, restSeconds };
      }
      return { workSeconds: step.workSeconds ?? (step.repTarget ?? 0) * secondsPerRep, restSeconds };
    }),
    getReadySeconds: circuit.getReadySeconds,
    restSeconds: circuit.restSeconds,
    rounds: circuit.rounds <= 0 ? 'forever' : circuit.rounds,
    roundBreakSeconds: circuit.roundBreakSeconds,
  };
}
