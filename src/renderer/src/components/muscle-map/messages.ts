/** English texts of the muscle map, to be merged into the app's messages under the same keys. */
export const muscleMapMessages = {
  muscleMap: {
    summary: 'Muscle map. {details}',
    works: 'Works: {muscles}.',
    alsoWorks: 'Also works: {muscles}.',
    nothing: 'No muscles marked.',
    choose: 'Muscle map: choose the muscles worked',
    front: 'Front',
    back: 'Back',
    legend: {
      works: 'Works',
      alsoWorks: 'Also works',
    },
  },
} as const;
