import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATE_SETS, platesPerSide, WEIGHT_UNITS } from '@shared/domain';

describe('plates per side', () => {
  it('loads a kilogram bar with the fewest plates, heaviest first', () => {
    expect(platesPerSide(100, 'kg')).toEqual({ bar: 20, perSide: [25, 15], loaded: 100, short: 0 });
    expect(platesPerSide(62.5, 'kg')).toEqual({
      bar: 20,
      perSide: [20, 1.25],
      loaded: 62.5,
      short: 0,
    });
    expect(platesPerSide(142.5, 'kg')?.perSide).toEqual([25, 25, 10, 1.25]);
  });

  it('loads a pound bar with pound plates', () => {
    expect(platesPerSide(135, 'lb')).toEqual({ bar: 45, perSide: [45], loaded: 135, short: 0 });
    expect(platesPerSide(185, 'lb')?.perSide).toEqual([45, 25]);
    expect(platesPerSide(50, 'lb')?.perSide).toEqual([2.5]);
  });

  it('is the bare bar at its own weight and nothing below it', () => {
    expect(platesPerSide(20, 'kg')).toEqual({ bar: 20, perSide: [], loaded: 20, short: 0 });
    expect(platesPerSide(45, 'lb')?.perSide).toEqual([]);
    expect(platesPerSide(17.5, 'kg')).toBeNull();
    expect(platesPerSide(40, 'lb')).toBeNull();
    expect(platesPerSide(Number.NaN, 'kg')).toBeNull();
  });

  it('says what the plates cannot make up, never passing the total', () => {
    expect(platesPerSide(61, 'kg')).toEqual({ bar: 20, perSide: [20], loaded: 60, short: 1 });
    expect(platesPerSide(47, 'lb')).toEqual({ bar: 45, perSide: [], loaded: 45, short: 2 });
  });

  it('always adds up: bar plus both sides plus what is short is the total', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEIGHT_UNITS),
        fc.integer({ min: 0, max: 40_000 }),
        (unit, hundredths) => {
          const total = PLATE_SETS[unit].bar + hundredths / 100;
          const loading = platesPerSide(total, unit);
          expect(loading).not.toBeNull();
          if (!loading) return;
          const side = loading.perSide.reduce((sum, plate) => sum + plate, 0);
          expect(loading.bar + 2 * side + loading.short).toBeCloseTo(total, 6);
          expect(loading.short).toBeGreaterThanOrEqual(0);
          // Less than the smallest pair of plates is ever left over.
          const smallest = Math.min(...PLATE_SETS[unit].plates);
          expect(loading.short).toBeLessThan(2 * smallest + 0.01);
          expect([...loading.perSide].sort((a, b) => b - a)).toEqual(loading.perSide);
        },
      ),
    );
  });

  it('makes every kilogram stepper value exactly (2.5 kg steps from the bar)', () => {
    for (let total = 20; total <= 300; total += 2.5) expect(platesPerSide(total, 'kg')?.short).toBe(0);
    for (let total = 45; total <= 600; total += 5) expect(platesPerSide(total, 'lb')?.short).toBe(0);
  });
});
