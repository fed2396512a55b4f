import { describe, expect, it } from 'vitest';
import {
  FOOT,
  HEAD,
  MOVEMENT_FIGURES,
  anklePoint,
  gripPoint,
  placeFigure,
  poseAt,
  rootFor,
  type FigureDescription,
  type FigureEquipment,
  type PlacedSegment,
  type Pose,
} from '@shared/figures';

/*
 * Each figure is held to what its exercise's steps say, measured on the figure itself: the hinge, where the
 * hands go, what stays put.
 */

function placed(figure: FigureDescription, pose: Pose): PlacedSegment[] {
  return placeFigure(figure.view, pose, rootFor(figure, pose));
}

function near(parts: readonly PlacedSegment[], segment: PlacedSegment['segment']): PlacedSegment {
  const found = parts.find((p) => p.segment === segment && (p.limb === 'near' || p.limb === null));
  if (!found) throw new Error(`no ${segment}`);
  return found;
}

/** Poses all through the movement, from the start to the end. */
function along(figure: FigureDescription, steps = 40): Pose[] {
  return Array.from({ length: steps + 1 }, (_, index) => poseAt(figure, index / steps));
}

function equipment<K extends FigureEquipment['kind']>(figure: FigureDescription, kind: K) {
  const found = figure.equipment.find(
    (item): item is Extract<FigureEquipment, { kind: K }> => item.kind === kind,
  );
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

/** The torso's lean from upright, in degrees. */
const lean = (pose: Pose): number => 180 - pose.angles.torso;

describe('bent-over row', () => {
  const figure = MOVEMENT_FIGURES['bent-over-row'];

  it('hinges to about 45° on soft knees and holds the hinge', () => {
    for (const pose of [figure.start, figure.end]) {
      expect(Math.abs(lean(pose) - 45)).toBeLessThanOrEqual(5);
      const kneeBend = pose.angles.thigh - pose.angles.shin;
      expect(kneeBend).toBeGreaterThan(10);
      expect(kneeBend).toBeLessThan(60);
    }
  });

  it('rows the bar from long arms, over the feet, up to the waist', () => {
    const start = placed(figure, figure.start);
    const end = placed(figure, figure.end);
    const ankle = anklePoint(start);
    expect(Math.abs(gripPoint(start)[0] - (ankle[0] + (FOOT.heel + FOOT.toe) / 2))).toBeLessThan(8);
    expect(gripPoint(start)[1] - gripPoint(end)[1]).toBeGreaterThan(20);
    // At the top the bar touches the body below the chest: within a hand of the hip, in front of it.
    const hip = near(end, 'torso').joint;
    expect(gripPoint(end)[0]).toBeGreaterThan(hip[0]);
    expect(Math.hypot(gripPoint(end)[0] - hip[0], gripPoint(end)[1] - hip[1])).toBeLessThan(25);
  });
});

describe('seated cable row', () => {
  const figure = MOVEMENT_FIGURES['seated-cable-row'];

  it('sits on the bench with the feet on the plate all through', () => {
    const bench = equipment(figure, 'bench').box;
    const plate = equipment(figure, 'foot-plate').box;
    for (const pose of along(figure)) {
      const parts = placed(figure, pose);
      const hip = near(parts, 'torso').joint;
      expect(bench.y - hip[1]).toBeGreaterThan(6);
      expect(bench.y - hip[1]).toBeLessThan(14);
      expect(Math.abs(anklePoint(parts)[0] + 8 - plate.x)).toBeLessThan(6);
    }
  });

  it('pulls the handle from long arms to the stomach, sitting tall at the end', () => {
    const start = placed(figure, figure.start);
    const end = placed(figure, figure.end);
    expect(gripPoint(start)[0] - near(start, 'upperArm').joint[0]).toBeGreaterThan(50);
    expect(Math.abs(lean(figure.end))).toBeLessThanOrEqual(5);
    const hip = near(end, 'torso').joint;
    expect(gripPoint(end)[0] - hip[0]).toBeLessThan(25);
    expect(hip[1] - gripPoint(end)[1]).toBeGreaterThan(10);
  });
});

describe('reverse fly', () => {
  const figure = MOVEMENT_FIGURES['reverse-fly'];

  it('is seen from behind, hinged: the head bowed out of sight, the legs pointing away', () => {
    expect(figure.view).toBe('rear');
    for (const pose of [figure.start, figure.end]) {
      expect(pose.reach?.head ?? 1).toBeLessThan(0.5);
      expect(pose.reach?.thigh ?? 1).toBeLessThan(1);
    }
  });

  it('lifts the arms from hanging to out to the sides, elbows soft', () => {
    expect(figure.start.angles.upperArm).toBeLessThan(15);
    expect(Math.abs(figure.end.angles.upperArm - 90)).toBeLessThanOrEqual(10);
    expect(figure.end.angles.upperArm - figure.end.angles.forearm).toBeGreaterThan(0);
  });
});

describe('T-bar row', () => {
  const figure = MOVEMENT_FIGURES['t-bar-row'];

  it('hinges over a bar fixed on the floor behind, and pulls the handle up toward the chest', () => {
    expect(Math.abs(lean(figure.start) - 45)).toBeLessThanOrEqual(8);
    const bar = equipment(figure, 't-bar');
    expect(figure.floor).not.toBeNull();
    expect((figure.floor ?? 0) - bar.pivot[1]).toBeLessThanOrEqual(5);
    const start = placed(figure, figure.start);
    const end = placed(figure, figure.end);
    expect(bar.pivot[0]).toBeLessThan(near(start, 'torso').joint[0]);
    expect(gripPoint(start)[1] - gripPoint(end)[1]).toBeGreaterThan(20);
  });
});

describe('deadlift', () => {
  const figure = MOVEMENT_FIGURES.deadlift;
  const plate = equipment(figure, 'barbell').plateRadius;

  it('takes the bar from the floor to standing tall', () => {
    const start = placed(figure, figure.start);
    expect(Math.abs(gripPoint(start)[1] + plate - (figure.floor ?? 0))).toBeLessThan(1);
    expect(figure.end.angles.torso).toBe(180);
    expect(figure.end.angles.thigh).toBe(0);
    expect(figure.end.angles.shin).toBe(0);
  });

  it('keeps the bar over the middle of the foot, close to the legs, all the way', () => {
    for (const pose of along(figure)) {
      const parts = placed(figure, pose);
      const midFoot = anklePoint(parts)[0] + (FOOT.heel + FOOT.toe) / 2;
      expect(Math.abs(gripPoint(parts)[0] - midFoot)).toBeLessThan(5);
    }
  });
});

describe('face pull', () => {
  const figure = MOVEMENT_FIGURES['face-pull'];

  it('reaches toward a high pulley, then brings the hands beside the face, elbows high and out', () => {
    const cable = equipment(figure, 'cable');
    const start = placed(figure, figure.start);
    const shoulder = near(start, 'upperArm').joint;
    expect(cable.pulley[1]).toBeLessThan(shoulder[1]);
    const toPulley =
      (Math.atan2(cable.pulley[0] - shoulder[0], cable.pulley[1] - shoulder[1]) * 180) / Math.PI;
    expect(Math.abs(figure.start.angles.upperArm - toPulley)).toBeLessThan(12);

    const end = placed(figure, figure.end);
    const head = near(end, 'head').end;
    const grip = gripPoint(end);
    expect(grip[1]).toBeGreaterThan(head[1] - HEAD.ry);
    expect(grip[1]).toBeLessThan(head[1] + HEAD.ry);
    expect(Math.abs(grip[0] - head[0])).toBeLessThan(HEAD.rx + 4);
    // The upper arm points out to the side at shoulder height or above: short on screen, not below level.
    expect(figure.end.reach?.upperArm ?? 1).toBeLessThan(0.4);
    expect(figure.end.angles.upperArm).toBeGreaterThanOrEqual(90);
  });
});

describe('pull-up', () => {
  const figure = MOVEMENT_FIGURES['pull-up'];
  const bar = equipment(figure, 'pull-up-bar');

  it('hangs from the bar with long arms and pulls the chin over it', () => {
    expect(Math.abs(figure.start.angles.upperArm - figure.start.angles.forearm)).toBeLessThan(5);
    const head = near(placed(figure, figure.end), 'head').end;
    const chin = head[1] + HEAD.ry * 0.8;
    expect(chin).toBeLessThan(bar.y);
  });

  it('keeps both hands on the bar, at the same width, all the way up', () => {
    const width = (pose: Pose): number => {
      const parts = placed(figure, pose);
      return gripPoint(parts, 'near')[0] - gripPoint(parts, 'far')[0];
    };
    const start = width(figure.start);
    for (const pose of along(figure)) {
      const parts = placed(figure, pose);
      expect(gripPoint(parts, 'near')[1]).toBeCloseTo(bar.y);
      expect(Math.abs(width(pose) - start)).toBeLessThan(6);
      expect(gripPoint(parts, 'far')[0]).toBeGreaterThan(bar.from);
      expect(gripPoint(parts, 'near')[0]).toBeLessThan(bar.to);
    }
  });
});
