import { describe, expect, it } from 'vitest';
import { loadInUnit, type ProgressPoint } from '@shared/domain';
import { CHART, CHART_DATE_GAP, chartGeometry } from '@renderer/components/progress/chart-geometry';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 12);
const kg = (value: number): number => value;
const BASELINE = CHART.height - CHART.bottom;

const point = (day: number, estimated: number | null, top: number | null): ProgressPoint => ({
  sessionId: `s${day}`,
  at: T0 + day * DAY,
  bestEstimated1rmKg: estimated,
  topSetKg: top,
});

describe('progress chart geometry', () => {
  it('draws loads from 0 at the bottom, heavier higher, sessions left to right by date', () => {
    const geometry = chartGeometry([point(0, 50, 40), point(7, 60, 45), point(21, 66, 50)], kg);
    expect(geometry.yTicks[0]).toEqual({ value: 0, y: BASELINE });
    const top = geometry.yTicks.at(-1);
    expect(top?.value).toBeGreaterThanOrEqual(66);
    expect(top?.y).toBeGreaterThanOrEqual(CHART.top);

    const [a, b, c] = geometry.points;
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(a.x).toBeLessThan(b.x);
    // Spaced by time, not by index: the third session is two weeks after the second.
    expect((c.x - b.x) / (b.x - a.x)).toBeCloseTo(2, 6);
    expect(a.estimated).toBeLessThan(a.topSet ?? 0);
    expect(c.estimated).toBeLessThan(a.estimated ?? 0);
    for (const plotted of geometry.points) {
      expect(plotted.x).toBeGreaterThan(CHART.left);
      expect(plotted.x).toBeLessThan(CHART.width - CHART.right);
    }
  });

  it('places a single session in the middle', () => {
    const geometry = chartGeometry([point(0, 60, 45)], kg);
    expect(geometry.points[0]?.x).toBeCloseTo((CHART.left + CHART.width - CHART.right) / 2, 6);
    expect(geometry.xTicks).toHaveLength(1);
  });

  it('draws in the member’s unit', () => {
    const inKg = chartGeometry([point(0, 100, 80)], kg);
    const inLb = chartGeometry([point(0, 100, 80)], (value) => loadInUnit(value, 'lb'));
    expect(inKg.yTicks.at(-1)?.value).toBeLessThan(200);
    expect(inLb.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(loadInUnit(100, 'lb'));
  });

  it('leaves a gap in a line where a session has no value, and draws nothing for none at all', () => {
    const geometry = chartGeometry([point(0, 50, 40), point(7, null, null), point(14, 55, 45)], kg);
    expect(geometry.points[1]).toMatchObject({ estimated: null, topSet: null });
    // Two separate pieces (each a move), never a line through the missing session.
    expect(geometry.estimatedPath.match(/M/g)).toHaveLength(2);
    expect(chartGeometry([point(0, null, null)], kg).estimatedPath).toBe('');
  });

  it('dates the first and the last session, and never puts two dates where they would overlap', () => {
    const apart = (ticks: { x: number }[]): number[] =>
      ticks.slice(1).map((tick, index) => tick.x - (ticks[index]?.x ?? 0));
    // Twice a week, then a long break and one more: the dates of the first weeks crowd together.
    const days = [0, 3, 7, 10, 14, 17, 21, 24, 28, 31, 35, 38, 42, 45, 120];
    for (const count of [2, 6, 13, 14, days.length]) {
      const points = days.slice(0, count).map((day, index) => point(day, 50 + index, 40 + index));
      const ticks = chartGeometry(points, kg).xTicks;
      expect(ticks[0]?.at, `${count} sessions`).toBe(points[0]?.at);
      expect(ticks.at(-1)?.at, `${count} sessions`).toBe(points.at(-1)?.at);
      expect(Math.min(...apart(ticks)), `${count} sessions`).toBeGreaterThanOrEqual(CHART_DATE_GAP);
    }
    // Evenly spread sessions get a date every few, not just the ends.
    const weekly = Array.from({ length: 10 }, (_, index) => point(index * 7, 50, 40));
    expect(chartGeometry(weekly, kg).xTicks.length).toBeGreaterThanOrEqual(4);
  });
});
