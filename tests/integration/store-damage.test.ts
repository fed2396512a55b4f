import { unlockedBackend } from '../support/backend';
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import type { Result } from '@shared/contract';
import type { BackupList, ExercisePage } from '@shared/domain';
import { BACKUP_DIR_NAME, DATABASE_FILE_NAME } from '../../src/services/backend';
import { BackupNotVerifiedError, listBackups, writeBackup } from '../../src/store/backups';
import { openStore } from '../../src/store/database';
import { getMember, insertMember } from '../../src/store/repositories/members';
import { seedLibrary } from '../../src/store/seed/seed';
import { corruptIndex } from '../support/damage';
import { makeTempDir, type TempDir } from '../support/temp-dir';

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('damage that only integrity_check sees', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-damage-')));
  afterEach(() => dir.remove());
  const storeFile = (): string => dir.file(DATABASE_FILE_NAME);
  const backupDir = (): string => dir.file(BACKUP_DIR_NAME);

  it('is found at start and handled like other damage: moved aside, the newest good backup put back', async () => {
    const first = await unlockedBackend({ dataDir: dir.path });
    insertMember(first.db, { id: 'kept', displayName: 'Kim', memberNumber: null }, 1);
    const backup = await writeBackup(first.db, backupDir(), { now: Date.now(), reason: 'daily' });
    first.close();
    corruptIndex(storeFile());
    const before = new Database(storeFile(), { readonly: true });
    expect(before.pragma('quick_check', { simple: true })).toBe('ok');
    before.close();

    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      expect(backend.recovery?.reason).toMatch(/integrity_check/);
      expect(backend.recovery?.restoredFrom).toBe(backup.path);
      expect(existsSync(backend.recovery?.movedAsideTo ?? '')).toBe(true);
      expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(getMember(backend.db, 'kept')?.displayName).toBe('Kim');
      expect(value(await backend.dispatch('system:notices', {}))).toMatchObject({
        storeRecovery: { restoredFrom: backup.name },
      });
    } finally {
      backend.close();
    }
  });

  it('is never counted as a backup, and no older backup is pruned for it', async () => {
    const db = openStore(storeFile());
    seedLibrary(db, 1);
    const good = [];
    for (let day = 0; day < 7; day += 1) {
      good.push(await writeBackup(db, backupDir(), { now: Date.UTC(2026, 0, 1 + day), reason: 'daily' }));
    }
    db.close();
    corruptIndex(storeFile());
    const damaged = openStore(storeFile());
    try {
      await expect(
        writeBackup(damaged, backupDir(), { now: Date.UTC(2026, 0, 9), reason: 'daily' }),
      ).rejects.toBeInstanceOf(BackupNotVerifiedError);
    } finally {
      damaged.close();
    }
    expect(listBackups(backupDir()).map((backup) => backup.path)).toEqual(
      good.map((backup) => backup.path).reverse(),
    );
    expect(readdirSync(backupDir()).filter((name) => !name.endsWith('.db'))).toEqual([]);
  });

  it('found by a backup while running puts the newest good backup in place at once', async () => {
    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      insertMember(backend.db, { id: 'kept', displayName: 'Kim', memberNumber: null }, 1);
      const good = value<{ name: string }>(await backend.dispatch('backups:create', {}));
      insertMember(backend.db, { id: 'lost', displayName: 'Lee', memberNumber: null }, 2);

      // Another connection edits the schema, as damage would; the running store reads it at its next step.
      const other = new Database(storeFile());
      other.unsafeMode(true);
      other.pragma('writable_schema = ON');
      other
        .prepare(
          `UPDATE sqlite_schema SET sql = 'CREATE INDEX exercise_muscle_by_muscle ON exercise_muscle (exercise_id)'
           WHERE name = 'exercise_muscle_by_muscle'`,
        )
        .run();
      const version = Number(other.pragma('schema_version', { simple: true }));
      other.pragma(`schema_version = ${version + 1}`);
      other.close();

      const failed = await backend.dispatch('backups:create', {});
      expect(failed).toMatchObject({ ok: false, error: { code: 'storage-damaged' } });
      expect(backend.recovery?.restoredFrom).toMatch(new RegExp(`${good.name}$`));
      expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(getMember(backend.db, 'kept')).not.toBeNull();
      expect(getMember(backend.db, 'lost')).toBeNull();
      const listed = value<BackupList>(await backend.dispatch('backups:list', {}));
      expect(listed.backups.map((backup) => backup.name)).toEqual([good.name]);
      expect(value(await backend.dispatch('system:notices', {}))).toMatchObject({
        storeRecovery: { restoredFrom: good.name },
      });
      // The API goes on answering from the restored store.
      expect(value<ExercisePage>(await backend.dispatch('library:list', {})).total).toBeGreaterThan(0);
    } finally {
      backend.close();
    }
  });
});

describe('backup retention', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-retention-')));
  afterEach(() => dir.remove());

  it('goes by the order backups were made in: a clock set back prunes nothing new', async () => {
    const db = openStore(dir.file('live.db'));
    try {
      const backups = dir.file('backups');
      const made = [];
      for (let day = 0; day < 7; day += 1) {
        made.push(await writeBackup(db, backups, { now: Date.UTC(2026, 0, 1 + day), reason: 'daily' }));
      }
      const backInTime = await writeBackup(db, backups, { now: Date.UTC(2000, 0, 1), reason: 'daily' });
      const listed = listBackups(backups);
      expect(listed[0]?.path).toBe(backInTime.path);
      expect(listed[0]?.madeAt).toBe(Date.UTC(2000, 0, 1));
      expect(existsSync(backInTime.path)).toBe(true);
      expect(listed.map((backup) => backup.path)).toEqual(
        [backInTime, ...made.slice(1).reverse()].map((backup) => backup.path),
      );
    } finally {
      db.close();
    }
  });

  it('keeps the daily copies when a trainer edits all day', async () => {
    const db = openStore(dir.file('live.db'));
    try {
      const backups = dir.file('backups');
      for (let day = 0; day < 7; day += 1) {
        await writeBackup(db, backups, { now: Date.UTC(2026, 0, 1 + day), reason: 'daily' });
      }
      for (let edit = 0; edit < 20; edit += 1) {
        await writeBackup(db, backups, { now: Date.UTC(2026, 0, 8, 9, edit), reason: 'after-edits' });
      }
      const listed = listBackups(backups);
      expect(listed.filter((backup) => backup.reason === 'daily')).toHaveLength(7);
      expect(listed.filter((backup) => backup.reason === 'after-edits')).toHaveLength(5);
      expect(listed.every((backup) => backup.verified)).toBe(true);
    } finally {
      db.close();
    }
  });
});

describe('a backup after a trainer edits', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-edit-backup-')));
  afterEach(() => dir.remove());

  it('follows once the edits pause', async () => {
    const backend = await unlockedBackend({
      dataDir: dir.path,
      backupTiming: { firstAfterMs: 60 * 60_000, intervalMs: 60 * 60_000, quietMs: 50, maxWaitMs: 10_000 },
    });
    try {
      await backend.dispatch('library:archive', { id: 'face-pull' });
      await backend.dispatch('library:restore', { id: 'face-pull' });
      await vi.waitFor(() => expect(listBackups(dir.file(BACKUP_DIR_NAME))).toHaveLength(1), {
        timeout: 5000,
      });
      expect(listBackups(dir.file(BACKUP_DIR_NAME))[0]).toMatchObject({
        reason: 'after-edits',
        verified: true,
      });
    } finally {
      backend.close();
    }
  });
});
