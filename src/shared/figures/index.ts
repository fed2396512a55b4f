import type { FigureDescription } from './description';
import { bentOverRow } from './movements/bent-over-row';
import { deadlift } from './movements/deadlift';
import { facePull } from './movements/face-pull';
import { pullUp } from './movements/pull-up';
import { reverseFly } from './movements/reverse-fly';
import { seatedCableRow } from './movements/seated-cable-row';
import { tBarRow } from './movements/t-bar-row';

export * from './description';
export * from './geometry';
export * from './skeleton';

/** The movement figures Gymdeck draws, one per built-in exercise, keyed by that exercise's seed key. */
export const FIGURE_KEYS = [
  'bent-over-row',
  'seated-cable-row',
  'reverse-fly',
  't-bar-row',
  'deadlift',
  'face-pull',
  'pull-up',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const MOVEMENT_FIGURES: Readonly<Record<FigureKey, FigureDescription>> = {
  'bent-over-row': bentOverRow,
  'seated-cable-row': seatedCableRow,
  'reverse-fly': reverseFly,
  't-bar-row': tBarRow,
  deadlift,
  'face-pull': facePull,
  'pull-up': pullUp,
};

export function isFigureKey(value: unknown): value is FigureKey {
  return typeof value === 'string' && (FIGURE_KEYS as readonly string[]).includes(value);
}
