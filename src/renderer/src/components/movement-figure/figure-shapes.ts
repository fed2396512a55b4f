import { FOOT, type FigureView, type Segment } from '@shared/figures';
import { MUSCLE_SHAPES } from '../muscle-map/body-outline';
import { closedPath, mirror, points, type Point } from '../muscle-map/geometry';

/*
 * The drawing of each segment of a movement figure, in the segment's own frame (its joint at the origin,
 * pointing the way the skeleton authors it: limbs down, torso and head up, the side foot forward; the
 * front of the body toward +x from the side, the figure's right toward +x from behind). Muscles are laid
 * over the outline as named shapes and clipped to it, as on the muscle map.
 */

export interface MuscleShape {
  id: string;
  d: string;
}

export interface SegmentDrawing {
  outline: string;
  muscles: readonly MuscleShape[];
}

/** A limb segment from its joint (radius `from`) to `length` (radius `to`), fuller where it bulges. */
function limb(
  length: number,
  from: number,
  to: number,
  bulge: { back?: number; front?: number } = {},
): string {
  const middle = (from + to) / 2;
  const back = middle + (bulge.back ?? 0.6);
  const front = middle + (bulge.front ?? 0.6);
  return closedPath([
    [0, -from],
    [from * 0.9, -from * 0.45],
    [front, length * 0.35],
    [to, length],
    [0, length + to],
    [-to, length],
    [-back, length * 0.35],
    [-from * 0.9, -from * 0.45],
  ]);
}

function shape(text: string): string {
  return closedPath(points(text));
}

const muscles = (set: Record<string, readonly string[]>): MuscleShape[] =>
  Object.entries(set).flatMap(([id, texts]) => texts.map((text) => ({ id, d: shape(text) })));

const SIDE: Readonly<Record<Segment, SegmentDrawing>> = {
  torso: {
    outline: shape(
      '-6 9, -13 4.5, -14.5 -3, -10.5 -13, -10.5 -24, -12 -36, -11 -45, -6 -51, -1 -53, 4 -51, 8.5 -48, ' +
        '12.5 -41, 12 -32, 10 -23, 10.5 -11, 8 0, 2 8',
    ),
    muscles: muscles({
      'upper-traps': ['-10 -46, -6 -52, 0 -54, -2 -48'],
      'middle-traps': ['-12 -44, -8.5 -48.5, -3 -47, -6.5 -41, -12 -40'],
      rhomboids: ['-12 -40, -6.5 -41, -6.5 -35, -12 -34'],
      'rotator-cuff': ['-3 -47, 1 -45, -1 -38, -5 -36, -6.5 -41'],
      'teres-major': ['-5 -36, -1 -38, 1.5 -35, -3 -31, -6.5 -32'],
      'lower-traps': ['-12 -34, -6.5 -35, -6.5 -32, -9 -27, -11 -27'],
      lats: ['-6.5 -32, -3 -31, 1.5 -35, 3 -33, 0 -24, -5 -15, -10 -14, -10.5 -21, -9 -27'],
      'erector-spinae': ['-11 -27, -9 -27, -7 -15, -8 -4, -11 -2, -10.5 -14'],
      glutes: ['-11 -2, -8 -4, -3 1, -5 9, -12 7, -15 1'],
      chest: ['6 -49, 10 -47, 13 -40, 12.5 -32, 7 -31, 4 -37'],
      abs: ['7 -30, 11 -29, 10 -22, 10.5 -11, 9 -3, 6 -4, 5 -16, 5.5 -26'],
      obliques: ['5.5 -26, 5 -16, 6 -4, 1 -8, 0.5 -20, 3 -28'],
    }),
  },
  head: {
    outline: shape(
      '-5 3!, -5.5 -3, -9 -9, -9.5 -15, -6 -21.5, 0 -24, 6 -22.5, 9.5 -17, 10 -13, 12 -10.5, 10 -9, ' +
        '10.5 -6, 8.5 -3, 4 -2, 4.5 3!',
    ),
    muscles: muscles({ neck: ['-5 3, -5.5 -3, -3 -5, 3 -3, 4.5 3'] }),
  },
  upperArm: {
    outline: limb(29, 5.5, 4.2, { back: 1.2, front: 1 }),
    muscles: muscles({
      'front-delts': ['0 -6, 6 -3, 6.5 5, 3 11, 0 8'],
      'rear-delts': ['0 -6, -6 -3, -6.5 5, -3 11, 0 8'],
      biceps: ['0.5 10, 6 12, 5.5 23, 1 27, 0 18'],
      triceps: ['-0.5 10, -6.5 12, -5.5 24, -1 27, 0 18'],
    }),
  },
  forearm: {
    outline: limb(26, 4.2, 3.2, { back: 0.8, front: 0.6 }),
    muscles: muscles({ forearms: ['-4.5 0, 4.5 0, 4.5 12, 2 20, -2 20, -4.5 12'] }),
  },
  hand: { outline: limb(7, 3.4, 3.4, { back: 0, front: 0 }), muscles: [] },
  thigh: {
    outline: limb(44, 9, 6, { back: 1.5, front: 1.5 }),
    muscles: muscles({
      quadriceps: ['0.5 2, 9.5 8, 9 26, 5 42, 0.5 40, 0 22'],
      hamstrings: ['-0.5 6, -9.5 10, -8.5 28, -5 42, -0.5 38, 0 22'],
    }),
  },
  shin: {
    outline: limb(43, 6, 4, { back: 3, front: 0 }),
    muscles: muscles({ calves: ['-0.5 2, -8 8, -8 20, -4 32, -0.5 26'] }),
  },
  foot: {
    outline: shape(`${FOOT.heel} 8!, ${FOOT.toe} 8!, ${FOOT.toe} 5, 9 1.5, 4 -3, -3 -3.5, -6.5 2`),
    muscles: [],
  },
};

