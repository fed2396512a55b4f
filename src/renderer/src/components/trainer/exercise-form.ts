import {
  EXERCISE_LIMITS as L,
  type Exercise,
  type ExerciseDraft,
  type Level,
  type Tag,
} from '@shared/domain';

export interface StepLine {
  /** Stable while steps are reordered, so each text box keeps its focus and contents. */
  key: number;
  text: string;
}

/** What the form holds while a trainer types: numbers may be blank, lists have spare rows. */
export interface ExerciseForm {
  name: string;
  aliases: string;
  summary: string;
  level: Level;
  tags: Tag[];
  equipment: string[];
  primaryMuscles: string[];
  secondaryMuscles: string[];
  steps: StepLine[];
  cues: string[];
  sets: number | null;
  measure: 'reps' | 'seconds';
  reps: number | null;
  seconds: number | null;
  restSeconds: number | null;
  oneSided: boolean;
  sourceName: string;
  sourceUrl: string;
  sourceReference: string;
  licence: string;
}

export type FormField =
  | 'name'
  | 'aliases'
  | 'summary'
  | 'primaryMuscles'
  | 'steps'
  | 'cues'
  | 'sets'
  | 'reps'
  | 'seconds'
  | 'restSeconds'
  | 'sourceName'
  | 'sourceUrl';

/** A message key of the `trainer.errors` section with its parameters. */
export interface FieldProblem {
  key: string;
  params?: Record<string, number>;
}

let nextKey = 0;
export const stepLine = (text = ''): StepLine => ({ key: ++nextKey, text });

export function emptyForm(): ExerciseForm {
  return {
    name: '',
    aliases: '',
    summary: '',
    level: 'beginner',
    tags: [],
    equipment: [],
    primaryMuscles: [],
    secondaryMuscles: [],
    steps: [stepLine(), stepLine(), stepLine()],
    cues: ['', ''],
    sets: 3,
    measure: 'reps',
    reps: 10,
    seconds: 30,
    restSeconds: 60,
    oneSided: false,
    sourceName: '',
    sourceUrl: '',
    sourceReference: '',
    licence: '',
  };
}

export function formFromExercise(exercise: Exercise): ExerciseForm {
  const p = exercise.prescription;
  return {
    name: exercise.name,
    aliases: exercise.aliases.join(', '),
    summary: exercise.summary,
    level: exercise.level,
    tags: [...exercise.tags],
    equipment: [...exercise.equipment],
    primaryMuscles: [...exercise.primaryMuscles],
    secondaryMuscles: [...exercise.secondaryMuscles],
    steps: exercise.steps.map((text) => stepLine(text)),
    cues:
      exercise.cues.length >= L.cuesMin ? [...exercise.cues] : [...exercise.cues, '', ''].slice(0, L.cuesMin),
    sets: p.sets,
    measure: p.seconds !== null ? 'seconds' : 'reps',
    reps: p.reps ?? 10,
    seconds: p.seconds ?? 30,
    restSeconds: p.restSeconds,
    oneSided: exercise.oneSided,
    sourceName: exercise.source?.name ?? '',
    sourceUrl: exercise.source?.url ?? '',
    sourceReference: exercise.source?.reference ?? '',
    licence: exercise.source?.licence ?? '',
  };
}

const filled = (list: readonly string[]): string[] => list.map((s) => s.trim()).filter((s) => s.length > 0);
const orNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** The draft the API takes: blank rows dropped, the unused one of reps and seconds cleared. */
export function toDraft(form: ExerciseForm): ExerciseDraft {
  return {
    name: form.name.trim(),
    aliases: filled(form.aliases.split(',')),
    summary: form.summary.trim(),
    level: form.level,
    tags: [...form.tags],
    equipment: [...form.equipment],
    primaryMuscles: [...form.primaryMuscles],
    secondaryMuscles: [...form.secondaryMuscles],
    steps: filled(form.steps.map((step) => step.text)),
    cues: filled(form.cues),
    prescription: {
      sets: form.sets ?? 0,
      reps: form.measure === 'reps' ? (form.reps ?? 0) : null,
      seconds: form.measure === 'seconds' ? (form.seconds ?? 0) : null,
      restSeconds: form.restSeconds ?? -1,
    },
    oneSided: form.oneSided,
    source: form.sourceName.trim()
      ? {
          name: form.sourceName.trim(),
          url: orNull(form.sourceUrl),
          reference: orNull(form.sourceReference),
          licence: orNull(form.licence),
        }
      : null,
  };
}

