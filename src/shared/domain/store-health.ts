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

/** Why a backup was made; each reason keeps its own number of copies. */
export const BACKUP_REASONS = ['daily', 'after-edits', 'on-request', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** One backup of the store in the data folder's `backups`. */
export interface BackupSummary {
  /** The file name, which also identifies it. */
  name: string;
  /** What the clock said when it was made (milliseconds since the epoch). */
  madeAt: number;
  /** The order in which backups were made, whatever the clock said (0 for those of older versions). */
  sequence: number;
  reason: BackupReason;
  /** `integrity_check` passed on the copy before it was kept. */
  verified: boolean;
  bytes: number;
}

/** Pictures and videos no exercise names any more, waiting in `media-orphans` before they are deleted. */
export interface SetAsideMedia {
  files: number;
  bytes: number;
  /** How long a file waits there before it is deleted. */
  keptDays: number;
}

export interface BackupList {
  /** Newest first, in the order they were made. */
  backups: BackupSummary[];
  setAsideMedia: SetAsideMedia;
}

export interface BackupRestored {
  restored: BackupSummary;
  /** The backup of the store as it was just before, kept so that the restore can be undone; null when that
   * store was damaged and was moved aside instead. */
  previous: BackupSummary | null;
}

/** A backup as a file to save elsewhere. */
export interface BackupFileContent {
  fileName: string;
  /** The file's bytes, base64-encoded. */
  data: string;
}
