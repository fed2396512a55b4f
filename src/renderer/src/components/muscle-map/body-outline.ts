import { closedPath, mirror, points, polygonArea, shift, type Point } from './geometry';

/**
 * The drawing of the muscle map: a front and a back figure side by side, each a silhouette with the muscles
 * laid over it as named regions. Everything is authored for the figure's right-hand side of the page, with
 * x measured from the centre line and y from the top of the head, and mirrored to the other side. Muscles may
 * run past the silhouette: the component clips them to it, which keeps the outer edges clean.
 */

export type FigureView = 'front' | 'back';

/** The whole drawing; the figures stand in two 200-unit columns above a line for their captions. */
export const VIEW_BOX = { width: 400, height: 440 } as const;
const TOP = 10;
const CENTRE: Record<FigureView, number> = { front: 100, back: 300 };
/** Where the captions "Front" and "Back" sit, below the feet. */
export const CAPTION_Y = 430;

/** Half the silhouette, from the crown down the right side, round the arm and the leg, up to the crotch. */
const HALF_SILHOUETTE = points(
  '0 0, 11 2.5, 17 10, 18.5 19!, 20.5 18.5, 21.5 22, 20.5 29, 18.5 32!, 16.5 38, 14.5 45, ' +
    '13.5 50!, 14 57, 19 62, 30 66, 42 70, 51 73, 57 78, 61 86, 63.5 97, 66 112, 68.5 128, 69 142, ' +
    '70 152, 74 163, 77 178, 79 196, 80 204, 83 214, 84 226, 81 240, 76 245, 71 241, 68 229, ' +
    '66.5 214, 65 204, 60 188, 55 170, 51 154, 48 140, 44.5 122, 40.5 106!, 42 116, 40.5 128, ' +
    '36.5 143, 34.5 155, 36.5 168, 40.5 182, 42.5 196, 43 212, 41.5 236, 38 262, 33.5 282, 33 296, ' +
    '37 314, 36 336, 30.5 356, 26 372, 27.5 383, 28 390, 22 396, 14 396, 11 390, 12 376, 11.5 360, ' +
    '10.5 340, 9.5 318, 10.5 300, 10 292, 8 268, 6 245, 4 222, 1.5 207, 0 206!',
);

export type ShapeSet = Readonly<Record<string, readonly string[]>>;

/** Muscles seen from the front, right-hand side of the page. */
const FRONT: ShapeSet = {
  neck: ['10.5 45, 14.5 50, 10.5 59, 6 66.5!, 1.5 66!, 4 60, 8 51'],
  'upper-traps': ['13 49, 20 57, 34 62, 54 67, 46 74!, 30 71, 18 68, 13.5 64'],
  'front-delts': ['36 72.5!, 48 73, 58 76, 68 86, 69 102, 61 117!, 55 108, 48 97, 42 84'],
  chest: [
    '2.5 73!, 14 72.5, 27 73.5, 35.5 76, 41.5 85, 46 95, 48 101!, 42 106, 36 111, 28 116.5, 18 119.5, 9 118.5, 2.5 113!',
  ],
  biceps: ['49 104, 56 110, 64 118, 70 130, 71 144, 62 154!, 55 150, 47 138, 43 122, 43 108'],
  lats: ['39 105!, 44 112, 43.5 126, 39.5 142!, 37 130, 37 116'],
  forearms: [
    '62 153!, 71 154, 77 164, 80 180, 80 196, 76 202!, 72 186, 67 170',
    '52 156!, 60 157, 66 172, 71 188, 73 203!, 66 204!, 60 190, 53 174, 48 160',
  ],
  abs: [
    '2 121!, 12 120, 14.5 122!, 14.5 135!, 2 135.5!',
    '2 138!, 14.5 137.5!, 14.5 151!, 2 151.5!',
    '2 154!, 14.5 153.5!, 14 167!, 2 167.5!',
    '2 170!, 14 169.5!, 13.5 184, 9 196, 2 201!',
  ],
  obliques: [
    '17 129, 23 128, 29 131.5, 34.5 133, 38 134, 38 146, 36.5 160, 38 172!, 30 177, 22 185, 16.5 190!, 16.5 170, 17 150',
  ],
  quadriceps: [
    '19 208, 26 200, 32 210, 33 232, 29 258, 24 275!, 20 258, 18 234',
    '36 212, 42 210, 48 222, 45 244, 39 266, 32 282!, 30 268, 33 246, 35 228',
    '16 244, 21 256, 24 272, 21 286!, 14 287, 9 280, 7 264, 9 250',
  ],
  adductors: ['0 205!, 8 196, 15 201, 16 214, 12 232, 7 246!, 4 232, 1 218'],
  abductors: ['36 178, 42 182, 47 196, 45 212, 40 217!, 36 203, 34 188'],
  calves: [
    '9 296, 14 300, 17.5 316, 16.5 336, 13.5 351, 10 353, 7 336, 7 316',
    '33 306, 40 318, 37 344, 32.5 357, 30 350, 30.5 334',
  ],
};

