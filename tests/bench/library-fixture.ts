// A generated library for the benchmarks: names, aliases, muscles and equipment spread like a real one
// over the whole body, the same on every run.
import { GOALS, TAGS, type Level, type Tag } from '@shared/domain';
import type { Db } from '../../src/store/database';
import { insertExercise } from '../../src/store/repositories/exercises';
import { EQUIPMENT, MUSCLES } from '../../src/store/seed/vocabulary';

/** Movement names with the muscles they work, primary first: a library spread over the whole body. */
const MOVEMENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['row', ['lats', 'rhomboids', 'middle-traps', 'rear-delts', 'biceps']],
  ['pulldown', ['lats', 'teres-major', 'biceps', 'lower-traps']],
  ['pullover', ['lats', 'chest', 'triceps']],
  ['face pull', ['rear-delts', 'middle-traps', 'rotator-cuff']],
  ['reverse fly', ['rear-delts', 'rhomboids', 'middle-traps']],
  ['shrug', ['upper-traps', 'forearms']],
  ['Y raise', ['lower-traps', 'middle-traps', 'rear-delts']],
  ['external rotation', ['rotator-cuff', 'rear-delts']],
  ['bench press', ['chest', 'front-delts', 'triceps']],
  ['floor press', ['chest', 'triceps', 'front-delts']],
  ['chest fly', ['chest', 'front-delts']],
  ['push-up', ['chest', 'triceps', 'front-delts', 'abs']],
  ['dip', ['triceps', 'chest', 'front-delts']],
  ['overhead press', ['front-delts', 'triceps', 'upper-traps']],
  ['lateral raise', ['front-delts', 'upper-traps']],
  ['front raise', ['front-delts', 'chest']],
  ['biceps curl', ['biceps', 'forearms']],
  ['hammer curl', ['biceps', 'forearms']],
  ['triceps extension', ['triceps']],
  ['skull crusher', ['triceps']],
  ['wrist curl', ['forearms']],
  ['farmer carry', ['forearms', 'upper-traps', 'abs', 'obliques']],
  ['squat', ['quadriceps', 'glutes', 'adductors', 'erector-spinae']],
  ['split squat', ['quadriceps', 'glutes', 'adductors']],
  ['lunge', ['quadriceps', 'glutes', 'hamstrings']],
  ['step-up', ['quadriceps', 'glutes']],
  ['leg press', ['quadriceps', 'glutes']],
  ['leg extension', ['quadriceps']],
  ['deadlift', ['erector-spinae', 'glutes', 'hamstrings', 'forearms']],
  ['good morning', ['hamstrings', 'erector-spinae', 'glutes']],
  ['hip thrust', ['glutes', 'hamstrings']],
  ['glute bridge', ['glutes', 'hamstrings', 'abs']],
  ['leg curl', ['hamstrings', 'calves']],
  ['calf raise', ['calves']],
  ['hip abduction', ['abductors', 'glutes']],
  ['hip adduction', ['adductors']],
  ['crunch', ['abs', 'obliques']],
  ['plank', ['abs', 'obliques', 'erector-spinae']],
  ['side plank', ['obliques', 'abs', 'abductors']],
  ['woodchop', ['obliques', 'abs', 'front-delts']],
  ['rollout', ['abs', 'lats', 'obliques']],
  ['back extension', ['erector-spinae', 'glutes', 'hamstrings']],
  ['neck flexion', ['neck']],
  ['swing', ['glutes', 'hamstrings', 'erector-spinae', 'forearms']],
];
const VARIANTS = [
  'Seated',
  'Standing',
  'Incline',
  'Decline',
  'Single-arm',
  'Bent-over',
  'Kneeling',
  'Wide-grip',
  'Close-grip',
  'Reverse-grip',
  'Half-kneeling',
  'Split-stance',
  'Chest-supported',
  'Paused',
  'Tempo',
];
const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];

/** A small deterministic generator, so every run measures the same library. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Adds `count` generated exercises (ids `bench-0`, `bench-1`, ...) in one transaction. */
export function fillLibrary(db: Db, count: number): void {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const muscleIds = MUSCLES.map((muscle) => muscle.id);
  const equipment = EQUIPMENT.filter((item) => item.id !== 'other');
  const now = Date.now();
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const tool = pick(equipment);
      const [movement, worked] = pick(MOVEMENTS);
      const name = `${pick(VARIANTS)} ${tool.name.toLowerCase()} ${movement} ${index}`;
      const split = 1 + Math.floor(next() * Math.min(2, worked.length));
      const primary = worked.slice(0, split);
      const secondary = [...worked.slice(split), ...(next() < 0.3 ? [pick(muscleIds)] : [])].filter(
        (id, position, all) => !primary.includes(id) && all.indexOf(id) === position,
      );
      const tags: Tag[] = [...new Set([pick(GOALS), ...(next() < 0.3 ? [pick(TAGS)] : [])])];
      insertExercise(
        db,
        {
          id: `bench-${index}`,
          name,
          aliases: next() < 0.5 ? [`${pick(VARIANTS)} ${movement}`] : [],
          summary: 'Generated for the benchmarks.',
          level: pick(LEVELS),
          tags,
          equipment: next() < 0.2 ? [tool.id, pick(equipment).id] : [tool.id],
          primaryMuscles: primary,
          secondaryMuscles: secondary,
          steps: ['Set up.', 'Move.', 'Return.'],
          cues: ['Brace'],
          prescription: { sets: 3, reps: 10, seconds: null, restSeconds: 60 },
          oneSided: false,
          source: null,
          figureChoice: 'show',
          seedKey: null,
        },
        now,
      );
    }
  })();
}
