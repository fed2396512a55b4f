import type { Db } from '../database';
import { MEDIA_ROLES, type MediaKind, type MediaRole } from '@shared/domain';

export interface MediaFileRecord {
  id: string;
  exerciseId: string;
  kind: MediaKind;
  role: MediaRole;
  fileName: string;
  mimeType: string;
  byteSize: number;
}

interface MediaRow {
  id: string;
  exercise_id: string;
  kind: MediaKind;
  role: MediaRole;
  file_name: string;
  mime_type: string;
  byte_size: number;
}

const toRecord = (row: MediaRow): MediaFileRecord => ({
  id: row.id,
  exerciseId: row.exercise_id,
  kind: row.kind,
  role: row.role,
  fileName: row.file_name,
  mimeType: row.mime_type,
  byteSize: row.byte_size,
});

const COLUMNS = 'id, exercise_id, kind, role, file_name, mime_type, byte_size';

export function getMediaFile(db: Db, id: string): MediaFileRecord | null {
  const row = db.prepare<[string], MediaRow>(`SELECT ${COLUMNS} FROM exercise_media WHERE id = ?`).get(id);
  return row ? toRecord(row) : null;
}

export function listExerciseMedia(db: Db, exerciseId: string): MediaFileRecord[] {
  return db
    .prepare<[string], MediaRow>(
      `SELECT ${COLUMNS} FROM exercise_media WHERE exercise_id = ? ORDER BY position, id`,
    )
    .all(exerciseId)
    .map(toRecord);
}

/** Adds a media item; it sits in the card's order of roles (start, end, still, loop). */
export function insertMedia(db: Db, media: MediaFileRecord, now: number): void {
  db.prepare(
    `INSERT INTO exercise_media (id, exercise_id, position, kind, role, file_name, mime_type, byte_size, created_at)
     VALUES (@id, @exerciseId, @position, @kind, @role, @fileName, @mimeType, @byteSize, @now)`,
  ).run({ ...media, position: MEDIA_ROLES.indexOf(media.role), now });
}

export function deleteMedia(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM exercise_media WHERE id = ?').run(id).changes > 0;
}

/** Every file name a media row refers to, to tell which files in the media folder are still in use. */
export function allMediaFileNames(db: Db): Set<string> {
  return new Set(
    db
      .prepare<[], { file_name: string }>('SELECT file_name FROM exercise_media')
      .all()
      .map((row) => row.file_name),
  );
}

/** How many rows name the file (duplicated exercises share their files). */
export function countMediaRowsNaming(db: Db, fileName: string): number {
  return (
    db
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM exercise_media WHERE file_name = ?')
      .get(fileName)?.n ?? 0
  );
}

/** Bytes the media folder holds for the library: each file once, however many rows share it. */
export function mediaBytesInUse(db: Db): number {
  return (
    db
      .prepare<[], { total: number | null }>(
        'SELECT sum(byte_size) AS total FROM (SELECT file_name, max(byte_size) AS byte_size FROM exercise_media GROUP BY file_name)',
      )
      .get()?.total ?? 0
  );
}

/** How many media files the given exercises (all when `ids` is null) hold. */
export function countMedia(db: Db, ids: readonly string[] | null): number {
  const row =
    ids === null
      ? db.prepare<[], { n: number }>('SELECT count(*) AS n FROM exercise_media').get()
      : db
          .prepare<[string], { n: number }>(
            'SELECT count(*) AS n FROM exercise_media WHERE exercise_id IN (SELECT value FROM json_each(?))',
          )
          .get(JSON.stringify(ids));
  return row?.n ?? 0;
}
