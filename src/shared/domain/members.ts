/** The units a member counts load in. The store and the API always carry kilograms (`loadKg`). */
export const WEIGHT_UNITS = ['kg', 'lb'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

/** Bounds of every field a trainer writes about a member; the contract and the form share them. */
export const MEMBER_LIMITS = {
  nameLength: 60,
  notesLength: 500,
  /** Typed on the kiosk's number pad: digits only. */
  numberDigits: { min: 4, max: 12 },
} as const;

/** What a trainer writes about a member: the least personal data that works (no e-mail, phone or photo). */
export interface MemberDraft {
  /** As the trainer knows them ("Sam Kowalski"); shared screens only ever show `memberLabel` of it. */
  displayName: string;
  /** Typed by the member on the kiosk's number pad to sign in; unique. */
  memberNumber: string | null;
  /** For trainers only, such as "no overhead pressing". */
  notes: string;
  unit: WeightUnit;
}

/** A member as trainer mode sees them. */
export interface Member extends MemberDraft {
  id: string;
  createdAt: number;
}

/** How much deleting a member removes, for the confirmation that says so. */
export interface MemberDataCounts {
  plans: number;
  sessions: number;
  sets: number;
}

/**
 * How a member appears on a shared screen: first name and the initial of the last ("Sam K."). Names of
 * one word stay as they are.
 */
export function memberLabel(displayName: string): string {
  const words = displayName.trim().split(/\s+/u).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  if (last === undefined) return first;
  const initial = Array.from(last)[0]?.toLocaleUpperCase() ?? '';
  return `${first} ${initial}.`;
}

/** The member signed in on a screen, as that screen may show them: never the full name or notes. */
export interface SignedInMember {
  id: string;
  /** `memberLabel` of the display name. */
  label: string;
  unit: WeightUnit;
}

const KG_PER_LB = 0.45359237;

/** A load in kilograms, shown in the member's unit. */
export function loadInUnit(loadKg: number, unit: WeightUnit): number {
  return unit === 'kg' ? loadKg : loadKg / KG_PER_LB;
}

/** A load typed in the member's unit, as the API carries it (kilograms). */
export function loadToKg(load: number, unit: WeightUnit): number {
  return unit === 'kg' ? load : load * KG_PER_LB;
}

/** The step of a load stepper in each unit. */
export const LOAD_STEP: Readonly<Record<WeightUnit, number>> = { kg: 2.5, lb: 5 };
