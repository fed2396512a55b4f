export interface Member {
  id: string;
  /** The least personal data that works: a first name, nickname or member number. */
  displayName: string;
  memberNumber: string | null;
}

export interface LoggedSet {
  id: string;
  memberId: string;
  exerciseId: string;
  planItemId: string | null;
  setNumber: number;
  reps: number | null;
  seconds: number | null;
  loadKg: number | null;
  loggedAt: number;
}
