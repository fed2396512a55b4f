import { DEFAULT_CIRCUIT_SETTINGS, DEFAULT_STEP_WORK, type CircuitSettings, type Side } from '@shared/domain';

export interface CircuitSeed extends CircuitSettings {
  seedKey: string;
  name: string;
  description: string;
  steps: { exerciseSeedKey: string; workSeconds: number; side: Side }[];
}

/** The circuit the display loop plays when nobody touches the screen. Every number is a default. */
export const POSTURE_CIRCUIT: CircuitSeed = {
  seedKey: 'posture-circuit',
  name: 'Posture circuit',
  description: 'Four movements for the middle back and the shoulders. Join in at any step.',
  ...DEFAULT_CIRCUIT_SETTINGS,
  steps: [
    { exerciseSeedKey: 'face-pull', workSeconds: DEFAULT_STEP_WORK.workSeconds, side: 'both' },
    { exerciseSeedKey: 'reverse-fly', workSeconds: DEFAULT_STEP_WORK.workSeconds, side: 'both' },
    { exerciseSeedKey: 'seated-cable-row', workSeconds: DEFAULT_STEP_WORK.workSeconds, side: 'both' },
    { exerciseSeedKey: 'pull-up', workSeconds: DEFAULT_STEP_WORK.workSeconds, side: 'both' },
  ],
};
