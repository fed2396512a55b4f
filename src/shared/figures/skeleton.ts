/**
 * The jointed skeleton every movement figure is drawn on. Units are centimetres of a person about 1.7 m
 * tall; x runs to the right of the picture and y down, as in SVG.
 */

export type Point = readonly [number, number];

/** Which way the figure is seen: from its side (facing right) or from behind. */
export type FigureView = 'side' | 'rear';

/** The body's segments, each moved by the joint at its near end; limbs come in a pair. */
export const SEGMENTS = ['torso', 'head', 'upperArm', 'forearm', 'hand', 'thigh', 'shin', 'foot'] as const;
export type Segment = (typeof SEGMENTS)[number];

/**
 * A pose: at every joint, the direction of the segment it moves, in degrees on one compass for all of them:
 * 0 points at the floor, 90 to the figure's front (seen from the side) or away from its middle (seen from
 * behind), 180 up, -90 backwards or across the body. Directions rather than angles between
 * neighbours, so that a pose reads like the coaching text ("torso at 45° to the floor, arms hanging"); the
 * renderer turns them into the nested rotations of a jointed skeleton.
 */
export type Angles = Readonly<Record<Segment, number>>;

/** The limbs of a side figure are the near and the far one; of a rear figure, its right and left. */
export type Limb = 'near' | 'far';

export interface Bone {
  segment: Segment;
  /** The segment it hangs from; null for the torso and the thighs, which hang from the pelvis (the root). */
  parent: Segment | null;
  /** Where its joint sits, in the parent's frame (the pelvis' for a null parent). */
  joint: Point;
  /** From its joint to the joint of the next segment (or the segment's far end). */
  length: number;
  /** The direction it is drawn in when its angle is this many degrees (the frame the shapes are authored in). */
  rest: number;
  /** Half its thickness at the joint and at the far end, for the outline and for keeping inside the frame. */
  halfWidth: readonly [number, number];
  /** A limb drawn twice (near and far, or right and left); the torso and the head once. */
  paired: boolean;
}

/**
 * Segments that keep their shape when foreshortened: a skull looks round from any side, so the head's reach
 * only brings it nearer the neck (a head bowed toward or away from the viewer).
 */
export const RIGID: readonly Segment[] = ['head'];

/** Where the hand closes round a bar or a handle, from the wrist along the hand. */
export const GRIP = 6;
/** From the ankle joint down to the sole, seen from the side. */
export const ANKLE_HEIGHT = 8;
/** The foot seen from the side: the heel behind the ankle and the toes in front of it. */
export const FOOT = { heel: -6, toe: 19 } as const;
/** The head: its centre from the base of the neck, and its half width and half height. */
export const HEAD = { centre: 12, rx: 9.5, ry: 11.5 } as const;

const SHOULDER_HEIGHT = 47;
const NECK_HEIGHT = 51;

/** The bones of the side view; the far limbs sit a little behind the near ones. */
const SIDE: readonly Bone[] = [
  bone('torso', null, [0, 0], NECK_HEIGHT, 180, [13, 12], false),
  bone('head', 'torso', [1, -NECK_HEIGHT], HEAD.centre, 180, [HEAD.rx, HEAD.ry], false),
  bone('upperArm', 'torso', [0, -SHOULDER_HEIGHT], 29, 0, [5.5, 4.2], true),
  bone('forearm', 'upperArm', [0, 29], 26, 0, [4.2, 3.2], true),
  bone('hand', 'forearm', [0, 26], 9, 0, [3.4, 3], true),
  bone('thigh', null, [0, 0], 44, 0, [9, 6], true),
  bone('shin', 'thigh', [0, 44], 43, 0, [6, 4], true),
  bone('foot', 'shin', [0, 43], FOOT.toe, 90, [ANKLE_HEIGHT, 3], true),
];

/** Half the width between the shoulder joints and between the hip joints, seen from behind. */
export const SHOULDER_HALF_WIDTH = 18;
export const HIP_HALF_WIDTH = 9;

/** The bones of the rear view, for the figure's right-hand limbs; the left ones are mirrored. */
const REAR: readonly Bone[] = [
  bone('torso', null, [0, 0], NECK_HEIGHT, 180, [16, 20], false),
  bone('head', 'torso', [0, -NECK_HEIGHT], HEAD.centre, 180, [HEAD.rx, HEAD.ry], false),
  bone('upperArm', 'torso', [SHOULDER_HALF_WIDTH, -SHOULDER_HEIGHT], 29, 0, [5.5, 4.2], true),
  bone('forearm', 'upperArm', [0, 29], 26, 0, [4.2, 3.2], true),
  bone('hand', 'forearm', [0, 26], 9, 0, [3.4, 3], true),
  bone('thigh', null, [HIP_HALF_WIDTH, 0], 44, 0, [9, 6], true),
  bone('shin', 'thigh', [0, 44], 43, 0, [6, 4], true),
  bone('foot', 'shin', [0, 43], ANKLE_HEIGHT, 0, [4.5, 0], true),
];

/** How far the far limbs of a side figure sit from the near ones (in their parent's frame). */
export const FAR_OFFSET: Readonly<Record<'arm' | 'leg', Point>> = { arm: [-3, -1], leg: [-4, 0] };

function bone(
  segment: Segment,
  parent: Segment | null,
  joint: Point,
  length: number,
  rest: number,
  halfWidth: readonly [number, number],
  paired: boolean,
): Bone {
  return { segment, parent, joint, length, rest, halfWidth, paired };
}

/** The skeleton of a view, parents before their children. */
export function bonesOf(view: FigureView): readonly Bone[] {
  return view === 'side' ? SIDE : REAR;
}

/** The bone of a segment in a view. */
export function boneOf(view: FigureView, segment: Segment): Bone {
  const found = bonesOf(view).find((candidate) => candidate.segment === segment);
  if (!found) throw new Error(`No ${segment} in the ${view} skeleton.`);
  return found;
}

/** Whether a segment belongs to an arm (hangs from the torso) rather than a leg. */
export function isArm(segment: Segment): boolean {
  return segment === 'upperArm' || segment === 'forearm' || segment === 'hand';
}
