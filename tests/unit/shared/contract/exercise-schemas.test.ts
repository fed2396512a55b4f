import { describe, expect, it } from 'vitest';
import { parseInput } from '@shared/contract';
import { MEDIA_MAX_BASE64_LENGTH } from '@shared/contract/exercise-schemas';
import { draft, VALID_DRAFT } from '../../../support/exercise-draft';

const message = (result: ReturnType<typeof parseInput>): string => (result.ok ? '' : result.error.message);

describe('exercise draft schema', () => {
  it('trims text and drops repeated aliases, tags, equipment and muscles', () => {
    const parsed = parseInput('library:create', {
      ...VALID_DRAFT,
      name: '  Band pull-apart ',
      aliases: [' Pull-apart', 'Pull-apart'],
      tags: ['posture', 'posture'],
      equipment: ['resistance-band', 'resistance-band'],
      primaryMuscles: ['rhomboids', 'rhomboids'],
      steps: ['  Hold the band.  '],
    });
    expect(parsed.ok && parsed.value).toMatchObject({
      name: 'Band pull-apart',
      aliases: ['Pull-apart'],
      tags: ['posture'],
      equipment: ['resistance-band'],
      primaryMuscles: ['rhomboids'],
      steps: ['Hold the band.'],
    });
  });

  it('names the field of every refusal', () => {
    const cases: [unknown, string][] = [
      [draft({ name: 'x'.repeat(121) }), 'name: must be at most 120 characters'],
      [draft({ level: 'expert' as never }), 'level:'],
      [draft({ tags: ['cardio' as never] }), 'tags.0:'],
      [draft({ steps: ['ok', '   '] }), 'steps.1: must not be empty'],
      [draft({ steps: Array.from({ length: 13 }, () => 'a step') }), 'steps: must have at most 12 steps'],
      [draft({ cues: ['a', 'x'.repeat(121)] }), 'cues.1: must be at most 120 characters'],
      [
        draft({ prescription: { sets: 3, reps: null, seconds: null, restSeconds: 60 } }),
        'prescription.reps: give either reps or seconds',
      ],
      [
        draft({ prescription: { sets: 3, reps: 2.5, seconds: null, restSeconds: 60 } }),
        'prescription.reps: must be a whole number',
      ],
      [
        draft({ prescription: { sets: 3, reps: 10, seconds: null, restSeconds: 3601 } }),
        'prescription.restSeconds: must be at most 3600',
      ],
      [
        draft({ source: { name: '', url: null, reference: null, licence: null } }),
        'source.name: must not be empty',
      ],
      [
        draft({ source: { name: 'Book', url: 'ftp://example.org', reference: null, licence: null } }),
        'source.url: must be a web address',
      ],
      [{ ...VALID_DRAFT, oneSided: 'yes' }, 'oneSided:'],
      [draft({ figureChoice: 'sideways' as never }), 'figureChoice:'],
      // An edit names the choice: leaving it out would quietly show a figure the trainer hid.
      [{ ...VALID_DRAFT, figureChoice: undefined }, 'figureChoice:'],
      [{ ...VALID_DRAFT, id: 'face-pull' }, 'Unrecognized key'],
    ];
    for (const [payload, expected] of cases)
      expect(message(parseInput('library:create', payload))).toContain(expected);
    expect(message(parseInput('library:update', { id: ' ', exercise: VALID_DRAFT }))).toContain(
      'id: must not be empty',
    );
  });
});

describe('media upload schema', () => {
  it('takes a role and base64 bytes, and refuses anything larger than the largest video', () => {
    expect(parseInput('library:attach-media', { exerciseId: 'x', role: 'loop', data: 'AAAA' }).ok).toBe(true);
    expect(
      message(parseInput('library:attach-media', { exerciseId: 'x', role: 'poster', data: 'AAAA' })),
    ).toContain('role:');
    expect(
      message(parseInput('library:attach-media', { exerciseId: 'x', role: 'still', data: '' })),
    ).toContain('data: the file is empty');
    expect(
      message(parseInput('library:attach-media', { exerciseId: 'x', role: 'still', data: '<svg>' })),
    ).toContain('data: must be base64');
    expect(
      message(
        parseInput('library:attach-media', {
          exerciseId: 'x',
          role: 'loop',
          data: 'A'.repeat(MEDIA_MAX_BASE64_LENGTH + 4),
        }),
      ),
    ).toContain('data: the file is larger than 50 MB');
    expect(
      message(
        parseInput('library:attach-media', {
          exerciseId: 'x',
          role: 'still',
          data: 'AAAA',
          path: '/etc/passwd',
        }),
      ),
    ).toContain('Unrecognized key');
  });
});
