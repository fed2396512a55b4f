/** English texts of every screen. Other languages copy this shape (checked by the compiler). */
export const en = {
  app: {
    name: 'Gymdeck',
    loading: 'Loading…',
    retry: 'Try again',
  },
  library: {
    title: 'Exercise library',
    subtitle: 'Tap an exercise to see how it is done.',
    count: 'No exercises | One exercise | {count} exercises',
    empty: 'No exercises match.',
    loadFailed: 'The library could not be loaded.',
    open: 'Open {name}',
    muscles: 'Muscles',
    equipment: 'Equipment',
    noEquipment: 'No equipment',
  },
  card: {
    back: 'Back to the library',
    steps: 'How to do it',
    cues: 'Remember',
    prescription: 'Suggested',
    sets: 'no sets | 1 set | {count} sets',
    reps: 'no reps | 1 rep | {count} reps',
    seconds: '{count} s',
    perSide: 'each side',
    rest: '{count} s rest',
    primary: 'Works',
    secondary: 'Also works',
    levelLabel: 'Level',
    level: {
      beginner: 'Beginner',
      intermediate: 'Intermediate',
      advanced: 'Advanced',
    },
    tag: {
      strength: 'Strength',
      posture: 'Posture',
      compound: 'Compound',
      'low-impact': 'Low impact',
      bodyweight: 'Bodyweight',
    },
    notFound: 'This exercise is not in the library any more.',
    loadFailed: 'This exercise could not be loaded.',
    source: 'Source: {name}',
  },
} as const;

export type MessageSchema = typeof en;
