import type { CircuitSettings, Side } from '@shared/domain';

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
  getReadySeconds: 10,
  restSeconds: 20,
  rounds: 3,
  roundBreakSeconds: 60,
  sound: true,
  flash: true,
  halfwayCue: false,
  steps: [
    { exerciseSeedKey: 'face-pull', workSeconds: 40, side: 'both' },
    { exerciseSeedKey: 'reverse-fly', workSeconds: 40, side: 'both' },
    { exerciseSeedKey: 'seated-cable-row', workSeconds: 40, side: 'both' },
    { exerciseSeedKey: 'pull-up', workSeconds: 40, side: 'both' },
  ],
};
