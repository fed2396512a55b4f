import type { FigureDescription } from '../description';

/**
 * The rope comes from a high pulley to the face: from long arms to the hands by the ears, the elbows high and
 * out to the sides. The upper arm then points away from the viewer and the forearms lean in toward the
 * head, so both show short.
 */
export const facePull: FigureDescription = {
  view: 'side',
  frame: { width: 127, height: 185 },
  floor: 181,
  anchor: { holds: 'feet', at: [16, 173] },
  start: {
    angles: { torso: 178, head: 180, upperArm: 100, forearm: 100, hand: 100, thigh: 3, shin: -3, foot: 90 },
  },
  end: {
    angles: { torso: 180, head: 180, upperArm: 110, forearm: 178, hand: 178, thigh: 3, shin: -3, foot: 90 },
    reach: { upperArm: 0.22, forearm: 0.55 },
  },
  via: [],
  tempo: { toEnd: 1, atEnd: 0.8, toStart: 1.6, atStart: 0.4 },
  equipment: [{ kind: 'cable', pulley: [113, 23], attachment: 'rope', column: { x: 118, top: 9 } }],
};
