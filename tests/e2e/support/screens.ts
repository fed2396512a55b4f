/**
 * Every screen a member or a trainer reaches, with the heading that shows it has loaded; `trainer` ones
 * are opened with trainer mode unlocked.
 */
export const SCREENS: ReadonlyArray<{ path: string; ready: string; trainer?: boolean }> = [
  { path: '/#/', ready: 'Posture circuit' },
  { path: '/#/library', ready: 'Exercise library' },
  { path: '/#/library/face-pull', ready: 'Face pull' },
  { path: '/#/rest?seconds=60&exercise=face-pull', ready: 'Rest' },
  { path: '/#/circuits', ready: 'Circuits' },
  { path: '/#/circuits/posture-circuit/play', ready: 'Posture circuit' },
  { path: '/#/trainer/unlock', ready: 'Choose a trainer PIN' },
  { path: '/#/pair', ready: 'Pair this screen' },
  { path: '/#/trainer', ready: 'Trainer', trainer: true },
  { path: '/#/trainer/exercises', ready: 'Exercises', trainer: true },
  { path: '/#/trainer/exercises/face-pull', ready: 'Edit: Face pull', trainer: true },
  { path: '/#/trainer/exercises/new', ready: 'New exercise', trainer: true },
  { path: '/#/trainer/circuits', ready: 'Circuits', trainer: true },
  { path: '/#/trainer/circuits/posture-circuit', ready: 'Edit circuit', trainer: true },
  { path: '/#/trainer/transfer', ready: 'Import and export', trainer: true },
  { path: '/#/trainer/backups', ready: 'Backups', trainer: true },
  { path: '/#/trainer/screens', ready: 'Screens', trainer: true },
  { path: '/#/trainer/security', ready: 'PIN and limits', trainer: true },
  { path: '/#/trainer/pin', ready: 'Change the PIN', trainer: true },
];
