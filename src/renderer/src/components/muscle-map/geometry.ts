/**
 * Functions that turn point lists into smooth SVG path data. Shapes of the muscle map are authored as
 * points on the figure's right-hand side of the page (x >= 0 around the figure's centre line) and mirrored.
 */

/** A point; a third element `1` makes it a sharp corner instead of a smooth bend. */
export type Point = readonly [number, number] | readonly [number, number, 1];

const round = (value: number): string => (Math.round(value * 10) / 10).toString();

function isCorner(point: Point): boolean {
  return point[2] === 1;
}

/**
 * A closed Catmull-Rom spline through `points`, written as cubic Béziers. `tension` below 1 tightens the
 * curve; corner points get no tangent, so the outline turns sharply there.
 */
export function closedPath(points: readonly Point[], tension = 0.9): string {
  const count = points.length;
  if (count < 3) throw new Error('A closed shape needs at least three points.');
  const at = (index: number): Point => points[((index % count) + count) % count] as Point;
  const tangent = (index: number): readonly [number, number] => {
    const point = at(index);
    if (isCorner(point)) return [0, 0];
    const before = at(index - 1);
    const after = at(index + 1);
    return [((after[0] - before[0]) / 6) * tension, ((after[1] - before[1]) / 6) * tension];
  };
  const first = at(0);
  let d = `M${round(first[0])} ${round(first[1])}`;
  for (let index = 0; index < count; index++) {
    const from = at(index);
    const to = at(index + 1);
    const [fx, fy] = tangent(index);
    const [tx, ty] = tangent(index + 1);
    d +=
      `C${round(from[0] + fx)} ${round(from[1] + fy)} ` +
      `${round(to[0] - tx)} ${round(to[1] - ty)} ${round(to[0])} ${round(to[1])}`;
  }
  return `${d}Z`;
}

/** The same points reflected across the figure's centre line, in reverse order so winding is kept. */
export function mirror(points: readonly Point[]): Point[] {
  return points
    .map((point): Point => (isCorner(point) ? [-point[0], point[1], 1] : [-point[0], point[1]]))
    .reverse();
}

/**
 * Reads a compact list of points, "x y" pairs separated by commas; a `!` after a pair marks a corner:
 * `'0 0, 10 0!, 10 10'`.
 */
export function points(text: string): Point[] {
  return text.split(',').map((pair): Point => {
    const corner = pair.trim().endsWith('!');
    const [x, y] = pair.replace('!', '').trim().split(/\s+/).map(Number);
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) {
      throw new Error(`"${pair}" is not a point.`);
    }
    return corner ? [x, y, 1] : [x, y];
  });
}

/** Moves points by (dx, dy). */
export function shift(points: readonly Point[], dx: number, dy: number): Point[] {
  return points.map((point): Point =>
    isCorner(point) ? [point[0] + dx, point[1] + dy, 1] : [point[0] + dx, point[1] + dy],
  );
}

/** The area of the polygon through `points` (a good enough measure of a smooth shape's size). */
export function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  points.forEach((point, index) => {
    const next = points[(index + 1) % points.length] as Point;
    sum += point[0] * next[1] - next[0] * point[1];
  });
  return Math.abs(sum) / 2;
}
