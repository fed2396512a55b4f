import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import type { ApiError, Result } from '@shared/contract';
import type {
  BackupFileContent,
  BackupList,
  BackupRestored,
  BackupSummary,
  SetAsideMedia,
} from '@shared/domain';
import { useApi } from '../api';

/** The backups of the data folder, and the pictures and videos set aside because no exercise uses them. */
export const useBackupsStore = defineStore('backups', () => {
  const api = useApi();
  const backups = shallowRef<BackupSummary[] | null>(null);
  const setAsideMedia = shallowRef<SetAsideMedia | null>(null);
  const error = shallowRef<ApiError | null>(null);

  async function load(): Promise<Result<BackupList>> {
    const result = await api['backups:list']({});
    if (result.ok) {
      backups.value = result.value.backups;
      setAsideMedia.value = result.value.setAsideMedia;
      error.value = null;
    } else {
      error.value = result.error;
    }
    return result;
  }

  /** Backs the data up now; the list then shows the new copy. */
  async function create(): Promise<Result<BackupSummary>> {
    const result = await api['backups:create']({});
    await load();
    return result;
  }

  /** Puts the backup `name` in place of the data; the app must then start afresh from it. */
  async function restore(name: string): Promise<Result<BackupRestored>> {
    const result = await api['backups:restore']({ name });
    if (!result.ok) await load();
    return result;
  }

  function download(name: string): Promise<Result<BackupFileContent>> {
    return api['backups:download']({ name });
  }

  async function emptySetAsideMedia(): Promise<Result<{ files: number; bytes: number }>> {
    const result = await api['media:empty-set-aside']({});
    await load();
    return result;
  }

  return { backups, setAsideMedia, error, load, create, restore, download, emptySetAsideMedia };
});
