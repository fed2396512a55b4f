import { basename } from 'node:path';
import type { StoreRecoveryNotice, SystemNotices } from '@shared/domain';
import type { StoreRecovery } from '../store/recovery';
import { deleteSetting, readSetting, writeSetting } from '../store/repositories/settings';
import type { ServiceContext } from './context';
import type { Db } from '../store/database';

/** The setting under which the last recovery from a damaged store waits for a trainer to read it. */
export const STORE_RECOVERY_SETTING = 'store.last-recovery';

/** Keeps what a recovery did until a trainer has seen it; file names only, the folder is the data folder. */
export function recordStoreRecovery(db: Db, recovery: StoreRecovery, now: number): void {
  const notice: StoreRecoveryNotice = {
    at: recovery.at,
    restoredFrom: recovery.restoredFrom === null ? null : basename(recovery.restoredFrom),
    keptAs: basename(recovery.movedAsideTo),
  };
  writeSetting(db, STORE_RECOVERY_SETTING, notice, now);
}

/** True while a recovery's notice waits for a trainer to read it. */
export function hasPendingStoreRecovery(db: Db): boolean {
  return readSetting(db, STORE_RECOVERY_SETTING) !== undefined;
}

function isNotice(value: unknown): value is StoreRecoveryNotice {
  if (typeof value !== 'object' || value === null) return false;
  const notice = value as Record<string, unknown>;
  return (
    typeof notice.at === 'number' &&
    typeof notice.keptAs === 'string' &&
    (notice.restoredFrom === null || typeof notice.restoredFrom === 'string')
  );
}

/** The kiosk's own health, as the trainer area shows it. */
export function createSystemService({ db }: ServiceContext) {
  return {
    notices(): SystemNotices {
      const stored = readSetting(db, STORE_RECOVERY_SETTING);
      return { storeRecovery: isNotice(stored) ? stored : null };
    },
    dismissStoreRecovery(): { dismissed: boolean } {
      return { dismissed: deleteSetting(db, STORE_RECOVERY_SETTING) };
    },
  };
}

export type SystemService = ReturnType<typeof createSystemService>;
