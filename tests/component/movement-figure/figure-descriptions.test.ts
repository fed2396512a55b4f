import { describe, expect, it } from 'vitest';
import {
  EQUIPMENT_DRAWN_AS,
  FIGURE_KEYS,
  MOVEMENT_FIGURES,
  SEGMENTS,
  cycleSeconds,
  extentOf,
  poseAt,
  type FigureDescription,
  type Pose,
} from '@shared/figures';
import { segmentDrawing } from '@renderer/components/movement-figure/figure-shapes';

/**
 * The built-in library as it ships. The store lies outside the renderer's compilation, so it is loaded by a
 * path the compiler does not follow.
 */
interface SeedExercise {
  seedKey: string;
  name: string;
  equipment: string[];
  primaryMuscles: string[];
  secondaryMuscles: string[];
}
const SEED = '../../../src/store/seed/library';
const { SEED_EXERCISES } = (await import(/* @vite-ignore */ SEED)) as {
  SEED_EXERCISES: readonly SeedExercise[];
};

function posesOf(figure: FigureDescription): Pose[] {
  return [figure.start, ...figure.via.map((waypoint) => waypoint.pose), figure.end];
}

describe('the built-in movement figures', () => {
  it('has one figure for every built-in exercise, keyed by its seed key', () => {
    expect([...FIGURE_KEYS].sort()).toEqual(SEED_EXERCISES.map((seed) => seed.seedKey).sort());
  });

  describe.each(SEED_EXERCISES.map((seed) => [seed.seedKey, seed] as const))('%s', (key, seed) => {
    const figure = MOVEMENT_FIGURES[key as (typeof FIGURE_KEYS)[number]];

    it('gives every joint of the skeleton an angle in every pose, and sensible foreshortening', () => {
      for (const pose of posesOf(figure)) {
        for (const segment of SEGMENTS) expect(Number.isFinite(pose.angles[segment]), segment).toBe(true);
        for (const [segment, reach] of Object.entries(pose.reach ?? {})) {
          expect(SEGMENTS, segment).toContain(segment);
          expect(reach).toBeGreaterThan(0);
          expect(reach).toBeLessThanOrEqual(1);
        }
      }
      const stops = figure.via.map((waypoint) => waypoint.at);
      expect([...stops].sort((a, b) => a - b)).toEqual(stops);
      for (const at of stops) expect(at > 0 && at < 1).toBe(true);
    });

    it('sets a tempo a member can follow', () => {
      const { toEnd, atEnd, toStart, atStart } = figure.tempo;
      expect(toEnd).toBeGreaterThan(0);
      expect(toStart).toBeGreaterThan(0);
      expect(atEnd).toBeGreaterThanOrEqual(0);
      expect(atStart).toBeGreaterThanOrEqual(0);
      expect(toStart).toBeGreaterThanOrEqual(toEnd);
      expect(cycleSeconds(figure.tempo)).toBeGreaterThanOrEqual(2);
      expect(cycleSeconds(figure.tempo)).toBeLessThanOrEqual(8);
    });

    it('draws the equipment the exercise uses, and nothing it does not', () => {
      const drawn = figure.equipment.flatMap((item) => EQUIPMENT_DRAWN_AS[item.kind]);
      for (const id of drawn) expect(seed.equipment).toContain(id);
      const needed = seed.equipment.filter((id) => id !== 'body-weight');
      expect(needed.some((id) => drawn.includes(id))).toBe(true);
    });

    it('shows every muscle the exercise mainly works', () => {
      const drawnMuscles = new Set(
        SEGMENTS.flatMap((segment) =>
          segmentDrawing(figure.view, segment).muscles.map((muscle) => muscle.id),
        ),
      );
      for (const muscle of seed.primaryMuscles) expect(drawnMuscles, muscle).toContain(muscle);
    });

    it('stays inside its frame, above the floor, all through the movement', () => {
      const { width, height } = figure.frame;
      const poses = [
        ...posesOf(figure),
        ...Array.from({ length: 41 }, (_, index) => poseAt(figure, index / 40)),
      ];
      for (const pose of poses) {
        const extent = extentOf(figure, pose);
        expect(extent.minX).toBeGreaterThanOrEqual(0);
        expect(extent.minY).toBeGreaterThanOrEqual(0);
        expect(extent.maxX).toBeLessThanOrEqual(width);
        expect(extent.maxY).toBeLessThanOrEqual(height);
        if (figure.floor !== null) expect(extent.maxY).toBeLessThanOrEqual(figure.floor + 1e-9);
      }
    });
  });
});
