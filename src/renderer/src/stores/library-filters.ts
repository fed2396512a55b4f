import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { MethodInput } from '@shared/contract';
import { GOALS, type Goal, type Muscle } from '@shared/domain';

/** What a member has chosen on the library screen. Regions and muscles narrow the same dimension. */
export interface LibraryFilterState {
  query: string;
  region: string | null;
  muscles: readonly string[];
  equipment: readonly string[];
  goal: Goal | null;
}

export const NO_FILTERS: LibraryFilterState = Object.freeze({
  query: '',
  region: null,
  muscles: [],
  equipment: [],
  goal: null,
});

const MAX_QUERY = 100;
const MAX_CHOICES = 50;
const NO_MUSCLE = '-';

export function hasFilters(filters: LibraryFilterState): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.region !== null ||
    filters.muscles.length > 0 ||
    filters.equipment.length > 0 ||
    filters.goal !== null
  );
}

export function sameFilters(a: LibraryFilterState, b: LibraryFilterState): boolean {
  return (
    a.query === b.query &&
    a.region === b.region &&
    a.goal === b.goal &&
    a.muscles.join('\n') === b.muscles.join('\n') &&
    a.equipment.join('\n') === b.equipment.join('\n')
  );
}

/**
 * The `library:list` input for a set of filters. Chosen muscles win; a region alone stands for every muscle
 * of the vocabulary in that region.
 */
export function toListInput(
  filters: LibraryFilterState,
  muscles: readonly Muscle[],
): MethodInput<'library:list'> {
  const input: MethodInput<'library:list'> = {};
  const query = filters.query.trim();
  if (query) input.query = query.slice(0, MAX_QUERY);
  const chosenMuscles =
    filters.muscles.length > 0
      ? [...filters.muscles]
      : filters.region !== null
        ? muscles.filter((muscle) => muscle.region === filters.region).map((muscle) => muscle.id)
        : [];
  // A region the vocabulary does not have must still narrow the list (to nothing), not widen it to all.
  if (filters.region !== null && chosenMuscles.length === 0) chosenMuscles.push(NO_MUSCLE);
  if (chosenMuscles.length > 0) input.muscles = chosenMuscles.slice(0, MAX_CHOICES);
  if (filters.equipment.length > 0) input.equipment = filters.equipment.slice(0, MAX_CHOICES);
  if (filters.goal) input.goal = filters.goal;
  return input;
}

/** The filters as a route query, so that Back and a reload return to the same list. */
export function toRouteQuery(filters: LibraryFilterState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.query.trim()) query.q = filters.query;
  if (filters.region !== null) query.region = filters.region;
  if (filters.muscles.length > 0) query.muscle = [...filters.muscles];
  if (filters.equipment.length > 0) query.equipment = [...filters.equipment];
  if (filters.goal) query.goal = filters.goal;
  return query;
}

/** Reads filters back from a route query, ignoring anything malformed. */
export function fromRouteQuery(query: LocationQuery): LibraryFilterState {
  const goal = first(query.goal);
  return {
    query: (first(query.q) ?? '').slice(0, MAX_QUERY),
    region: first(query.region) ?? null,
    muscles: all(query.muscle),
    equipment: all(query.equipment),
    goal: (GOALS as readonly string[]).includes(goal ?? '') ? (goal as Goal) : null,
  };
}

type QueryValue = LocationQuery[string] | undefined;

function all(value: QueryValue): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  const strings = list.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return [...new Set(strings.map((item) => item.slice(0, 100)))].slice(0, MAX_CHOICES);
}

function first(value: QueryValue): string | undefined {
  return all(value)[0];
}