/** The muscle map's back-view shapes, moved into the rear figure's torso frame (pelvis at the origin). */
const MAP_TO_TORSO = { scale: 0.39, hipY: 200 } as const;
const TORSO_MUSCLES_FROM_MAP = [
  'upper-traps',
  'middle-traps',
  'rhomboids',
  'lower-traps',
  'rotator-cuff',
  'teres-major',
  'lats',
  'erector-spinae',
  'abductors',
  'glutes',
] as const;

function fromMap(text: string): Point[] {
  return points(text).map((point): Point => {
    const x = point[0] * MAP_TO_TORSO.scale;
    const y = (point[1] - MAP_TO_TORSO.hipY) * MAP_TO_TORSO.scale;
    return point[2] === 1 ? [x, y, 1] : [x, y];
  });
}

const HALF_REAR_TORSO = points(
  '0 -53.5!, 6 -52.5, 12 -49.5, 19 -47, 22 -44, 20 -36, 18.5 -29, 14.5 -17, 16 -6, 17.5 3, 13 11, 6 11.5, 0 9!',
);

const REAR: Readonly<Record<Segment, SegmentDrawing>> = {
  torso: {
    outline: closedPath([...HALF_REAR_TORSO, ...mirror(HALF_REAR_TORSO).slice(1, -1)]),
    muscles: TORSO_MUSCLES_FROM_MAP.flatMap((id) =>
      (MUSCLE_SHAPES.back[id] ?? []).flatMap((text) => {
        const half = fromMap(text);
        return [
          { id, d: closedPath(half) },
          { id, d: closedPath(mirror(half)) },
        ];
      }),
    ),
  },
  head: {
    outline: shape(
      '-5.5 3!, -5.5 -4, -8.5 -8, -10 -12, -9 -18, -5.5 -22.5, 0 -24, 5.5 -22.5, 9 -18, 10 -12, 8.5 -8, ' +
        '5.5 -4, 5.5 3!',
    ),
    muscles: muscles({ neck: ['-5.5 3, -5.5 -3, 0 -5, 5.5 -3, 5.5 3'] }),
  },
  upperArm: {
    outline: limb(29, 5.5, 4.2, { back: 0.6, front: 1.4 }),
    muscles: muscles({
      'rear-delts': ['-6 0, -3 -6, 3 -6, 7 0, 6 9, 0 13, -4.5 8'],
      triceps: ['-5 11, 0 13.5, 6 10, 5.5 24, 0 28, -4.5 24'],
    }),
  },
  forearm: SIDE.forearm,
  hand: SIDE.hand,
  thigh: {
    outline: limb(44, 9, 6, { back: 1, front: 1 }),
    muscles: muscles({ hamstrings: ['-9 12, 9 10, 8 30, 0 43, -7 32'] }),
  },
  shin: {
    outline: limb(43, 6, 4, { back: 1.5, front: 1.5 }),
    muscles: muscles({ calves: ['-7 3, 7 3, 7 18, 0 28, -7 18'] }),
  },
  foot: { outline: shape('-4.5 -1, 4.5 -1, 5 8!, -5 8!'), muscles: [] },
};

/** How a segment of a view is drawn. */
export function segmentDrawing(view: FigureView, segment: Segment): SegmentDrawing {
  return (view === 'side' ? SIDE : REAR)[segment];
}