function wholeIn(value: number | null, bounds: { min: number; max: number }): FieldProblem | null {
  if (value === null || !Number.isInteger(value)) return { key: 'wholeNumber', params: bounds };
  if (value < bounds.min || value > bounds.max) return { key: 'between', params: bounds };
  return null;
}

/** Everything wrong with the form, by field, in the order the form shows them. */
export function validateForm(form: ExerciseForm): Partial<Record<FormField, FieldProblem>> {
  const problems: Partial<Record<FormField, FieldProblem>> = {};
  const draft = toDraft(form);
  if (!draft.name) problems.name = { key: 'nameRequired' };
  else if (draft.name.length > L.nameLength)
    problems.name = { key: 'tooLong', params: { max: L.nameLength } };
  if (draft.aliases.length > L.aliases)
    problems.aliases = { key: 'tooManyAliases', params: { max: L.aliases } };
  else if (draft.aliases.some((alias) => alias.length > L.aliasLength))
    problems.aliases = { key: 'aliasTooLong', params: { max: L.aliasLength } };
  if (draft.summary.length > L.summaryLength)
    problems.summary = { key: 'tooLong', params: { max: L.summaryLength } };
  if (draft.primaryMuscles.length === 0) problems.primaryMuscles = { key: 'muscleRequired' };
  if (draft.steps.length === 0) problems.steps = { key: 'stepRequired' };
  else if (draft.steps.some((step) => step.length > L.stepLength))
    problems.steps = { key: 'stepTooLong', params: { max: L.stepLength } };
  if (draft.cues.length < L.cuesMin || draft.cues.length > L.cuesMax)
    problems.cues = { key: 'cueCount', params: { min: L.cuesMin, max: L.cuesMax } };
  else if (draft.cues.some((cue) => cue.length > L.cueLength))
    problems.cues = { key: 'cueTooLong', params: { max: L.cueLength } };
  const sets = wholeIn(form.sets, L.sets);
  if (sets) problems.sets = sets;
  const amount = form.measure === 'reps' ? wholeIn(form.reps, L.reps) : wholeIn(form.seconds, L.seconds);
  if (amount) problems[form.measure] = amount;
  const rest = wholeIn(form.restSeconds, L.restSeconds);
  if (rest) problems.restSeconds = rest;
  const sourceGiven = [form.sourceUrl, form.sourceReference, form.licence].some((s) => s.trim());
  if (!form.sourceName.trim() && sourceGiven) problems.sourceName = { key: 'sourceNameRequired' };
  if (form.sourceUrl.trim() && !/^https?:\/\/\S+$/i.test(form.sourceUrl.trim()))
    problems.sourceUrl = { key: 'webAddress' };
  return problems;
}

/** The form field that shows an error about the draft field at `path` (as an API error names it). */
const FORM_FIELD_OF_PATH: Readonly<Record<string, FormField>> = {
  name: 'name',
  aliases: 'aliases',
  summary: 'summary',
  primaryMuscles: 'primaryMuscles',
  secondaryMuscles: 'primaryMuscles',
  steps: 'steps',
  cues: 'cues',
  'prescription.sets': 'sets',
  'prescription.reps': 'reps',
  'prescription.seconds': 'seconds',
  'prescription.restSeconds': 'restSeconds',
  source: 'sourceName',
  'source.name': 'sourceName',
  'source.reference': 'sourceName',
  'source.licence': 'sourceName',
  'source.url': 'sourceUrl',
};

/** Which form field an API error is about, if any: an item of a list (`steps.2`) counts for the list. */
export function formFieldOf(path: string | undefined): FormField | null {
  if (path === undefined) return null;
  return FORM_FIELD_OF_PATH[path] ?? FORM_FIELD_OF_PATH[path.split('.')[0] ?? ''] ?? null;
}
