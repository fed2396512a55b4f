import type { FigureDescription } from '../description';

/**
 * Seen from behind and a little above, hinged forward: the back faces the viewer whole, the head is bowed
 * out of sight behind the shoulders, and the legs and the hanging arms point away and show short. The arms
 * lift out to the sides like wings and come into full view.
 */
export const reverseFly: FigureDescription = {
  view: 'rear',
  frame: { width: 180, height: 151 },
  floor: 147,
  anchor: { holds: 'feet', at: [90, 139] },
  start: {
    angles: { torso: 180, head: 180, upperArm: 8, forearm: 4, hand: 4, thigh: 4, shin: 1, foot: 0 },
    reach: { head: 0.1, upperArm: 0.6, forearm: 0.6, thigh: 0.72, shin: 0.72 },
  },
  end: {
    angles: { torso: 180, head: 180, upperArm: 88, forearm: 80, hand: 80, thigh: 4, shin: 1, foot: 0 },
    reach: { head: 0.1, thigh: 0.72, shin: 0.72 },
  },
  via: [],
  tempo: { toEnd: 1, atEnd: 0.8, toStart: 1.6, atStart: 0.4 },
  equipment: [{ kind: 'dumbbells' }],
};
