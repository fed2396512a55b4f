import type { FigureDescription, Pose, Tempo, Waypoint } from './description';
import {
  ANKLE_HEIGHT,
  FAR_OFFSET,
  FOOT,
  GRIP,
  HEAD,
  SEGMENTS,
  bonesOf,
  isArm,
  type Bone,
  type FigureView,
  type Limb,
  type Point,
  type Segment,
} from './skeleton';

/*
 * Forward kinematics, blending and timing of the movement figures, all pure. Rotations are in SVG's sense
 * (degrees, clockwise on screen), so the renderer can use them as they are.
 */

/** A segment where a pose puts it, in the frame. */
export interface PlacedSegment {
  segment: Segment;
  /** Null for the torso and the head. */
  limb: Limb | null;
  joint: Point;
  end: Point;
  /** Its rotation from the direction it is authored in (mirrored limbs turn the other way). */
  rotation: number;
  halfWidth: readonly [number, number];
}

/** The unit vector a compass direction (0 down, 90 front, 180 up) points along. */
export function direction(angle: number): Point {
  const radians = (angle * Math.PI) / 180;
  return [Math.sin(radians), Math.cos(radians)];
}

/** A segment's rotation in the frame from the direction it is authored in, for a pose's angle. */
export function segmentRotation(bone: Bone, angle: number): number {
  return bone.rest - angle;
}

/** How much of its length a segment shows in a pose (1 unless the pose foreshortens it). */
export function reachOf(pose: Pose, segment: Segment): number {
  return pose.reach?.[segment] ?? 1;
}

/**
 * Where a segment's joint sits in the frame of the segment it hangs from, given how much of its length
 * that parent shows: a foreshortened parent brings its children's joints closer along its own axis.
 */
export function jointOffset(bone: Bone, parent: Bone | null, parentReach: number): Point {
  if (!parent) return bone.joint;
  const alongX = parent.rest === 90 || parent.rest === -90;
  return alongX ? [bone.joint[0] * parentReach, bone.joint[1]] : [bone.joint[0], bone.joint[1] * parentReach];
}

function parentOf(view: FigureView, bone: Bone): Bone | null {
  return bone.parent ? (bonesOf(view).find((b) => b.segment === bone.parent) ?? null) : null;
}

/**
 * Each segment's rotation relative to the segment it hangs from: the transform of its group when the groups
 * are nested like the skeleton. The same for both limbs of a pair (the other one is mirrored or offset).
 */
export function localRotations(view: FigureView, pose: Pose): Record<Segment, number> {
  const result = {} as Record<Segment, number>;
  for (const bone of bonesOf(view)) {
    const own = segmentRotation(bone, pose.angles[bone.segment]);
    const parent = parentOf(view, bone);
    result[bone.segment] = parent ? own - segmentRotation(parent, pose.angles[parent.segment]) : own;
  }
  return result;
}

function rotate([x, y]: Point, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  return [x * cos - y * sin, x * sin + y * cos];
}

const add = (a: Point, b: Point): Point => [a[0] + b[0], a[1] + b[1]];

/** A frame: where its origin is and how far it is turned. */
interface Frame {
  origin: Point;
  rotation: number;
}

const toWorld = (frame: Frame, point: Point): Point => add(frame.origin, rotate(point, frame.rotation));

/**
 * Every segment of the figure where a pose puts it, with the pelvis at `root`: the torso and head, then
 * each limb twice (near and far from the side; the figure's right and left from behind).
 */
export function placeFigure(view: FigureView, pose: Pose, root: Point): PlacedSegment[] {
  const bones = bonesOf(view);
  const rotations = localRotations(view, pose);
  // Every segment in the frame of what its chain hangs from: the torso for the head and the arms, the
  // pelvis (which only moves, never turns) for the torso and the legs.
  const local = new Map<Segment, Frame>();
  for (const bone of bones) {
    const parent = parentOf(view, bone);
    const inChain = parent && parent.segment !== 'torso' ? (local.get(parent.segment) as Frame) : null;
    const offset = jointOffset(bone, parent, parent ? reachOf(pose, parent.segment) : 1);
    local.set(bone.segment, {
      origin: inChain ? toWorld(inChain, offset) : offset,
      rotation: (inChain?.rotation ?? 0) + rotations[bone.segment],
    });
  }
  const torsoLocal = local.get('torso') as Frame;
  const torso: Frame = { origin: add(root, torsoLocal.origin), rotation: torsoLocal.rotation };
  const pelvis: Frame = { origin: root, rotation: 0 };

  const placed: PlacedSegment[] = [];
  for (const bone of bones) {
    const frame = local.get(bone.segment) as Frame;
    const base =
      bone.segment === 'torso' ? pelvis : isArm(bone.segment) || bone.segment === 'head' ? torso : pelvis;
    if (!bone.paired) {
      placed.push(placeBone(bone, pose, transformed(base, frame, 1, [0, 0]), null));
      continue;
    }
    for (const limb of ['near', 'far'] as const) {
      const mirrored = view !== 'side' && limb === 'far';
      const offset: Point =
        view === 'side' && limb === 'far' ? FAR_OFFSET[isArm(bone.segment) ? 'arm' : 'leg'] : [0, 0];
      placed.push(placeBone(bone, pose, transformed(base, frame, mirrored ? -1 : 1, offset), limb));
    }
  }
  return placed;
}

