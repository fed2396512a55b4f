/** One entry of the free-exercise-db JSON list, as that project publishes it. */
export interface FreeExerciseDbEntry {
  id: string;
  name: string;
  force: 'pull' | 'push' | 'static' | null;
  level: 'beginner' | 'intermediate' | 'expert';
  mechanic: 'compound' | 'isolation' | null;
  equipment: string | null;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  instructions: string[];
  category: string;
  images: string[];
}

/** A sound entry (a cable row for the middle back); override any field. */
export function freeExerciseDbEntry(overrides: Partial<FreeExerciseDbEntry> = {}): FreeExerciseDbEntry {
  return {
    id: 'Seated_Cable_Rows',
    name: 'Seated Cable Rows',
    force: 'pull',
    level: 'beginner',
    mechanic: 'compound',
    equipment: 'cable',
    primaryMuscles: ['middle back'],
    secondaryMuscles: ['biceps', 'lats', 'shoulders'],
    instructions: [
      'Sit at the low pulley row machine with the V-bar attached.',
      'Pull the handles back towards your torso while keeping the forearms stationary.',
      'Slowly go back to the original position.',
    ],
    category: 'strength',
    images: ['Seated_Cable_Rows/0.jpg', 'Seated_Cable_Rows/1.jpg'],
    ...overrides,
  };
}

/** An entry that imports with adjustments: new equipment, an expert level, a muscle this library lacks. */
export const SANDBAG_LOAD = freeExerciseDbEntry({
  id: 'Sandbag_Load',
  name: 'Sandbag Load',
  force: 'push',
  level: 'expert',
  equipment: 'sandbag',
  primaryMuscles: ['lower back', 'wings'],
  secondaryMuscles: ['glutes'],
  category: 'strongman',
});

/** An entry none of whose muscles this library knows, so it is skipped. */
export const MYSTERY_MOVE = freeExerciseDbEntry({
  id: 'Mystery',
  name: 'Mystery move',
  primaryMuscles: ['wings'],
  secondaryMuscles: [],
});

const TERMS = ['middle back', 'lats', 'traps', 'shoulders', 'lower back', 'biceps', 'glutes', 'hamstrings'];
const EQUIPMENT = ['barbell', 'dumbbell', 'cable', 'body only', 'machine', 'kettlebells', 'bands', null];
const LEVELS = ['beginner', 'intermediate', 'expert'] as const;
const CATEGORIES = ['strength', 'stretching', 'powerlifting', 'plyometrics'];

const MORE_INSTRUCTIONS = [
  'Keep the shoulders down and away from the ears; let the shoulder blades move freely.',
  'Stop the set when the form breaks down, rest, and lower the weight for the next set.',
  'Breathe out through the hardest part of the movement and in on the way back.',
  'Start light for the first set, as a warm-up, and add weight only when it looks right.',
];

/**
 * `count` distinct, sound entries shaped like the real list (names, muscles, several instructions);
 * `moreInstructions` (up to four) lengthens each entry, for a file of a given size.
 */
export function generateFreeExerciseDb(count: number, moreInstructions = 0): FreeExerciseDbEntry[] {
  return Array.from({ length: count }, (_, n) =>
    freeExerciseDbEntry({
      id: `Generated_Exercise_${n}`,
      name: `Generated exercise ${n}`,
      force: n % 3 === 0 ? 'pull' : n % 3 === 1 ? 'push' : null,
      level: LEVELS[n % LEVELS.length],
      mechanic: n % 2 === 0 ? 'compound' : 'isolation',
      equipment: EQUIPMENT[n % EQUIPMENT.length] ?? null,
      primaryMuscles: [TERMS[n % TERMS.length] ?? 'lats'],
      secondaryMuscles: [TERMS[(n + 3) % TERMS.length] ?? 'traps', TERMS[(n + 5) % TERMS.length] ?? 'biceps'],
      instructions: [
        `Set up for exercise ${n} with a neutral spine and the feet planted about shoulder width apart.`,
        'Brace the core, then move through the full range of motion under control, breathing out as you work.',
        'Pause briefly at the end of the movement and squeeze the working muscles.',
        'Return slowly to the starting position and repeat for the recommended number of repetitions.',
        ...MORE_INSTRUCTIONS.slice(0, moreInstructions),
      ],
      category: CATEGORIES[n % CATEGORIES.length] ?? 'strength',
      images: [`Generated_Exercise_${n}/0.jpg`, `Generated_Exercise_${n}/1.jpg`],
    }),
  );
}
