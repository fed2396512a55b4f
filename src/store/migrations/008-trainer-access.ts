import type { Migration } from './index';

/**
 * The trainer PIN (a scrypt hash with its salt and cost, never the PIN), the PIN lock-outs that must
 * survive a restart (counted per screen and for all screens together; how much of a pause has passed is
 * measured while Gymdeck runs, never read off the wall clock), and the screens on the gym's network that a
 * trainer paired (only a hash of each token is kept).
 */
export const trainerAccess: Migration = {
  version: 8,
  name: 'trainer-access',
  up(db) {
    db.exec(`
      CREATE TABLE trainer_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        hash BLOB NOT NULL CHECK (length(hash) >= 16),
        salt BLOB NOT NULL CHECK (length(salt) >= 16),
        cost INTEGER NOT NULL CHECK (cost BETWEEN 2 AND 1048576),
        block_size INTEGER NOT NULL CHECK (block_size BETWEEN 1 AND 64),
        parallelism INTEGER NOT NULL CHECK (parallelism BETWEEN 1 AND 16),
        set_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE pin_lockout (
        scope TEXT PRIMARY KEY,
        failures INTEGER NOT NULL CHECK (failures >= 0),
        pause_ms INTEGER NOT NULL CHECK (pause_ms >= 0),
        elapsed_ms INTEGER NOT NULL CHECK (elapsed_ms >= 0),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE paired_screen (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        token_hash TEXT NOT NULL UNIQUE,
        paired_at INTEGER NOT NULL,
        last_seen_at INTEGER,
        revoked_at INTEGER
      ) STRICT;
    `);
  },
};
