import type { FigureDescription } from '../description';
import type { Angles } from '../skeleton';

/** A full hang: arms long, a little wider than the shoulders, legs still. */
const HANG: Angles = {
  torso: 180,
  head: 180,
  upperArm: 170,
  forearm: 170,
  hand: 170,
  thigh: 2,
  shin: 0,
  foot: 0,
};

/** Seen from behind, hands fixed on the bar: from a full hang to the chin over the bar, elbows down and in. */
export const pullUp: FigureDescription = {
  view: 'rear',
  frame: { width: 130, height: 238 },
  floor: null,
  anchor: { holds: 'hands', at: [65, 31] },
  start: { angles: HANG },
  end: { angles: { ...HANG, upperArm: 4, forearm: 165, hand: 165 } },
  // On the way up, so the hands keep their width on the bar instead of sliding along it.
  via: [
    { at: 0.25, pose: { angles: { ...HANG, upperArm: 129, forearm: 202, hand: 202 } } },
    { at: 0.5, pose: { angles: { ...HANG, upperArm: 105, forearm: 214, hand: 214 } } },
    { at: 0.75, pose: { angles: { ...HANG, upperArm: 70, forearm: 212, hand: 212 } } },
  ],
  tempo: { toEnd: 1.2, atEnd: 0.5, toStart: 1.8, atStart: 0.5 },
  equipment: [{ kind: 'pull-up-bar', y: 31, from: 8, to: 122 }],
};
