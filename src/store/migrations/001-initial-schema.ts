import type { Migration } from './index';

/**
 * The whole domain of the first release: library, circuits, members, session plans, logged sets, settings,
 * the active timer run and trainer notices. Times are milliseconds since the epoch; booleans are 0/1.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  up(db) {
    db.exec(`
      CREATE TABLE muscle (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        common_name TEXT NOT NULL,
        region TEXT NOT NULL,
        view TEXT NOT NULL CHECK (view IN ('front', 'back')),
        coarse_term TEXT NOT NULL,
        imports_coarse_term INTEGER NOT NULL DEFAULT 0 CHECK (imports_coarse_term IN (0, 1)),
        sort_order INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE equipment (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        coarse_term TEXT
      ) STRICT;

      CREATE TABLE exercise (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        summary TEXT NOT NULL DEFAULT '',
        level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
        one_sided INTEGER NOT NULL DEFAULT 0 CHECK (one_sided IN (0, 1)),
        default_sets INTEGER NOT NULL CHECK (default_sets BETWEEN 1 AND 20),
        default_reps INTEGER CHECK (default_reps BETWEEN 1 AND 1000),
        default_seconds INTEGER CHECK (default_seconds BETWEEN 1 AND 3600),
        default_rest_seconds INTEGER NOT NULL CHECK (default_rest_seconds BETWEEN 0 AND 3600),
        source_name TEXT,
        source_url TEXT,
        source_reference TEXT,
        licence TEXT,
        seed_key TEXT UNIQUE,
        archived_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK ((default_reps IS NULL) <> (default_seconds IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX exercise_source_reference ON exercise (source_name, source_reference)
        WHERE source_reference IS NOT NULL;

      CREATE TABLE exercise_alias (
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (exercise_id, alias)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exercise_tag (
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (exercise_id, tag)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exercise_muscle (
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        muscle_id TEXT NOT NULL REFERENCES muscle (id),
        role TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),
        PRIMARY KEY (exercise_id, muscle_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX exercise_muscle_by_muscle ON exercise_muscle (muscle_id);

      CREATE TABLE exercise_equipment (
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        equipment_id TEXT NOT NULL REFERENCES equipment (id),
        PRIMARY KEY (exercise_id, equipment_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX exercise_equipment_by_equipment ON exercise_equipment (equipment_id);

      CREATE TABLE exercise_step (
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
        PRIMARY KEY (exercise_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exercise_cue (
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 120),
        PRIMARY KEY (exercise_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exercise_media (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
        role TEXT NOT NULL CHECK (role IN ('start', 'end', 'loop', 'still')),
        file_name TEXT NOT NULL UNIQUE,
        mime_type TEXT NOT NULL,
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX exercise_media_by_exercise ON exercise_media (exercise_id, position);

      CREATE TABLE circuit (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        description TEXT NOT NULL DEFAULT '',
        get_ready_seconds INTEGER NOT NULL CHECK (get_ready_seconds BETWEEN 0 AND 600),
        rest_seconds INTEGER NOT NULL CHECK (rest_seconds BETWEEN 0 AND 3600),
        rounds INTEGER NOT NULL CHECK (rounds BETWEEN 0 AND 100),
        round_break_seconds INTEGER NOT NULL CHECK (round_break_seconds BETWEEN 0 AND 3600),
        sound INTEGER NOT NULL DEFAULT 1 CHECK (sound IN (0, 1)),
        flash INTEGER NOT NULL DEFAULT 1 CHECK (flash IN (0, 1)),
        halfway_cue INTEGER NOT NULL DEFAULT 0 CHECK (halfway_cue IN (0, 1)),
        seed_key TEXT UNIQUE,
        archived_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE circuit_step (
        circuit_id TEXT NOT NULL REFERENCES circuit (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        work_seconds INTEGER CHECK (work_seconds BETWEEN 1 AND 3600),
        rep_target INTEGER CHECK (rep_target BETWEEN 1 AND 1000),
        side TEXT NOT NULL DEFAULT 'both' CHECK (side IN ('both', 'left', 'right')),
        rest_seconds INTEGER CHECK (rest_seconds BETWEEN 0 AND 3600),
        PRIMARY KEY (circuit_id, position),
        CHECK ((work_seconds IS NULL) <> (rep_target IS NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX circuit_step_by_exercise ON circuit_step (exercise_id);

      CREATE TABLE member (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
        member_number TEXT UNIQUE,
        archived_at INTEGER,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE session_plan (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES member (id),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        notes TEXT NOT NULL DEFAULT '',
        archived_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX session_plan_by_member ON session_plan (member_id);

      CREATE TABLE plan_item (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES session_plan (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        target_sets INTEGER NOT NULL CHECK (target_sets BETWEEN 1 AND 20),
        target_reps INTEGER CHECK (target_reps BETWEEN 1 AND 1000),
        target_seconds INTEGER CHECK (target_seconds BETWEEN 1 AND 3600),
        target_load_kg REAL CHECK (target_load_kg BETWEEN 0 AND 1000),
        rest_seconds INTEGER NOT NULL CHECK (rest_seconds BETWEEN 0 AND 3600),
        UNIQUE (plan_id, position),
        CHECK ((target_reps IS NULL) <> (target_seconds IS NULL))
      ) STRICT;

      CREATE TABLE logged_set (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES member (id),
        exercise_id TEXT NOT NULL REFERENCES exercise (id),
        plan_item_id TEXT REFERENCES plan_item (id) ON DELETE SET NULL,
        set_number INTEGER NOT NULL CHECK (set_number BETWEEN 1 AND 100),
        reps INTEGER CHECK (reps BETWEEN 0 AND 1000),
        seconds INTEGER CHECK (seconds BETWEEN 0 AND 86400),
        load_kg REAL CHECK (load_kg BETWEEN 0 AND 1000),
        client_key TEXT NOT NULL UNIQUE,
        logged_at INTEGER NOT NULL,
        CHECK (reps IS NOT NULL OR seconds IS NOT NULL)
      ) STRICT;
      CREATE INDEX logged_set_by_member ON logged_set (member_id, logged_at);
      CREATE INDEX logged_set_by_exercise ON logged_set (exercise_id);
      CREATE INDEX logged_set_by_plan_item ON logged_set (plan_item_id);

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE timer_run (
        screen TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('countdown', 'circuit')),
        circuit_id TEXT REFERENCES circuit (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (json_valid(state)),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE notice (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        dismissed_at INTEGER
      ) STRICT;
    `);
  },
};
