/** What a person (or a remote screen) did to a run, at a monotonic time. */
export type RunEvent =
  | { readonly type: 'pause'; readonly at: number }
  | { readonly type: 'resume'; readonly at: number }
  /** Jump to the start of the next phase; skipping the last phase ends the run. */
  | { readonly type: 'skip'; readonly at: number }
  /** Restart the current phase, or go to the previous one when the current one has only just started. */
  | { readonly type: 'back'; readonly at: number }
  /** Add (or, when negative, remove) time on the current phase only. */
  | { readonly type: 'adjust'; readonly at: number; readonly deltaMs: number }
  | { readonly type: 'stop'; readonly at: number }
  /** Marks an open-ended work phase (a rep target) done; ignored in any other phase, so a double tap cannot skip a rest. */
  | { readonly type: 'done'; readonly at: number };

/** Within this much of a phase's start, "back" goes to the previous phase instead of restarting this one. */
export const BACK_TO_PREVIOUS_WITHIN_MS = 2000;
