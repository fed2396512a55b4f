import type { Migration } from './index';

/**
 * Each exercise keeps what a trainer chose for its movement figure: shown (the default, and what every
 * exercise had before), shown ahead of the trainer's own picture or video on the card, or hidden. The
 * change triggers on `exercise` already move the library revision, so cached summaries learn of it.
 */
export const figureChoice: Migration = {
  version: 10,
  name: 'figure-choice',
  up(db) {
    db.exec(`
      ALTER TABLE exercise ADD COLUMN figure_choice TEXT NOT NULL DEFAULT 'show'
        CHECK (figure_choice IN ('show', 'first', 'hide'));
    `);
  },
};
