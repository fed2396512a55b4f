import fc from 'fast-check';
import type { RunDefinition, RunEvent } from '@shared/timing';

/**
 * Small circuits, including zero-length phases, half seconds, empty rounds, 'forever' and open-ended
 * (rep target) work phases.
 */
export const definitionArb: fc.Arbitrary<RunDefinition> = fc.record({
  steps: fc.array(
    fc.record({
      workSeconds: fc.integer({ min: 0, max: 12 }).map((half) => half / 2),
      restSeconds: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      untilDone: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    }),
    { minLength: 0, maxLength: 4 },
  ),
  getReadySeconds: fc.integer({ min: 0, max: 4 }),
  restSeconds: fc.integer({ min: 0, max: 3 }),
  rounds: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant('forever' as const)),
  roundBreakSeconds: fc.integer({ min: 0, max: 5 }),
});

const eventTypeArb = fc.constantFrom('pause', 'resume', 'skip', 'back', 'adjust', 'stop', 'done');

/** Events at whole milliseconds within `spanMs` of `startedAt`, in order; stop is rare so runs keep going. */
export function eventsArb(startedAt: number, spanMs: number): fc.Arbitrary<RunEvent[]> {
  return fc
    .array(
      fc.record({
        type: eventTypeArb,
        offset: fc.integer({ min: 0, max: spanMs }),
        deltaMs: fc.integer({ min: -8000, max: 8000 }),
        keep: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 12 },
    )
    .map((drafts) =>
      drafts
        .filter((draft) => draft.type !== 'stop' || draft.keep === 0)
        .sort((a, b) => a.offset - b.offset)
        .map((draft): RunEvent => {
          const at = startedAt + draft.offset;
          return draft.type === 'adjust'
            ? { type: 'adjust', at, deltaMs: draft.deltaMs }
            : { type: draft.type, at };
        }),
    );
}