/** A frame given in its chain's frame, mirrored and moved as its pair requires, then into the picture. */
function transformed(base: Frame, local: Frame, mirror: 1 | -1, offset: Point): Frame {
  const origin: Point = [local.origin[0] * mirror + offset[0], local.origin[1] + offset[1]];
  return { origin: toWorld(base, origin), rotation: base.rotation + local.rotation * mirror };
}

function placeBone(bone: Bone, pose: Pose, frame: Frame, limb: Limb | null): PlacedSegment {
  const axis = rotate(direction(bone.rest), frame.rotation);
  const length = bone.length * reachOf(pose, bone.segment);
  return {
    segment: bone.segment,
    limb,
    joint: frame.origin,
    end: add(frame.origin, [axis[0] * length, axis[1] * length]),
    rotation: frame.rotation,
    halfWidth: bone.halfWidth,
  };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

function find(placed: readonly PlacedSegment[], segment: Segment, limb: Limb): PlacedSegment {
  const found = placed.find((p) => p.segment === segment && p.limb === limb);
  if (!found) throw new Error(`The figure has no ${limb} ${segment}.`);
  return found;
}

/** Where a limb's hand closes round a bar or handle. */
export function gripPoint(placed: readonly PlacedSegment[], limb: Limb = 'near'): Point {
  const hand = find(placed, 'hand', limb);
  return add(hand.joint, rotate([0, GRIP], hand.rotation));
}

/** Where a limb's ankle is. */
export function anklePoint(placed: readonly PlacedSegment[], limb: Limb = 'near'): Point {
  return find(placed, 'foot', limb).joint;
}

const midway = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

/** The point the description's anchor holds still, for a pose with the pelvis at `root`. */
export function anchoredPoint(description: FigureDescription, pose: Pose, root: Point): Point {
  const placed = placeFigure(description.view, pose, root);
  switch (description.anchor.holds) {
    case 'feet':
      return midway(anklePoint(placed, 'near'), anklePoint(placed, 'far'));
    case 'hands':
      return midway(gripPoint(placed, 'near'), gripPoint(placed, 'far'));
    case 'hips':
      return root;
  }
}

/** Where the pelvis has to be for the anchor to stay where the description puts it. */
export function rootFor(description: FigureDescription, pose: Pose): Point {
  const held = anchoredPoint(description, pose, [0, 0]);
  return [description.anchor.at[0] - held[0], description.anchor.at[1] - held[1]];
}

/** A pose `share` of the way between two others (0 is `from`, 1 is `to`). */
export function blend(from: Pose, to: Pose, share: number): Pose {
  const angles = {} as Record<Segment, number>;
  const reach: Partial<Record<Segment, number>> = {};
  for (const segment of SEGMENTS) {
    angles[segment] = from.angles[segment] + (to.angles[segment] - from.angles[segment]) * share;
    const a = reachOf(from, segment);
    const b = reachOf(to, segment);
    if (a !== 1 || b !== 1) reach[segment] = a + (b - a) * share;
  }
  return { angles, reach };
}

/** The pose `share` of the way through the movement, from the start (0) through any waypoints to the end (1). */
export function poseAt(description: Pick<FigureDescription, 'start' | 'end' | 'via'>, share: number): Pose {
  const points: Waypoint[] = [
    { at: 0, pose: description.start },
    ...description.via,
    { at: 1, pose: description.end },
  ];
  const clamped = Math.min(1, Math.max(0, share));
  for (let index = 1; index < points.length; index++) {
    const before = points[index - 1] as Waypoint;
    const after = points[index] as Waypoint;
    if (clamped <= after.at) {
      const span = after.at - before.at;
      return blend(before.pose, after.pose, span > 0 ? (clamped - before.at) / span : 1);
    }
  }
  return description.end;
}

/** One repetition's length in seconds. */
export function cycleSeconds(tempo: Tempo): number {
  return tempo.toEnd + tempo.atEnd + tempo.toStart + tempo.atStart;
}

const ease = (progress: number): number => (1 - Math.cos(Math.PI * progress)) / 2;

/** How far through the movement the figure is (0 start, 1 end) at a moment of one repetition. */
export function shareAt(tempo: Tempo, seconds: number): number {
  const period = cycleSeconds(tempo);
  let t = ((seconds % period) + period) % period;
  if (t < tempo.toEnd) return ease(t / tempo.toEnd);
  t -= tempo.toEnd;
  if (t < tempo.atEnd) return 1;
  t -= tempo.atEnd;
  if (t < tempo.toStart) return 1 - ease(t / tempo.toStart);
  return 0;
}

/** A line from a fixed point (a pulley, a pivot) to the hands: its direction in SVG degrees and its length. */
export interface Link {
  from: Point;
  rotation: number;
  length: number;
}

/** The cables and bars that run from a fixed point to the near grip. */
export function linksOf(description: FigureDescription, placed: readonly PlacedSegment[]): Link[] {
  const grip = gripPoint(placed);
  return description.equipment.flatMap((item) => {
    const from = item.kind === 'cable' ? item.pulley : item.kind === 't-bar' ? item.pivot : null;
    if (!from) return [];
    return [
      {
        from,
        rotation: (Math.atan2(grip[1] - from[1], grip[0] - from[0]) * 180) / Math.PI,
        length: distance(from, grip),
      },
    ];
  });
}

/** The whole figure at one moment: where the pelvis is, how every joint is turned, what shows of each segment. */
export interface FigureFrame {
  root: Point;
  rotations: Record<Segment, number>;
  reach: Record<Segment, number>;
  links: Link[];
}

/** The figure at a pose, with its pelvis placed so that the anchor holds. */
export function frameFor(description: FigureDescription, pose: Pose): FigureFrame {
  const root = rootFor(description, pose);
  const reach = {} as Record<Segment, number>;
  for (const segment of SEGMENTS) reach[segment] = reachOf(pose, segment);
  return {
    root,
    rotations: localRotations(description.view, pose),
    reach,
    links: linksOf(description, placeFigure(description.view, pose, root)),
  };
}

/** The moments (in seconds into one repetition) of `stops` evenly spaced keyframes. */
export function keyframeMoments(tempo: Tempo, stops: number): number[] {
  const period = cycleSeconds(tempo);
  return Array.from({ length: stops }, (_, index) => (index / stops) * period);
}

/**
 * The animation as `stops` evenly spaced keyframes of one repetition (the first closes the loop again).
 * Each is worked out from the pose at its moment, with the pelvis put back where the anchor holds, so the
 * feet (or the hands on a bar) stay put to within what happens between two keyframes.
 */
export function figureKeyframes(description: FigureDescription, stops: number): FigureFrame[] {
  return keyframeMoments(description.tempo, stops).map((seconds) =>
    frameFor(description, poseAt(description, shareAt(description.tempo, seconds))),
  );
}

/** The drawn size of a dumbbell's end and of a pulley wheel, which the frame must hold. */
export const DUMBBELL_RADIUS = 6;
export const PULLEY_RADIUS = 5;

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The smallest box holding a pose: every segment at its thickness, the head, the feet and what is held. */
export function extentOf(description: FigureDescription, pose: Pose): Extent {
  const placed = placeFigure(description.view, pose, rootFor(description, pose));
  const xs: number[] = [];
  const ys: number[] = [];
  const cover = (point: Point, radius: number): void => {
    xs.push(point[0] - radius, point[0] + radius);
    ys.push(point[1] - radius, point[1] + radius);
  };
  for (const part of placed) {
    if (part.segment === 'head') {
      cover(part.end, Math.max(HEAD.rx, HEAD.ry));
      continue;
    }
    if (part.segment === 'foot' && description.view === 'side') {
      for (const x of [FOOT.heel, FOOT.toe])
        cover(add(part.joint, rotate([x, ANKLE_HEIGHT], part.rotation)), 0);
    }
    cover(part.joint, part.halfWidth[0]);
    cover(part.end, part.halfWidth[1]);
  }
  const grip = gripPoint(placed);
  for (const item of description.equipment) {
    switch (item.kind) {
      case 'barbell':
        cover(grip, item.plateRadius);
        break;
      case 't-bar':
        cover(grip, item.plateRadius);
        cover([item.pivot[0] - 6, item.pivot[1] - 3], 0);
        cover([item.pivot[0] + 6, item.pivot[1] + 4], 0);
        break;
      case 'dumbbells':
        for (const limb of ['near', 'far'] as const) cover(gripPoint(placed, limb), DUMBBELL_RADIUS);
        break;
      case 'cable':
        cover(item.pulley, PULLEY_RADIUS);
        cover([item.column.x, item.column.top], 4);
        break;
      case 'pull-up-bar':
        cover([item.from, item.y], 2);
        cover([item.to, item.y], 2);
        break;
      case 'bench':
      case 'foot-plate':
        cover([item.box.x, item.box.y], 0);
        cover([item.box.x + item.box.width, item.box.y + item.box.height], 0);
        break;
    }
  }
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}
