/** Every screen a member or a trainer reaches, with the heading that shows it has loaded. */
export const SCREENS: ReadonlyArray<{ path: string; ready: string }> = [
  { path: '/#/', ready: 'Posture circuit' },
  { path: '/#/library', ready: 'Exercise library' },
  { path: '/#/library/face-pull', ready: 'Face pull' },
  { path: '/#/rest?seconds=60&exercise=face-pull', ready: 'Rest' },
  { path: '/#/circuits', ready: 'Circuits' },
  { path: '/#/circuits/posture-circuit/play', ready: 'Posture circuit' },
  { path: '/#/trainer', ready: 'Trainer' },
  { path: '/#/trainer/exercises', ready: 'Exercises' },
  { path: '/#/trainer/exercises/face-pull', ready: 'Edit: Face pull' },
  { path: '/#/trainer/exercises/new', ready: 'New exercise' },
  { path: '/#/trainer/circuits', ready: 'Circuits' },
  { path: '/#/trainer/circuits/posture-circuit', ready: 'Edit circuit' },
  { path: '/#/trainer/transfer', ready: 'Import and export' },
];
