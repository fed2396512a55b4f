import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIGURE_KEYS,
  GRIP,
  MOVEMENT_FIGURES,
  SEGMENTS,
  anchoredPoint,
  blend,
  cycleSeconds,
  figureKeyframes,
  frameFor,
  gripPoint,
  jointOffset,
  keyframeMoments,
  localRotations,
  placeFigure,
  poseAt,
  rootFor,
  shareAt,
  boneOf,
  type Angles,
  type FigureDescription,
  type PlacedSegment,
  type Point,
  type Pose,
  type Segment,
} from '@shared/figures';

const STANDING: Angles = {
  torso: 180,
  head: 180,
  upperArm: 0,
  forearm: 0,
  hand: 0,
  thigh: 0,
  shin: 0,
  foot: 90,
};

function part(placed: readonly PlacedSegment[], segment: Segment, limb: 'near' | 'far' | null = 'near') {
  const found = placed.find(
    (p) => p.segment === segment && p.limb === (segment === 'torso' || segment === 'head' ? null : limb),
  );
  if (!found) throw new Error(`no ${segment}`);
  return found;
}

function close(a: Point, b: Point, digits = 6): void {
  expect(a[0]).toBeCloseTo(b[0], digits);
  expect(a[1]).toBeCloseTo(b[1], digits);
}

describe('the skeleton', () => {
  it('stands a side figure upright: head over shoulders over hips over ankles, feet pointing forward', () => {
    const placed = placeFigure('side', { angles: STANDING }, [100, 100]);
    const torso = part(placed, 'torso');
    close(torso.joint, [100, 100]);
    close(torso.end, [100, 100 - boneOf('side', 'torso').length]);
    expect(part(placed, 'head').end[1]).toBeLessThan(torso.end[1]);
    const shoulder = part(placed, 'upperArm').joint;
    const hand = part(placed, 'hand');
    expect(hand.joint[0]).toBeCloseTo(shoulder[0]);
    expect(hand.joint[1]).toBeCloseTo(shoulder[1] + 29 + 26);
    const foot = part(placed, 'foot');
    expect(foot.joint[1]).toBeCloseTo(100 + 44 + 43);
    expect(foot.end[0]).toBeGreaterThan(foot.joint[0]);
    expect(foot.end[1]).toBeCloseTo(foot.joint[1]);
  });

  it('reads every angle on one compass: 0 down, 90 to the front, 180 up', () => {
    const forward = placeFigure(
      'side',
      { angles: { ...STANDING, upperArm: 90, forearm: 90, hand: 90 } },
      [0, 0],
    );
    const arm = part(forward, 'upperArm');
    close(arm.end, [arm.joint[0] + 29, arm.joint[1]]);
    const leaning = placeFigure('side', { angles: { ...STANDING, torso: 135 } }, [0, 0]);
    const top = part(leaning, 'torso').end;
    expect(top[0]).toBeGreaterThan(0);
    expect(top[0]).toBeCloseTo(-top[1]);
  });

  it('nests the rotations: each joint turns by the difference from its parent, and they add up again', () => {
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(SEGMENTS.map((s) => [s, fc.integer({ min: -180, max: 180 })])) as Record<
            Segment,
            fc.Arbitrary<number>
          >,
        ),
        (angles) => {
          const local = localRotations('side', { angles });
          const world = placeFigure('side', { angles }, [0, 0]);
          expect(local.upperArm + local.torso).toBeCloseTo(part(world, 'upperArm').rotation);
          expect(local.hand + local.forearm + local.upperArm + local.torso).toBeCloseTo(
            part(world, 'hand').rotation,
          );
          expect(local.foot + local.shin + local.thigh).toBeCloseTo(part(world, 'foot').rotation);
        },
      ),
    );
  });

  it('mirrors the left limbs of a rear figure about its middle', () => {
    const angles: Angles = {
      ...STANDING,
      upperArm: 60,
      forearm: 120,
      hand: 120,
      thigh: 10,
      shin: 5,
      foot: 0,
    };
    const placed = placeFigure('rear', { angles }, [50, 80]);
    for (const segment of ['upperArm', 'forearm', 'hand', 'thigh', 'shin', 'foot'] as const) {
      const right = part(placed, segment, 'near');
      const left = part(placed, segment, 'far');
      expect(right.end[0] - 50).toBeCloseTo(50 - left.end[0]);
      expect(right.end[1]).toBeCloseTo(left.end[1]);
    }
    expect(part(placed, 'hand', 'near').end[0]).toBeGreaterThan(50);
  });

  it('brings the next joint nearer where a segment points at the viewer, and only along that segment', () => {
    const upperArm = boneOf('side', 'upperArm');
    expect(jointOffset(boneOf('side', 'forearm'), upperArm, 0.5)).toEqual([0, 14.5]);
    const torso = boneOf('rear', 'torso');
    const [x, y] = jointOffset(boneOf('rear', 'upperArm'), torso, 0.5);
    expect(x).toBe(boneOf('rear', 'upperArm').joint[0]);
    expect(y).toBe(boneOf('rear', 'upperArm').joint[1] / 2);
    const short = placeFigure(
      'side',
      { angles: { ...STANDING, upperArm: 90 }, reach: { upperArm: 0.25 } },
      [0, 0],
    );
    const arm = part(short, 'upperArm');
    expect(arm.end[0] - arm.joint[0]).toBeCloseTo(29 / 4);
    close(part(short, 'forearm').joint, arm.end);
  });

  it('closes the hand round a bar a grip along from the wrist', () => {
    const placed = placeFigure('side', { angles: STANDING }, [0, 0]);
    const hand = part(placed, 'hand');
    close(gripPoint(placed), [hand.joint[0], hand.joint[1] + GRIP]);
  });
});

