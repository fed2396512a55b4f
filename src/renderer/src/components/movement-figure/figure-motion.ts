import {
  RIGID,
  bonesOf,
  jointOffset,
  type FigureDescription,
  type FigureFrame,
  type Segment,
} from '@shared/figures';

/**
 * How many evenly spaced keyframes one repetition is cut into. The stylesheet of FigureDrawing.vue names
 * exactly this many custom properties (--f0 to --f39) in its keyframes.
 */
export const STOPS = 40;

/** The style of one group of the drawing: a fixed transform, or a transform for every keyframe. */
export interface Motion {
  style: Record<string, string>;
  moving: boolean;
}

export interface SegmentMotion {
  /** The segment's joint in its parent's frame and its turn about it; its children move with it. */
  place: Motion;
  /** The segment's own drawing, shortened where it points toward or away from the viewer. */
  shape: Motion;
}

export interface FigureMotion {
  root: Motion;
  segments: Record<Segment, SegmentMotion>;
  /** The cables and bars that run from a fixed point to the hands, in the order of the equipment. */
  links: Motion[];
}

const n = (value: number): string => (Math.round(value * 100) / 100).toString();

/** One transform for every keyframe; a group that does not move gets it once, without an animation. */
export function motion(transforms: readonly string[]): Motion {
  const [first = 'none'] = transforms;
  if (transforms.every((transform) => transform === first))
    return { style: { transform: first }, moving: false };
  const style: Record<string, string> = {};
  transforms.forEach((transform, index) => (style[`--f${index}`] = transform));
  return { style, moving: true };
}

/**
 * The transforms of every group of a figure's drawing over its keyframes (one keyframe for a still). Worked
 * out once per figure: the browser animates them, nothing runs per frame.
 */
export function figureMotion(description: FigureDescription, frames: readonly FigureFrame[]): FigureMotion {
  const bones = bonesOf(description.view);
  const segments = {} as Record<Segment, SegmentMotion>;
  for (const bone of bones) {
    const parent = bones.find((candidate) => candidate.segment === bone.parent) ?? null;
    const alongX = bone.rest === 90 || bone.rest === -90;
    segments[bone.segment] = {
      place: motion(
        frames.map((frame) => {
          const [x, y] = jointOffset(bone, parent, parent ? frame.reach[parent.segment] : 1);
          return `translate(${n(x)}px, ${n(y)}px) rotate(${n(frame.rotations[bone.segment])}deg)`;
        }),
      ),
      shape: motion(
        frames.map((frame) => {
          const reach = frame.reach[bone.segment];
          if (RIGID.includes(bone.segment)) {
            // Slid toward its joint along its own axis rather than squashed.
            const shift = (1 - reach) * bone.length * (bone.rest === 180 ? 1 : -1);
            return `translate(0px, ${n(shift)}px)`;
          }
          return alongX ? `scale(${n(reach)}, 1)` : `scale(1, ${n(reach)})`;
        }),
      ),
    };
  }
  const linkCount = frames[0]?.links.length ?? 0;
  return {
    root: motion(frames.map((frame) => `translate(${n(frame.root[0])}px, ${n(frame.root[1])}px)`)),
    segments,
    links: Array.from({ length: linkCount }, (_, index) =>
      motion(
        frames.map((frame) => {
          const link = frame.links[index];
          return link ? `rotate(${n(link.rotation)}deg) scale(${n(link.length)}, 1)` : 'none';
        }),
      ),
    ),
  };
}
