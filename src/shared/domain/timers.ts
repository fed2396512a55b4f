import type { CircuitSettings, CircuitStep } from './circuits';

/** What a trainer writes to create or change a circuit. */
export interface CircuitDraft extends CircuitSettings {
  name: string;
  description: string;
  steps: CircuitStep[];
}

/** Limits of a circuit, shared by the contract's validation and the editor's controls. */
export const CIRCUIT_LIMITS = {
  nameLength: 120,
  descriptionLength: 500,
  steps: 40,
  workSeconds: 3600,
  repTarget: 1000,
  getReadySeconds: 600,
  restSeconds: 3600,
  rounds: 100,
  roundBreakSeconds: 3600,
} as const;

/** A countdown as it is stored: see `Countdown` in src/shared/timing. */
export interface StoredCountdown {
  durationMs: number;
  endsAt: number | null;
  pausedRemainingMs: number | null;
}

/** A run event as it is stored: see `RunEvent` in src/shared/timing. */
export type StoredRunEvent =
  | { type: 'pause' | 'resume' | 'skip' | 'back' | 'stop' | 'done'; at: number }
  | { type: 'adjust'; at: number; deltaMs: number };

/**
 * The timer a screen is running, as anchors and events (never a remaining count), so that a reload or a
 * crashed renderer resumes at the same spot. Times are on the screen's page clock (wall-based).
 */
export type ActiveRun =
  | {
      kind: 'countdown';
      /** The rest length asked for, to recognise the same rest after a reload. */
      restSeconds: number;
      /** The exercise the rest belongs to, if any. */
      exerciseId: string | null;
      countdown: StoredCountdown;
    }
  | { kind: 'circuit'; circuitId: string; startedAt: number; events: StoredRunEvent[] };

/** Settings of the kiosk screen. */
export interface KioskSettings {
  /** Seconds without a touch before any screen returns to the display loop. */
  idleSeconds: number;
  /** The circuit the display loop plays: the trainer's choice, else the posture circuit; null if there is none. */
  displayCircuitId: string | null;
  /** Cue loudness from 0 (silent) to 1. */
  volume: number;
  /** Seconds without a trainer call before trainer mode locks itself on that screen. */
  trainerIdleSeconds: number;
  /** How much the pictures and videos of the library may take on disk, in megabytes. */
  mediaQuotaMegabytes: number;
}

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = {
  idleSeconds: 90,
  displayCircuitId: null,
  volume: 0.8,
  trainerIdleSeconds: 120,
  mediaQuotaMegabytes: 2048,
};

export const SETTING_LIMITS = {
  idleSeconds: { min: 15, max: 3600 },
  trainerIdleSeconds: { min: 30, max: 3600 },
  mediaQuotaMegabytes: { min: 256, max: 102_400 },
} as const;
