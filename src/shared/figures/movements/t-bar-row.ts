import type { FigureDescription } from '../description';

/** Straddling a bar whose far end is fixed on the floor behind: the handle comes up to the chest. */
export const tBarRow: FigureDescription = {
  view: 'side',
  frame: { width: 172, height: 155 },
  floor: 151,
  anchor: { holds: 'feet', at: [137, 143] },
  start: {
    angles: { torso: 138, head: 145, upperArm: 0, forearm: 0, hand: 0, thigh: 35, shin: -5, foot: 90 },
  },
  end: {
    angles: { torso: 138, head: 145, upperArm: -80, forearm: 10, hand: 10, thigh: 35, shin: -5, foot: 90 },
  },
  via: [],
  tempo: { toEnd: 1, atEnd: 0.5, toStart: 2, atStart: 0.5 },
  equipment: [{ kind: 't-bar', pivot: [11, 147], plateRadius: 17 }],
};