/** Muscles seen from the back, right-hand side of the page. */
const BACK: ShapeSet = {
  'upper-traps': [
    '0 44!, 7 45, 12 51, 14 58, 26 63.5, 42 69, 54 72, 47 74!, 36 74.5, 22 72.5, 10 71, 0 70.5!',
  ],
  'middle-traps': ['0 73!, 10 73, 22 74.5, 36 76.5, 46 76.5!, 40 80.5, 30 84, 20 87.5!, 0 88!'],
  rhomboids: ['2 90.5!, 19.5 90!, 22 101, 24 113!, 2 107.5!'],
  'lower-traps': ['2 110!, 23.5 116!, 15 127, 7 138, 2 146!'],
  'rotator-cuff': ['22 89.5!, 32 85.5, 42 81, 46 86, 46 96, 40 102, 32 106, 26 110!, 23.5 100'],
  'teres-major': ['25.5 112.5!, 33 107.5, 42 103, 52 101, 52 110, 42 116, 32 119'],
  'rear-delts': ['47 76.5!, 53 76.5, 61 80, 68 88, 69 102, 61 115!, 55 107, 48 97, 45 86'],
  triceps: [
    '57 108, 65 111, 72 122, 72 134, 66 142!, 60 132, 56 120',
    '45 109, 53 110, 56 120, 59 132, 61.5 143!, 54 141, 48 132, 44 120',
  ],
  forearms: [
    '58 154!, 66 152, 74 156, 80 172, 81 190, 77 203!, 70 203, 64 188, 59 172',
    '49 156!, 55 158, 61 178, 67 203!, 62 200, 54 180',
  ],
  lats: [
    '25 120.5!, 33 123, 42 119, 50 115!, 46 126, 41 140, 37 153, 35 161!, 27 166, 18 171!, 13.5 163, 10 154, 6.5 147!, 15 132',
  ],
  'erector-spinae': ['1.5 147!, 6 146.5!, 9.5 156, 11.5 168, 12.5 180, 10.5 191, 5.5 196, 1.5 195.5!'],
  abductors: ['17 174!, 27 169, 36 167, 44 174, 46 190, 42 202!, 36 191, 27 182'],
  glutes: [
    '1.5 196!, 8 193, 17 181, 27 183, 36 189, 43 200, 45 214, 41 225, 30 231, 18 232, 8 229, 3 222, 1.5 212!',
  ],
  adductors: ['2 216, 8 232!, 9.5 250, 10.5 264!, 6 252, 3 234'],
  hamstrings: [
    '22 234, 32 232, 42 230, 43 242, 38 264, 32 284!, 28 272, 25 254',
    '8 232, 20 234, 24 254, 27 272, 26 286!, 18 282, 12 268, 9.5 250',
  ],
  calves: [
    '22 292, 30 290, 36 300, 38 316, 33 332, 26 340!, 23 320, 22 302',
    '10 294, 20 292, 22 306, 23 322, 21 344!, 14 338, 9.5 324, 9 308',
    '13 342, 21 347, 28 343, 33.5 336, 35 346, 30 358, 25 366, 18 368, 13 360, 11.5 350',
  ],
};

/** Surface muscles that are not in the vocabulary, drawn in the body's colour so the figure reads whole. */
const INERT: Readonly<Record<FigureView, readonly string[]>> = {
  front: [
    // Serratus anterior, between the chest and the obliques.
    '27 116.5, 32 112.5, 36 112, 35 115.5, 29.5 119',
    '26.5 122.5, 32 118.5, 36 118, 35 121.5, 29 125',
    '27.5 128.5, 32.5 124.5, 36 124.5, 35 128, 30 131',
    // Tibialis anterior, on the outer shin.
    '17 300, 26 296, 31 304, 31 322, 28 342, 24 357, 20.5 359, 18 346, 17 322',
  ],
  back: [],
};

/**
 * Each muscle's shapes as authored (points for the right-hand side, x from the centre line, y from the top of
 * the head), for drawings that show the same muscles elsewhere.
 */
export const MUSCLE_SHAPES: Readonly<Record<FigureView, ShapeSet>> = { front: FRONT, back: BACK };

function place(view: FigureView, shape: readonly Point[]): Point[] {
  return shift(shape, CENTRE[view], TOP);
}

function bothSides(view: FigureView, text: string): string[] {
  const shape = points(text);
  return [closedPath(place(view, shape)), closedPath(place(view, mirror(shape)))];
}

export interface Figure {
  view: FigureView;
  /** The silhouette, also the clip of the muscles. */
  outline: string;
  /** Surface muscles outside the vocabulary, drawn so that the figure reads whole. */
  inert: string[];
  captionX: number;
}

export const FIGURES: readonly Figure[] = (['front', 'back'] as const).map((view) => ({
  view,
  outline: closedPath(place(view, [...HALF_SILHOUETTE, ...mirror(HALF_SILHOUETTE).slice(1, -1)])),
  inert: INERT[view].flatMap((text) => bothSides(view, text)),
  captionX: CENTRE[view],
}));

export interface RegionPath {
  view: FigureView;
  d: string;
  /** The shape's area in square units: small shapes get a larger touch area. */
  area: number;
}

export interface MuscleRegion {
  id: string;
  /** Every path of the muscle, on both sides of both figures where it shows. */
  paths: RegionPath[];
}

function regions(): MuscleRegion[] {
  const ids = [...new Set([...Object.keys(FRONT), ...Object.keys(BACK)])];
  return ids.map((id) => ({
    id,
    paths: (['front', 'back'] as const).flatMap((view) =>
      ((view === 'front' ? FRONT : BACK)[id] ?? []).flatMap((text) => {
        const area = polygonArea(points(text));
        return bothSides(view, text).map((d) => ({ view, d, area }));
      }),
    ),
  }));
}

/** The muscle regions in the order a keyboard moves through them: front figure first, top to bottom. */
export const MUSCLE_REGIONS: readonly MuscleRegion[] = regions();

/** Every muscle id the map can show. */
export const DRAWN_MUSCLE_IDS: readonly string[] = MUSCLE_REGIONS.map((region) => region.id);
