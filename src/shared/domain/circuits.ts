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
