import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { ok, type ApiError, type Result } from '@shared/contract/result';
import type { ExercisePage, ImportProgress, ImportReport, LibraryExportDocument } from '@shared/domain';
import { useApi } from '../api';
import { useLibraryStore } from './library';
import { pagedExercises } from './paged-exercises';

export type ImportStage = 'idle' | 'previewing' | 'preview' | 'importing' | 'done' | 'failed';

export interface ExportFile {
  fileName: string;
  text: string;
  document: LibraryExportDocument;
}

/** `gymdeck-library-2026-11-25.json`: the date the file was made, in the screen's own time zone. */
export function exportFileName(at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `gymdeck-library-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}

/** How often a running import is asked how far it got. */
const PROGRESS_POLL_MS = 300;

/**
 * Moving the library in and out: an export as a file's text, and an import in two steps, a preview (what
 * the import would do, nothing written) and then the import itself, of the same text. While either runs,
 * `progress` says how far it got.
 */
export const useLibraryTransferStore = defineStore('library-transfer', () => {
  const api = useApi();
  /** Every exercise, archived ones too, a page at a time: what a trainer chooses from. */
  const list = pagedExercises(api);
  const library = useLibraryStore();
  const exporting = ref(false);
  const exportError = shallowRef<ApiError | null>(null);

  const stage = ref<ImportStage>('idle');
  const fileName = ref<string | null>(null);
  const report = shallowRef<ImportReport | null>(null);
  const importError = shallowRef<ApiError | null>(null);
  const progress = shallowRef<ImportProgress | null>(null);
  // The chosen file's text, kept until it is imported or set aside; never shown, so not reactive.
  let content: string | null = null;

  /** Waits for a running import (or preview), asking meanwhile how far it got. */
  async function followed<T>(running: Promise<T>): Promise<T> {
    let finished = false;
    const poll = async (): Promise<void> => {
      while (!finished) {
        await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
        if (finished) return;
        const answer = await api['library:import-progress']({});
        if (!finished && answer.ok) progress.value = answer.value.progress;
      }
    };
    void poll();
    try {
      return await running;
    } finally {
      finished = true;
      progress.value = null;
    }
  }

  const loadExercises = (): Promise<Result<ExercisePage>> => list.load({ status: 'all' });

  /** The export of the given exercises (the whole library when none are given), ready to save. */
  async function exportLibrary(ids?: string[]): Promise<Result<ExportFile>> {
    exporting.value = true;
    exportError.value = null;
    const result = await api['library:export'](ids ? { ids } : {});
    exporting.value = false;
    if (!result.ok) {
      exportError.value = result.error;
      return result;
    }
    return ok({
      fileName: exportFileName(new Date(result.value.exportedAt)),
      text: `${JSON.stringify(result.value, null, 2)}\n`,
      document: result.value,
    });
  }

  /** Reads what importing `text` would do, changing nothing yet. */
  async function preview(name: string, text: string): Promise<Result<ImportReport>> {
    content = text;
    fileName.value = name;
    report.value = null;
    importError.value = null;
    stage.value = 'previewing';
    const result = await followed(api['library:import']({ content: text, dryRun: true }));
    if (content !== text) return result; // another file was chosen meanwhile
    if (result.ok) {
      report.value = result.value;
      stage.value = 'preview';
    } else {
      importError.value = result.error;
      stage.value = 'failed';
    }
    return result;
  }

  /** Imports the previewed file for real; the report then says what was done. */
  async function confirm(): Promise<Result<ImportReport> | null> {
    if (stage.value !== 'preview' || content === null) return null;
    stage.value = 'importing';
    const result = await followed(api['library:import']({ content }));
    if (result.ok) {
      report.value = result.value;
      stage.value = 'done';
      content = null;
      // The member's screens read the library afresh, and so does the list to export from.
      library.invalidate();
      await loadExercises();
    } else {
      importError.value = result.error;
      stage.value = 'failed';
    }
    return result;
  }

  function reset(): void {
    content = null;
    fileName.value = null;
    report.value = null;
    importError.value = null;
    stage.value = 'idle';
  }

  return {
    exercises: list.exercises,
    total: list.total,
    loadingExercises: list.loading,
    moreExercises: list.more,
    exporting,
    exportError,
    stage,
    fileName,
    report,
    importError,
    progress,
    loadExercises,
    exportLibrary,
    preview,
    confirm,
    reset,
  };
});
