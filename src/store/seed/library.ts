import type { Level, Tag } from '@shared/domain';

export interface ExerciseSeed {
  seedKey: string;
  name: string;
  aliases: string[];
  summary: string;
  level: Level;
  tags: Tag[];
  equipment: string[];
  primaryMuscles: string[];
  secondaryMuscles: string[];
  steps: string[];
  cues: string[];
  sets: number;
  reps: number | null;
  seconds: number | null;
  restSeconds: number;
}

/** The built-in mid-back library: seven movements for strength and posture. */
export const SEED_EXERCISES: readonly ExerciseSeed[] = [
  {
    seedKey: 'bent-over-row',
    name: 'Bent-over row',
    aliases: ['Barbell row', 'Dumbbell row', 'Bent row'],
    summary: 'A staple that works the whole back, from the lats to the spinal erectors holding the hinge.',
    level: 'intermediate',
    tags: ['strength', 'compound'],
    equipment: ['barbell', 'dumbbells'],
    primaryMuscles: ['lats', 'rhomboids', 'middle-traps'],
    secondaryMuscles: ['rear-delts', 'biceps', 'erector-spinae'],
    steps: [
      'Stand with feet shoulder-width apart, knees soft.',
      'Hinge at the hips until your torso is about 45° to the floor.',
      'Row the weight to your waist, elbows close to your sides.',
      'Squeeze your shoulder blades together at the top.',
      'Lower slowly until your arms are long.',
    ],
    cues: ['Flat back', 'Elbows to hips', 'Slow on the way down'],
    sets: 3,
    reps: 10,
    seconds: null,
    restSeconds: 90,
  },
  {
    seedKey: 'seated-cable-row',
    name: 'Seated cable row',
    aliases: ['Cable row', 'Low row'],
    summary: 'The cable keeps the middle back under tension all the way, for strength or endurance.',
    level: 'beginner',
    tags: ['strength', 'posture'],
    equipment: ['cable-station'],
    primaryMuscles: ['rhomboids', 'middle-traps'],
    secondaryMuscles: ['lats', 'rear-delts', 'biceps'],
    steps: [
      'Sit tall with your feet braced on the plates.',
      'Hold the handle with both hands, arms long.',
      'Pull the handle to your stomach.',
      'Draw your shoulder blades together as you pull.',
      'Let the handle travel back under control.',
    ],
    cues: ['Sit tall', 'Chest up', 'Squeeze, then release'],
    sets: 3,
    reps: 12,
    seconds: null,
    restSeconds: 60,
  },
  {
    seedKey: 'reverse-fly',
    name: 'Reverse fly',
    aliases: ['Rear delt fly', 'Bent-over reverse fly', 'Reverse dumbbell fly'],
    summary: 'Light weight, strict form: balances the shoulders and pulls the posture back.',
    level: 'beginner',
    tags: ['posture'],
    equipment: ['dumbbells'],
    primaryMuscles: ['rear-delts', 'rhomboids'],
    secondaryMuscles: ['middle-traps'],
    steps: [
      'Hinge forward a little at the hips, back flat.',
      'Let the dumbbells hang, elbows slightly bent.',
      'Raise your arms out to the sides.',
      'Squeeze your shoulder blades together at the top.',
      'Lower with control.',
    ],
    cues: ['Light weight', 'Lead with the elbows', 'No swinging'],
    sets: 3,
    reps: 15,
    seconds: null,
    restSeconds: 45,
  },
  {
    seedKey: 't-bar-row',
    name: 'T-bar row',
    aliases: ['Landmine row', 'T bar row'],
    summary: 'Heavy load through a deep range: builds a thick middle back. For lifters with some experience.',
    level: 'advanced',
    tags: ['strength', 'compound'],
    equipment: ['t-bar-station', 'landmine'],
    primaryMuscles: ['rhomboids', 'middle-traps', 'lats'],
    secondaryMuscles: ['rear-delts', 'biceps', 'erector-spinae'],
    steps: [
      'Stand over the bar, feet shoulder-width apart.',
      'Hinge forward and grip the handle with both hands.',
      'Brace your core and keep your back flat.',
      'Pull the handle to your chest, elbows close.',
      'Lower slowly to a full stretch.',
    ],
    cues: ['Brace first', 'Chest to the handle', 'Control the stretch'],
    sets: 4,
    reps: 8,
    seconds: null,
    restSeconds: 120,
  },
  {
    seedKey: 'deadlift',
    name: 'Deadlift',
    aliases: ['Conventional deadlift', 'Barbell deadlift'],
    summary: 'A hip hinge for the whole back chain; the upper back works hard to keep the bar close.',
    level: 'intermediate',
    tags: ['strength', 'compound'],
    equipment: ['barbell'],
    primaryMuscles: ['erector-spinae', 'glutes', 'hamstrings'],
    secondaryMuscles: ['upper-traps', 'middle-traps', 'rhomboids', 'lats', 'forearms'],
    steps: [
      'Stand with the bar over your mid-foot, feet shoulder-width apart.',
      'Bend at the hips and knees to grip the bar, back flat.',
      'Push the floor away and drive your hips forward to stand.',
      'Stand tall with the bar against your thighs.',
      'Lower the bar to the floor, back still flat.',
    ],
    cues: ['Bar close to the legs', 'Flat back', 'Push the floor away'],
    sets: 3,
    reps: 5,
    seconds: null,
    restSeconds: 150,
  },
  {
    seedKey: 'face-pull',
    name: 'Face pull',
    aliases: ['Rope face pull', 'Cable face pull'],
    summary: 'Low impact and kind to the shoulders: a posture staple.',
    level: 'beginner',
    tags: ['posture', 'low-impact'],
    equipment: ['cable-station'],
    primaryMuscles: ['rear-delts', 'middle-traps'],
    secondaryMuscles: ['rhomboids', 'rotator-cuff'],
    steps: [
      'Set the cable high and fix the rope.',
      'Hold the rope with both hands and step back.',
      'Pull the rope to your face, elbows high.',
      'Squeeze your shoulder blades together at the end.',
      'Return with control.',
    ],
    cues: ['Elbows high', 'Hands to ears', 'Pause at the end'],
    sets: 3,
    reps: 15,
    seconds: null,
    restSeconds: 45,
  },
  {
    seedKey: 'pull-up',
    name: 'Pull-up / chin-up',
    aliases: ['Pull-up', 'Chin-up', 'Pullup', 'Chinup', 'Assisted pull-up'],
    summary:
      'Builds width and endurance across the back. Use a band or machine for help until you can do one.',
    level: 'intermediate',
    tags: ['strength', 'posture', 'bodyweight'],
    equipment: ['pull-up-bar', 'body-weight'],
    primaryMuscles: ['lats'],
    secondaryMuscles: ['rhomboids', 'lower-traps', 'biceps', 'teres-major'],
    steps: [
      'Grip the bar: palms away for a pull-up, palms facing you for a chin-up.',
      'Hang with your arms long.',
      'Draw your shoulder blades down and together.',
      'Pull yourself up toward the bar, elbows in.',
      'Lower under control to a full hang.',
    ],
    cues: ['Shoulders down first', 'Elbows to ribs', 'No kicking'],
    sets: 3,
    reps: 6,
    seconds: null,
    restSeconds: 90,
  },
];
