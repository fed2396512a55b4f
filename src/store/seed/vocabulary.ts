import type { MuscleView } from '@shared/domain';

export interface MuscleSeed {
  id: string;
  name: string;
  commonName: string;
  region: string;
  view: MuscleView;
  coarseTerm: string;
  /** When a dataset says `coarseTerm`, this muscle is what it is imported as. */
  importsCoarseTerm: boolean;
}

/**
 * Finer than public datasets on purpose: the mid-back library is about rhomboids, the trapezius fibres
 * and the rear deltoid, which those datasets lump together. The rest of the body is coarse but present so
 * that imported exercises of any kind can be drawn.
 */
export const MUSCLES: readonly MuscleSeed[] = [
  m('lats', 'Latissimus dorsi', 'Lats', 'mid and upper back', 'back', 'lats', true),
  m('rhomboids', 'Rhomboid major and minor', 'Rhomboids', 'mid back', 'back', 'middle back', true),
  m('upper-traps', 'Trapezius, upper fibres', 'Upper traps', 'upper back', 'back', 'traps', true),
  m('middle-traps', 'Trapezius, middle fibres', 'Middle traps', 'mid back', 'back', 'middle back', true),
  m('lower-traps', 'Trapezius, lower fibres', 'Lower traps', 'mid back', 'back', 'middle back', false),
  m('rear-delts', 'Posterior deltoid', 'Rear delts', 'shoulder', 'back', 'shoulders', false),
  m('teres-major', 'Teres major', 'Teres major', 'shoulder blade', 'back', 'lats', false),
  m(
    'rotator-cuff',
    'Infraspinatus and teres minor',
    'Rotator cuff',
    'shoulder blade',
    'back',
    'shoulders',
    false,
  ),
  m('erector-spinae', 'Erector spinae', 'Spinal erectors', 'lower back', 'back', 'lower back', true),
  m('glutes', 'Gluteus maximus', 'Glutes', 'hip', 'back', 'glutes', true),
  m('hamstrings', 'Hamstrings', 'Hamstrings', 'thigh', 'back', 'hamstrings', true),
  m('calves', 'Gastrocnemius and soleus', 'Calves', 'lower leg', 'back', 'calves', true),
  m('triceps', 'Triceps brachii', 'Triceps', 'arm', 'back', 'triceps', true),
  m('front-delts', 'Anterior and lateral deltoid', 'Front delts', 'shoulder', 'front', 'shoulders', true),
  m('chest', 'Pectoralis major', 'Chest', 'chest', 'front', 'chest', true),
  m('biceps', 'Biceps brachii and brachialis', 'Biceps', 'arm', 'front', 'biceps', true),
  m('forearms', 'Forearm flexors', 'Forearms', 'arm', 'front', 'forearms', true),
  m('abs', 'Rectus abdominis', 'Abs', 'trunk', 'front', 'abdominals', true),
  m('obliques', 'Obliques', 'Obliques', 'trunk', 'front', 'abdominals', false),
  m('quadriceps', 'Quadriceps', 'Quads', 'thigh', 'front', 'quadriceps', true),
  m('adductors', 'Adductors', 'Inner thigh', 'thigh', 'front', 'adductors', true),
  m('abductors', 'Gluteus medius and minimus', 'Outer hip', 'hip', 'back', 'abductors', true),
  m('neck', 'Neck muscles', 'Neck', 'neck', 'front', 'neck', true),
];

function m(
  id: string,
  name: string,
  commonName: string,
  region: string,
  view: MuscleView,
  coarseTerm: string,
  importsCoarseTerm: boolean,
): MuscleSeed {
  return { id, name, commonName, region, view, coarseTerm, importsCoarseTerm };
}

export interface EquipmentSeed {
  id: string;
  name: string;
  /** The free-exercise-db equipment term this maps to. */
  coarseTerm: string | null;
}

export const EQUIPMENT: readonly EquipmentSeed[] = [
  { id: 'barbell', name: 'Barbell', coarseTerm: 'barbell' },
  { id: 'dumbbells', name: 'Dumbbells', coarseTerm: 'dumbbell' },
  { id: 'cable-station', name: 'Cable station', coarseTerm: 'cable' },
  { id: 't-bar-station', name: 'T-bar row station', coarseTerm: null },
  { id: 'landmine', name: 'Landmine', coarseTerm: null },
  { id: 'pull-up-bar', name: 'Pull-up bar', coarseTerm: null },
  { id: 'body-weight', name: 'Body weight', coarseTerm: 'body only' },
  { id: 'machine', name: 'Machine', coarseTerm: 'machine' },
  { id: 'kettlebell', name: 'Kettlebell', coarseTerm: 'kettlebells' },
  { id: 'resistance-band', name: 'Resistance band', coarseTerm: 'bands' },
  { id: 'ez-bar', name: 'EZ curl bar', coarseTerm: 'e-z curl bar' },
  { id: 'exercise-ball', name: 'Exercise ball', coarseTerm: 'exercise ball' },
  { id: 'medicine-ball', name: 'Medicine ball', coarseTerm: 'medicine ball' },
  { id: 'foam-roller', name: 'Foam roller', coarseTerm: 'foam roll' },
  { id: 'other', name: 'Other', coarseTerm: 'other' },
];
