import {
  EXERCISE_LIMITS as L,
  draftOf,
  type Exercise,
  type ExerciseDraft,
  type Source,
} from '@shared/domain';

export interface StepLine {
  /** Stable while steps are reordered, so each text box keeps its focus and contents. */
  key: number;
  text: string;
}

/** The prescription while a trainer types: numbers may be blank, and both amounts are kept for a switch. */
export interface PrescriptionForm {
  sets: number | null;
  measure: 'reps' | 'seconds';
  reps: number | null;
  seconds: number | null;
  restSeconds: number | null;
}

/** The source as its text fields; a blank name means no source. */
export type SourceForm = { [K in keyof Source]: string };

/**
 * What the form holds while a trainer types: the draft, with the aliases as one line of text, steps that
 * keep their identity while they move, spare rows, and the prescription and source as above.
 */
export interface ExerciseForm extends Omit<ExerciseDraft, 'aliases' | 'steps' | 'prescription' | 'source'> {
  aliases: string;
  steps: StepLine[];
  prescription: PrescriptionForm;
  source: SourceForm;
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
    prescription: { sets: 3, measure: 'reps', reps: 10, seconds: 30, restSeconds: 60 },
    oneSided: false,
    source: { name: '', url: '', reference: '', licence: '' },
    figureChoice: 'show',
  };
}

export function formFromExercise(exercise: Exercise): ExerciseForm {
  const { prescription: p, source, ...draft } = structuredClone(draftOf(exercise));
  return {
    ...draft,
    aliases: draft.aliases.join(', '),
    steps: draft.steps.map((text) => stepLine(text)),
    cues: draft.cues.length >= L.cuesMin ? draft.cues : [...draft.cues, '', ''].slice(0, L.cuesMin),
    prescription: {
      sets: p.sets,
      measure: p.seconds !== null ? 'seconds' : 'reps',
      reps: p.reps ?? 10,
      seconds: p.seconds ?? 30,
      restSeconds: p.restSeconds,
    },
    source: {
      name: source?.name ?? '',
      url: source?.url ?? '',
      reference: source?.reference ?? '',
      licence: source?.licence ?? '',
    },
  };
}

const filled = (list: readonly string[]): string[] => list.map((s) => s.trim()).filter((s) => s.length > 0);
const orNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** The draft the API takes: blank rows dropped, the unused one of reps and seconds cleared. */
export function toDraft(form: ExerciseForm): ExerciseDraft {
  const { prescription: p, source } = form;
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
      sets: p.sets ?? 0,
      reps: p.measure === 'reps' ? (p.reps ?? 0) : null,
      seconds: p.measure === 'seconds' ? (p.seconds ?? 0) : null,
      restSeconds: p.restSeconds ?? -1,
    },
    oneSided: form.oneSided,
    source: source.name.trim()
      ? {
          name: source.name.trim(),
          url: orNull(source.url),
          reference: orNull(source.reference),
          licence: orNull(source.licence),
        }
      : null,
    figureChoice: form.figureChoice,
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
  const { prescription: p, source } = form;
  const sets = wholeIn(p.sets, L.sets);
  if (sets) problems.sets = sets;
  const amount = p.measure === 'reps' ? wholeIn(p.reps, L.reps) : wholeIn(p.seconds, L.seconds);
  if (amount) problems[p.measure] = amount;
  const rest = wholeIn(p.restSeconds, L.restSeconds);
  if (rest) problems.restSeconds = rest;
  const sourceGiven = [source.url, source.reference, source.licence].some((s) => s.trim());
  if (!source.name.trim() && sourceGiven) problems.sourceName = { key: 'sourceNameRequired' };
  if (source.url.trim() && !/^https?:\/\/\S+$/i.test(source.url.trim()))
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
