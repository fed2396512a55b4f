import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cuesBetween,
  displaySeconds,
  recordEvent,
  runSnapshot,
  startRun,
  type CircuitRun,
  type Cue,
  type RunDefinition,
  type RunEvent,
} from '@shared/timing';
import { definitionArb, eventsArb } from './arbitraries';
import { DAY, POSTURE, POSTURE_FOREVER, SECOND, T0 } from './fixtures';

const s = (seconds: number): number => T0 + seconds * SECOND;
const key = (cue: Cue): string => `${cue.at}:${cue.kind}:${cue.phase}:${cue.stepIndex}:${cue.round}`;

function withEvents(definition: RunDefinition, events: RunEvent[]): CircuitRun {
  return events.reduce(recordEvent, startRun(definition, T0));
}

describe('cues', () => {
  const run = startRun(POSTURE, T0);

  it('announces get ready, its last three seconds and the first work phase', () => {
    expect(cuesBetween(run, T0 - 1, s(10)).map((cue) => [cue.at - T0, cue.kind, cue.phase])).toEqual([
      [0, 'phase-start', 'get-ready'],
      [7_000, 'countdown-3', 'get-ready'],
      [8_000, 'countdown-2', 'get-ready'],
      [9_000, 'countdown-1', 'get-ready'],
      [10_000, 'phase-start', 'work'],
    ]);
  });

  it('puts the halfway cue in work phases only', () => {
    const halfway = cuesBetween(run, T0, s(790)).filter((cue) => cue.kind === 'halfway');
    expect(halfway).toHaveLength(12);
    expect(halfway[0]).toEqual({ at: s(30), kind: 'halfway', phase: 'work', stepIndex: 0, round: 1 });
  });

  it('counts every phase of the posture circuit once, and ends with done', () => {
    const cues = cuesBetween(run, T0 - 1, s(10_000));
    expect(cues.filter((cue) => cue.kind === 'phase-start')).toHaveLength(1 + 3 * 7 + 2);
    expect(cues.filter((cue) => cue.kind === 'countdown-1')).toHaveLength(1 + 3 * 7 + 2);
    expect(cues[cues.length - 1]).toEqual({
      at: s(790),
      kind: 'done',
      phase: 'work',
      stepIndex: 3,
      round: 3,
    });
  });

  it('falls exactly when the shown second turns to 3, 2 and 1', () => {
    for (const cue of cuesBetween(run, T0, s(790))) {
      const now = runSnapshot(run, cue.at);
      if (cue.kind === 'phase-start') {
        expect(now).toMatchObject({
          phase: cue.phase,
          stepIndex: cue.stepIndex,
          round: cue.round,
          elapsedInPhaseMs: 0,
        });
      }
      const countdown = /^countdown-(\d)$/.exec(cue.kind);
      if (countdown) {
        const shown = Number(countdown[1]);
        expect(displaySeconds(now.remainingMs)).toBe(shown);
        expect(displaySeconds(runSnapshot(run, cue.at - 1).remainingMs)).toBe(shown + 1);
      }
    }
  });

  it('uses a half-open interval: nothing at `from`, everything at `to`', () => {
    expect(cuesBetween(run, s(10), s(10))).toEqual([]);
    expect(cuesBetween(run, s(10), s(11))).toEqual([]);
    expect(cuesBetween(run, s(9), s(10)).map((cue) => cue.kind)).toEqual(['phase-start']);
    expect(cuesBetween(run, s(9) - 1, s(10)).map((cue) => cue.kind)).toEqual(['countdown-1', 'phase-start']);
    expect(cuesBetween(run, s(20), s(10))).toEqual([]);
  });

  it('follows what people do: skip, back, time added, pause, stop', () => {
    const touched = withEvents(POSTURE, [
      { type: 'skip', at: s(15) },
      { type: 'adjust', at: s(20), deltaMs: 10_000 },
      { type: 'pause', at: s(30) },
      { type: 'resume', at: s(90) },
      { type: 'back', at: s(91) },
      { type: 'stop', at: s(150) },
    ]);
    const summary = cuesBetween(touched, s(14), s(1_000)).map(
      (cue) => `${(cue.at - T0) / 1000} ${cue.kind} ${cue.phase}`,
    );
    expect(summary).toEqual([
      '15 phase-start rest',
      // The rest, stretched to 30 s, has run 16 s when "back" restarts it.
      '91 phase-start rest',
      '108 countdown-3 rest',
      '109 countdown-2 rest',
      '110 countdown-1 rest',
      '111 phase-start work',
      '131 halfway work',
      '148 countdown-3 work',
      '149 countdown-2 work',
      // Stopped at the instant the 1 would have shown: the screen shows the end, so no stale 1.
      '150 done work',
    ]);
  });

  it('is the same for two screens given the same definition and start', () => {
    const other = startRun(structuredClone(POSTURE), T0);
    expect(cuesBetween(other, T0 - 1, s(800))).toEqual(cuesBetween(run, T0 - 1, s(800)));
  });

  it('fires every cue exactly once, however the time is cut into frames', () => {
    fc.assert(
      fc.property(
        definitionArb,
        eventsArb(T0, 60_000),
        fc.array(fc.integer({ min: -500, max: 80_000 }), { maxLength: 60 }),
        (definition, events, cuts) => {
          const run = withEvents(definition, events);
          const from = T0 - 1;
          const to = T0 + 80_000;
          const whole = cuesBetween(run, from, to);
          expect(new Set(whole.map(key)).size).toBe(whole.length);
          const points = [from, ...[...new Set(cuts)].map((cut) => T0 + cut).sort((a, b) => a - b), to];
          const pieces: Cue[] = [];
          for (let i = 1; i < points.length; i++)
            pieces.push(...cuesBetween(run, points[i - 1] ?? from, points[i] ?? to));
          expect(pieces).toEqual(whole);
          for (let i = 1; i < whole.length; i++)
            expect(whole[i]?.at).toBeGreaterThanOrEqual(whole[i - 1]?.at ?? 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with the snapshot at the instant of every cue, with any events', () => {
    fc.assert(
      fc.property(definitionArb, eventsArb(T0, 60_000), (definition, events) => {
        const run = withEvents(definition, events);
        const cues = cuesBetween(run, T0 - 1, T0 + 80_000);
        cues.forEach((cue, i) => {
          const now = runSnapshot(run, cue.at);
          const where = { phase: now.phase, stepIndex: now.stepIndex, round: now.round };
          const announced = { phase: cue.phase, stepIndex: cue.stepIndex, round: cue.round };
          const laterAtSameInstant = cues.slice(i + 1).some((other) => other.at === cue.at);
          if (cue.kind === 'done') expect(now).toMatchObject({ status: 'done', endedAt: cue.at });
          if (cue.kind === 'phase-start' && !laterAtSameInstant) {
            expect({ ...where, elapsed: now.elapsedInPhaseMs }).toEqual({ ...announced, elapsed: 0 });
          }
          const countdown = /^countdown-(\d)$/.exec(cue.kind);
          if (countdown) {
            expect(now.status).not.toBe('done');
            expect(where).toEqual(announced);
            expect(now.remainingMs).toBe(Number(countdown[1]) * SECOND);
          }
          if (cue.kind === 'halfway') expect(now.phase).toBe('work');
        });
      }),
      { numRuns: 500 },
    );
  });

  it('fires every cue once in a live frame loop whose events are recorded as they happen', () => {
    fc.assert(
      fc.property(
        definitionArb,
        eventsArb(0, 60_000),
        fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1, maxLength: 80 }),
        (definition, plannedEvents, gaps) => {
          let live = startRun(definition, T0);
          const pending = plannedEvents.map((event) => ({ ...event, at: T0 + event.at }));
          const heard: Cue[] = [];
          let lastFrame = T0 - 1;
          for (const gap of gaps) {
            const now = lastFrame + gap;
            // A touch between two frames is recorded when it happens, later than the last frame played.
            while (pending[0] && pending[0].at <= now) {
              const event = pending.shift();
              if (event) live = recordEvent(live, { ...event, at: Math.max(event.at, lastFrame + 1) });
            }
            heard.push(...cuesBetween(live, lastFrame, now));
            lastFrame = now;
          }
          expect(heard).toEqual(cuesBetween(live, T0 - 1, lastFrame));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches, for untouched runs, a millisecond-by-millisecond scan of the snapshots', () => {
    fc.assert(
      fc.property(definitionArb, (definition) => {
        const untouched = startRun(definition, T0);
        const end = T0 + 30_000;
        const scanned: string[] = [];
        let before = runSnapshot(untouched, T0 - 1);
        for (let t = T0; t <= end; t++) {
          const now = runSnapshot(untouched, t);
          const tag = `${now.phase}:${now.stepIndex}:${now.round}`;
          const changed = now.phaseIndex !== before.phaseIndex || t === T0;
          const closesRound =
            now.phase === 'round-break' || (now.round > before.round && before.phase !== 'round-break');
          if (now.status === 'done' && (before.status !== 'done' || t === T0)) scanned.push(`${t}:done`);
          else if (now.status === 'running' && changed) {
            if (t !== T0 && closesRound) {
              scanned.push(`${t}:round-end:${before.phase}:${before.stepIndex}:${before.round}`);
            }
            scanned.push(`${t}:phase-start:${tag}`);
          }
          if (now.status === 'running' && !changed) {
            const half = now.phaseDurationMs / 2;
            if (now.phase === 'work' && now.elapsedInPhaseMs >= half && before.elapsedInPhaseMs < half) {
              scanned.push(`${t}:halfway:${tag}`);
            }
            const shown = displaySeconds(now.remainingMs);
            if (
              shown <= 3 &&
              displaySeconds(before.remainingMs) === shown + 1 &&
              now.remainingMs === shown * 1000
            ) {
              scanned.push(`${t}:countdown-${shown}:${tag}`);
            }
          }
          before = now;
        }
        const cues = cuesBetween(untouched, T0 - 1, end).map((cue) =>
          cue.kind === 'done'
            ? `${cue.at}:done`
            : `${cue.at}:${cue.kind}:${cue.phase}:${cue.stepIndex}:${cue.round}`,
        );
        expect(cues).toEqual(scanned);
      }),
      { numRuns: 12 },
    );
  });

  it('gives after 90 days of a forever run, frame by frame, the cues of the whole interval', () => {
    const forever = startRun(POSTURE_FOREVER, T0);
    const late = T0 + 90 * DAY;
    const frame = cuesBetween(forever, late, late + 280 * SECOND);
    expect(frame.filter((cue) => cue.kind === 'phase-start')).toHaveLength(8);
    // What a page asks on every frame (its cost is in the timer benchmark): no cue lost, none twice.
    const byFrame = [];
    for (let i = 0; i < 10_000; i++)
      byFrame.push(...cuesBetween(forever, late + i * 16, late + (i + 1) * 16));
    expect(byFrame).toEqual(cuesBetween(forever, late, late + 10_000 * 16));
  });
});
