import type { FigureDescription } from '../description';

/**
 * From the floor to standing tall: the knees straighten first while the back keeps its angle, then the hips
 * drive forward; the bar stays over the middle of the foot, close to the legs.
 */
export const deadlift: FigureDescription = {
  view: 'side',
  frame: { width: 90, height: 179 },
  floor: 175,
  anchor: { holds: 'feet', at: [48, 167] },
  start: {
    angles: {
      torso: 119.5,
      head: 128,
      upperArm: -2,
      forearm: -2,
      hand: -2,
      thigh: 76.5,
      shin: -15,
      foot: 90,
    },
  },
  end: {
    angles: { torso: 180, head: 180, upperArm: 8, forearm: 8, hand: 8, thigh: 0, shin: 0, foot: 90 },
  },
  via: [],
  tempo: { toEnd: 1.4, atEnd: 0.8, toStart: 1.8, atStart: 0.8 },
  equipment: [{ kind: 'barbell', plateRadius: 21.9 }],
};
