import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ProgressPoint } from '@shared/domain';

/** The chart's drawing space (SVG units); it scales to the width of the screen. */
export const CHART = { width: 1000, height: 520, left: 120, right: 40, top: 30, bottom: 100 } as const;

/** The least distance between two dates under the chart: a date ("Sep 30", 30 units high) is about 120 wide. */
export const CHART_DATE_GAP = 140;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PlottedPoint {
  x: number;
  estimated: number | null;
  topSet: number | null;
}

export interface ChartGeometry {
  points: PlottedPoint[];
  estimatedPath: string;
  topSetPath: string;
  yTicks: { value: number; y: number }[];
  xTicks: { at: number; x: number }[];
}

/**
 * Where each session's values land: x by the session's date, y by the load in the member's unit (from 0,
 * so a small gain looks small). `inUnit` turns kilograms into that unit.
 */
export function chartGeometry(
  points: readonly ProgressPoint[],
  inUnit: (kg: number) => number,
): ChartGeometry {
  const times = points.map((point) => point.at);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const spread = last > first ? [first, last] : [first - DAY_MS, first + DAY_MS];
  const x = scaleLinear()
    .domain(spread)
    .range([CHART.left + 30, CHART.width - CHART.right - 30]);
  const values = points.flatMap((point) =>
    [point.bestEstimated1rmKg, point.topSetKg].flatMap((value) => (value === null ? [] : [inUnit(value)])),
  );
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values) * 1.1])
    .nice(5)
    .range([CHART.height - CHART.bottom, CHART.top]);
  const plotted = points.map((point) => ({
    x: x(point.at),
    estimated: point.bestEstimated1rmKg === null ? null : y(inUnit(point.bestEstimated1rmKg)),
    topSet: point.topSetKg === null ? null : y(inUnit(point.topSetKg)),
  }));
  const path = (pick: (point: PlottedPoint) => number | null): string =>
    line<PlottedPoint>()
      .defined((point) => pick(point) !== null)
      .x((point) => point.x)
      .y((point) => pick(point) ?? 0)(plotted) ?? '';
  // Dates under the points themselves: the first and the last always, others where a date fits between.
  const xTicks: { at: number; x: number }[] = [];
  for (const point of points) {
    const tick = { at: point.at, x: x(point.at) };
    const before = xTicks[xTicks.length - 1];
    if (!before || tick.x - before.x >= CHART_DATE_GAP) xTicks.push(tick);
  }
  const newest = points[points.length - 1];
  if (newest && xTicks[xTicks.length - 1]?.at !== newest.at) {
    const newestX = x(newest.at);
    while (xTicks.length > 1 && newestX - (xTicks[xTicks.length - 1]?.x ?? 0) < CHART_DATE_GAP) xTicks.pop();
    xTicks.push({ at: newest.at, x: newestX });
  }
  return {
    points: plotted,
    estimatedPath: path((point) => point.estimated),
    topSetPath: path((point) => point.topSet),
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    xTicks,
  };
}
