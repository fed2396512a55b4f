import type { WeightUnit } from './members';

/** A standard bar and the plates a gym has for it, heaviest first, in each unit. */
export const PLATE_SETS: Readonly<Record<WeightUnit, { bar: number; plates: readonly number[] }>> = {
  kg: { bar: 20, plates: [25, 20, 15, 10, 5, 2.5, 1.25] },
  lb: { bar: 45, plates: [45, 35, 25, 10, 5, 2.5] },
};

/** How to load a barbell for a total, in the member's unit. */
export interface PlateLoading {
  bar: number;
  /** The plates on each side, heaviest first (empty for the bare bar). */
  perSide: number[];
  /** What the bar and plates weigh together: the total asked for, less `short`. */
  loaded: number;
  /** What no pair of plates can add (a total between two plate steps); 0 when exact. */
  short: number;
}

/** Plate weights are counted in hundredths, so that 1.25 + 1.25 never becomes 2.4999. */
const CENTS = 100;

/**
 * The plates per side for a barbell total in the member's unit: the fewest plates, heaviest first, that
 * do not pass the total. Null when the total is less than the bare bar.
 */
export function platesPerSide(total: number, unit: WeightUnit): PlateLoading | null {
  const { bar, plates } = PLATE_SETS[unit];
  const totalCents = Math.round(total * CENTS);
  const barCents = Math.round(bar * CENTS);
  if (!Number.isFinite(total) || totalCents < barCents) return null;
  let sideLeft = Math.floor((totalCents - barCents) / 2);
  const perSide: number[] = [];
  for (const plate of plates) {
    const plateCents = Math.round(plate * CENTS);
    while (sideLeft >= plateCents) {
      perSide.push(plate);
      sideLeft -= plateCents;
    }
  }
  const loadedCents = barCents + 2 * perSide.reduce((sum, plate) => sum + Math.round(plate * CENTS), 0);
  return { bar, perSide, loaded: loadedCents / CENTS, short: (totalCents - loadedCents) / CENTS };
}
