import type { Migration } from './index';

/** Rebuilds the search document of the exercises that `condition` selects (a WHERE clause on `d`). */
const refresh = (condition: string): string => `
  DELETE FROM exercise_search WHERE rowid IN (SELECT d.rowid FROM exercise_search_document d WHERE ${condition});
  INSERT INTO exercise_search (rowid, name, aliases, muscles, equipment)
    SELECT d.rowid, d.name, d.aliases, d.muscles, d.equipment FROM exercise_search_document d WHERE ${condition};`;

const byExercise = (ref: 'NEW' | 'OLD'): string => refresh(`d.id = ${ref}.exercise_id`);

/**
 * Full-text search over the library: one FTS5 document per exercise with its name, aliases, muscle names
 * (scientific, common and the coarse dataset term) and equipment names. Triggers keep it in step with every
 * table it reads, so no code path that writes an exercise can forget it.
 */
export const exerciseSearch: Migration = {
  version: 2,
  name: 'exercise-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE exercise_search USING fts5 (
        name, aliases, muscles, equipment,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      -- FTS5 keys documents by integer; exercises have text ids and an implicit rowid that VACUUM may
      -- renumber, so each exercise gets a stable document number here.
      CREATE TABLE exercise_search_row (
        doc INTEGER PRIMARY KEY,
        exercise_id TEXT NOT NULL UNIQUE REFERENCES exercise (id) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO exercise_search_row (exercise_id) SELECT id FROM exercise ORDER BY created_at, id;

      CREATE VIEW exercise_search_document AS
      SELECT
        r.doc AS rowid,
        e.id AS id,
        e.name AS name,
        (SELECT group_concat(a.alias, ' ') FROM exercise_alias a WHERE a.exercise_id = e.id) AS aliases,
        (SELECT group_concat(m.name || ' ' || m.common_name || ' ' || m.coarse_term, ' ')
           FROM exercise_muscle em JOIN muscle m ON m.id = em.muscle_id
          WHERE em.exercise_id = e.id) AS muscles,
        (SELECT group_concat(q.name, ' ')
           FROM exercise_equipment eq JOIN equipment q ON q.id = eq.equipment_id
          WHERE eq.exercise_id = e.id) AS equipment
      FROM exercise e JOIN exercise_search_row r ON r.exercise_id = e.id;

      INSERT INTO exercise_search (rowid, name, aliases, muscles, equipment)
        SELECT rowid, name, aliases, muscles, equipment FROM exercise_search_document;

      CREATE TRIGGER exercise_search_on_insert AFTER INSERT ON exercise BEGIN
        INSERT INTO exercise_search_row (exercise_id) VALUES (NEW.id);
        ${refresh('d.id = NEW.id')}
      END;
      CREATE TRIGGER exercise_search_on_rename AFTER UPDATE OF name ON exercise BEGIN
        ${refresh('d.id = NEW.id')}
      END;
      CREATE TRIGGER exercise_search_on_delete AFTER DELETE ON exercise_search_row BEGIN
        DELETE FROM exercise_search WHERE rowid = OLD.doc;
      END;

      CREATE TRIGGER exercise_search_alias_added AFTER INSERT ON exercise_alias BEGIN ${byExercise('NEW')} END;
      CREATE TRIGGER exercise_search_alias_removed AFTER DELETE ON exercise_alias BEGIN ${byExercise('OLD')} END;
      CREATE TRIGGER exercise_search_muscle_added AFTER INSERT ON exercise_muscle BEGIN ${byExercise('NEW')} END;
      CREATE TRIGGER exercise_search_muscle_removed AFTER DELETE ON exercise_muscle BEGIN ${byExercise('OLD')} END;
      CREATE TRIGGER exercise_search_equipment_added AFTER INSERT ON exercise_equipment BEGIN
        ${byExercise('NEW')}
      END;
      CREATE TRIGGER exercise_search_equipment_removed AFTER DELETE ON exercise_equipment BEGIN
        ${byExercise('OLD')}
      END;

      CREATE TRIGGER exercise_search_muscle_renamed AFTER UPDATE OF name, common_name, coarse_term ON muscle BEGIN
        ${refresh('d.id IN (SELECT exercise_id FROM exercise_muscle WHERE muscle_id = NEW.id)')}
      END;
      CREATE TRIGGER exercise_search_equipment_renamed AFTER UPDATE OF name ON equipment BEGIN
        ${refresh('d.id IN (SELECT exercise_id FROM exercise_equipment WHERE equipment_id = NEW.id)')}
      END;
    `);
  },
};
