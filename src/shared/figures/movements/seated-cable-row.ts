import type { FigureDescription } from '../description';

/** Sitting tall with the feet on the plates, the handle comes from long arms to the stomach. */
export const seatedCableRow: FigureDescription = {
  view: 'side',
  frame: { width: 156, height: 138 },
  floor: 134,
  anchor: { holds: 'hips', at: [35, 87] },
  start: {
    angles: { torso: 163, head: 170, upperArm: 80, forearm: 85, hand: 88, thigh: 97, shin: 68, foot: 160 },
  },
  end: {
    angles: { torso: 182, head: 180, upperArm: -35, forearm: 95, hand: 95, thigh: 97, shin: 68, foot: 160 },
  },
  via: [],
  tempo: { toEnd: 1.2, atEnd: 0.6, toStart: 1.8, atStart: 0.4 },
  equipment: [
    { kind: 'bench', box: { x: 5, y: 97, width: 60, height: 37 } },
    { kind: 'foot-plate', box: { x: 125, y: 84, width: 6, height: 50 } },
    { kind: 'cable', pulley: [143, 89], attachment: 'handle', column: { x: 147, top: 9 } },
  ],
};
