/** The seven built-in movements of CONTENT.md, by the name the card shows, in the library's name order. */
export const SEED_NAMES: readonly string[] = [
  'Bent-over row',
  'Deadlift',
  'Face pull',
  'Pull-up / chin-up',
  'Reverse fly',
  'Seated cable row',
  'T-bar row',
];
