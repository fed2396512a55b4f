/** What a trainer is told after the store file was found damaged at a start and replaced. */
export interface StoreRecoveryNotice {
  /** When it happened (milliseconds since the epoch). */
  at: number;
  /** The backup file now in use, or null when none was usable and a fresh library was started. */
  restoredFrom: string | null;
  /** The name under which the damaged file was kept in the data folder. */
  keptAs: string;
}

/** Everything the trainer should know about the kiosk's own health. */
export interface SystemNotices {
  storeRecovery: StoreRecoveryNotice | null;
}
