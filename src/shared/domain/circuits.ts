export type Side = 'both' | 'left' | 'right';

export interface CircuitStep {
  exerciseId: string;
  /** Exactly one of workSeconds and repTarget is set. */
  workSeconds: number | null;
  repTarget: number | null;
  side: Side;
  /** Overrides the circuit's rest after this step. */
  restSeconds: number | null;
}

export interface CircuitSettings {
  getReadySeconds: number;
  restSeconds: number;
  /** 0 means the circuit repeats forever. */
  rounds: number;
  roundBreakSeconds: number;
  sound: boolean;
  flash: boolean;
  halfwayCue: boolean;
}

export interface CircuitSummary {
  id: string;
  name: string;
  description: string;
  stepCount: number;
  rounds: number;
  archived: boolean;
}

export interface Circuit extends CircuitSummary, CircuitSettings {
  steps: CircuitStep[];
}

/**
 * The timing a new circuit starts from, and the built-in posture circuit's: 10 s to get ready, 20 s rest,
 * 3 rounds with a minute between them. Every number is a default a trainer can change.
 */
export const DEFAULT_CIRCUIT_SETTINGS: Readonly<CircuitSettings> = {
  getReadySeconds: 10,
  restSeconds: 20,
  rounds: 3,
  roundBreakSeconds: 60,
  sound: true,
  flash: true,
  halfwayCue: false,
};

/** A new step's work: 40 s, or 12 reps when it counts reps. */
export const DEFAULT_STEP_WORK = { workSeconds: 40, repTarget: 12 } as const;
