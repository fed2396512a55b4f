import type { Angles, FigureView, Point, Segment } from './skeleton';

/**
 * How much of its length a segment shows, where it points toward or away from the viewer (1 when it lies
 * in the picture's plane): an upper arm held out to the side in a side view, a trunk leaning toward the
 * viewer in a rear view. Segments left out show whole.
 */
export type Reach = Readonly<Partial<Record<Segment, number>>>;

/** A position of the body: every joint's angle, and how foreshortened any segment is. */
export interface Pose {
  angles: Angles;
  reach?: Reach;
}

/**
 * How long each part of one repetition takes, in seconds: moving from the start position to the end one,
 * holding it, coming back, and pausing before the next repetition.
 */
export interface Tempo {
  toEnd: number;
  atEnd: number;
  toStart: number;
  atStart: number;
}

/** What stays where it is while the body moves: the feet on the floor, the hands on a bar, or the seat. */
export interface Anchor {
  /**
   * `feet`: midway between the ankles; `hands`: midway between the grips (a symmetrical figure seen from
   * behind thus stays centred); `hips`: the pelvis.
   */
  holds: 'feet' | 'hands' | 'hips';
  /** Where that point is in the figure's frame. */
  at: Point;
}

/** A rectangle of the frame: a bench, a foot plate. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The equipment drawn with a figure. Held things (a barbell, dumbbells, a handle) move with the hands; a
 * cable and a T-bar run from a fixed point (a pulley, a pivot) to the hands; the rest stands still.
 */
export type FigureEquipment =
  | { kind: 'barbell'; plateRadius: number }
  | { kind: 'dumbbells' }
  | { kind: 'cable'; pulley: Point; attachment: 'handle' | 'rope'; column: { x: number; top: number } }
  | { kind: 't-bar'; pivot: Point; plateRadius: number }
  | { kind: 'pull-up-bar'; y: number; from: number; to: number }
  | { kind: 'bench'; box: Box }
  | { kind: 'foot-plate'; box: Box };

export type FigureEquipmentKind = FigureEquipment['kind'];

/**
 * The library equipment (by id) each drawn item stands for; a bench or a foot plate is part of a station and
 * stands for nothing by itself.
 */
export const EQUIPMENT_DRAWN_AS: Readonly<Record<FigureEquipmentKind, readonly string[]>> = {
  barbell: ['barbell'],
  dumbbells: ['dumbbells'],
  cable: ['cable-station'],
  't-bar': ['t-bar-station', 'landmine'],
  'pull-up-bar': ['pull-up-bar'],
  bench: [],
  'foot-plate': [],
};

/** A pose the movement passes through on the way from the start to the end, `at` a share of the way. */
export interface Waypoint {
  at: number;
  pose: Pose;
}

/** A movement figure: everything needed to draw and animate one exercise, as data. */
export interface FigureDescription {
  view: FigureView;
  /** The picture's size; x from 0 to width, y from 0 to height. */
  frame: { width: number; height: number };
  /** The floor's height in the frame, or null when the figure hangs and no floor is drawn. */
  floor: number | null;
  anchor: Anchor;
  start: Pose;
  end: Pose;
  /** Poses between the start and the end, in order, where a straight blend would move wrongly. */
  via: readonly Waypoint[];
  tempo: Tempo;
  equipment: readonly FigureEquipment[];
}
