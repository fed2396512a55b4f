import { SCREEN_ID_PATTERN } from '@shared/contract/caller';

const STORAGE_KEY = 'gymdeck.screen-id';

/**
 * This browser's own screen id, made once and kept: in web mode several screens share one Gymdeck, and
 * each runs its own timer. Without storage (a locked-down profile) the id lasts as long as the page.
 */
export function screenId(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  const kept = storage?.getItem(STORAGE_KEY);
  if (kept && SCREEN_ID_PATTERN.test(kept)) return kept;
  const made = crypto.randomUUID();
  try {
    storage?.setItem(STORAGE_KEY, made);
  } catch {
    // A full or refused storage keeps the id for this page only.
  }
  return made;
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
