// Small tools shared by the benchmarks: timing, percentiles and a plain-text table. Benchmarks print
// figures; they never pass or fail on a timing.
import { cpus, platform, release } from 'node:os';

/** Milliseconds elapsed while `fn` runs, from the monotonic high-resolution clock. */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The p-th percentile (0 to 100) by linear interpolation between the closest ranks. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    min: Math.min(...samples),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
  };
}

/** Runs `fn` `count` times, one after another, and returns each duration in milliseconds. */
export async function sample(count: number, fn: (index: number) => unknown): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < count; index += 1) {
    durations.push(await timeMsAsync(async () => fn(index)));
  }
  return durations;
}

/** A duration with a precision that suits its size: 0.012 ms, 1.23 ms, 45.6 ms, 789 ms. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const digits = ms < 0.1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${ms.toFixed(digits)} ms`;
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : String(ratio);
}

/** A table with a header row; the first column is left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Header and rows of a latency table for named sample sets. */
export function latencyTable(sets: readonly { name: string; samples: readonly number[] }[]): string {
  return formatTable(
    ['', 'n', 'min', 'p50', 'p95', 'p99', 'max'],
    sets.map(({ name, samples }) => {
      const s = summarize(samples);
      return [
        name,
        String(s.n),
        formatMs(s.min),
        formatMs(s.p50),
        formatMs(s.p95),
        formatMs(s.p99),
        formatMs(s.max),
      ];
    }),
  );
}

export function printTitle(title: string): void {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

export function printSection(title: string, body: string): void {
  console.log(`\n${title}\n${body}`);
}

/** The machine the figures were taken on, so two runs can be compared fairly. */
export function describeMachine(): string {
  const cpuList = cpus();
  return `${platform()} ${release()}, ${cpuList.length} x ${cpuList[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}`;
}
