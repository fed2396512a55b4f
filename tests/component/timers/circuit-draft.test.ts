import { describe, expect, it } from 'vitest';
import {
  draftFromCircuit,
  emptyDraft,
  moveStep,
  newStep,
  roundSeconds,
  withMode,
} from '@renderer/components/timers/circuit-draft';

describe('circuit drafts', () => {
  it('keeps exactly one of work seconds and a rep target when switching', () => {
    const timed = newStep('face-pull');
    const reps = withMode(timed, 'reps');
    expect(reps).toMatchObject({ workSeconds: null, repTarget: 12 });
    expect(withMode({ ...reps, repTarget: 8 }, 'time')).toMatchObject({ workSeconds: 40, repTarget: null });
    expect(withMode(withMode({ ...reps, repTarget: 8 }, 'reps'), 'reps').repTarget).toBe(8);
  });

  it('moves a step up or down, never past either end', () => {
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('tells how long one round takes, estimating rep targets', () => {
    const draft = { ...emptyDraft(), steps: [newStep('a'), withMode(newStep('b'), 'reps')] };
    // 40 s work, 20 s rest, 12 reps x 3 s.
    expect(roundSeconds(draft)).toBe(96);
  });

  it('copies a stored circuit into an editable draft without sharing its steps', () => {
    const step = newStep('a');
    const circuit = {
      ...emptyDraft(),
      id: 'c',
      stepCount: 1,
      archived: false,
      steps: [step],
    };
    const draft = draftFromCircuit(circuit);
    expect(draft).toEqual({ ...emptyDraft(), steps: [step] });
    expect(draft.steps[0]).not.toBe(step);
  });
});