describe('moving between poses', () => {
  const description = MOVEMENT_FIGURES['pull-up'];

  it('blends angles and reach in a straight line', () => {
    const from: Pose = { angles: STANDING };
    const to: Pose = { angles: { ...STANDING, upperArm: 90 }, reach: { upperArm: 0.5 } };
    const half = blend(from, to, 0.5);
    expect(half.angles.upperArm).toBe(45);
    expect(half.reach?.upperArm).toBe(0.75);
    expect(half.reach?.forearm).toBeUndefined();
  });

  it('passes through its waypoints in order, from the start to the end', () => {
    expect(poseAt(description, 0)).toEqual(
      blend(description.start, description.via[0]?.pose ?? description.end, 0),
    );
    for (const waypoint of description.via)
      expect(poseAt(description, waypoint.at).angles).toEqual(waypoint.pose.angles);
    expect(poseAt(description, 1).angles).toEqual(description.end.angles);
    expect(poseAt(description, 2).angles).toEqual(description.end.angles);
  });

  it('keeps the anchor where the description puts it, whatever the pose', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIGURE_KEYS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (key, share) => {
          const figure: FigureDescription = MOVEMENT_FIGURES[key];
          const pose = poseAt(figure, share);
          close(anchoredPoint(figure, pose, rootFor(figure, pose)), figure.anchor.at);
        },
      ),
    );
  });
});

describe('timing', () => {
  const tempo = { toEnd: 1, atEnd: 0.5, toStart: 2, atStart: 0.5 };

  it('eases out to the end, holds, eases back and rests, then repeats', () => {
    expect(cycleSeconds(tempo)).toBe(4);
    expect(shareAt(tempo, 0)).toBe(0);
    expect(shareAt(tempo, 0.5)).toBeCloseTo(0.5);
    expect(shareAt(tempo, 1.2)).toBe(1);
    expect(shareAt(tempo, 2.5)).toBeCloseTo(0.5);
    expect(shareAt(tempo, 3.7)).toBe(0);
    expect(shareAt(tempo, 4.5)).toBeCloseTo(shareAt(tempo, 0.5));
    const rising = [0.1, 0.3, 0.5, 0.7, 0.9].map((t) => shareAt(tempo, t));
    expect([...rising].sort((a, b) => a - b)).toEqual(rising);
  });

  it('cuts one repetition into evenly spaced keyframes, the first of them the start position', () => {
    const figure = MOVEMENT_FIGURES['bent-over-row'];
    const frames = figureKeyframes(figure, 40);
    expect(frames).toHaveLength(40);
    expect(frames[0]).toEqual(frameFor(figure, poseAt(figure, 0)));
    const atEnd = Math.round((figure.tempo.toEnd / cycleSeconds(figure.tempo)) * 40) + 1;
    expect(frames[atEnd]?.rotations).toEqual(frameFor(figure, figure.end).rotations);
  });

  it('runs a cable from its pulley to the hands, and a T-bar from its pivot, in every keyframe', () => {
    for (const key of ['face-pull', 'seated-cable-row', 't-bar-row'] as const) {
      const figure = MOVEMENT_FIGURES[key];
      const moments = keyframeMoments(figure.tempo, 12);
      figureKeyframes(figure, 12).forEach((frame, index) => {
        const pose = poseAt(figure, shareAt(figure.tempo, moments[index] ?? 0));
        const grip = gripPoint(placeFigure(figure.view, pose, frame.root));
        expect(frame.links).toHaveLength(1);
        const [link] = frame.links;
        if (!link) return;
        const radians = (link.rotation * Math.PI) / 180;
        close(
          [link.from[0] + Math.cos(radians) * link.length, link.from[1] + Math.sin(radians) * link.length],
          grip,
        );
      });
    }
  });
});
