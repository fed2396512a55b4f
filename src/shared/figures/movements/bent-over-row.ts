import type { FigureDescription } from '../description';

/** Hinged to about 45° on soft knees; the bar rows from hanging arms to the waist, elbows close. */
export const bentOverRow: FigureDescription = {
  view: 'side',
  frame: { width: 80, height: 152 },
  floor: 148,
  anchor: { holds: 'feet', at: [37.5, 140] },
  start: {
    angles: { torso: 135, head: 140, upperArm: 0, forearm: 0, hand: 0, thigh: 35, shin: -5, foot: 90 },
  },
  end: {
    angles: { torso: 135, head: 140, upperArm: -78, forearm: 29, hand: 29, thigh: 35, shin: -5, foot: 90 },
  },
  via: [],
  tempo: { toEnd: 1, atEnd: 0.6, toStart: 1.8, atStart: 0.5 },
  equipment: [{ kind: 'barbell', plateRadius: 20 }],
};
