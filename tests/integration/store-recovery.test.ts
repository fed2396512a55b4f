import { unlockedBackend } from '../support/backend';
import { basename } from 'node:path';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_DIR_NAME, DATABASE_FILE_NAME, startBackend } from '../../src/services/backend';
import { listBackups, writeBackup } from '../../src/store/backups';
import { openStore } from '../../src/store/database';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations';
import { getMember, insertMember } from '../../src/store/repositories/members';
import { damagePages, PAGE_SIZE as PAGE } from '../support/damage';
import { makeTempDir, type TempDir } from '../support/temp-dir';

describe('backups', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('copies the live store under a numbered, time-stamped name and keeps only the newest ones', async () => {
    const db = openStore(dir.file('live.db'));
    const backups = dir.file('backups');
    const keep = { daily: 3, 'after-edits': 1, 'on-request': 1, 'before-restore': 1 };
    for (let day = 0; day < 4; day += 1) {
      await writeBackup(db, backups, { now: Date.UTC(2026, 0, 1 + day, 7, 30), reason: 'daily', keep });
    }
    db.close();
    expect(listBackups(backups).map((backup) => backup.name)).toEqual([
      'gymdeck-000004-20260104T073000Z-daily.db',
      'gymdeck-000003-20260103T073000Z-daily.db',
      'gymdeck-000002-20260102T073000Z-daily.db',
    ]);
    // Each copy stands alone: no partial file, no WAL companions.
    expect(readdirSync(backups).every((name) => name.endsWith('.db'))).toBe(true);
    const copy = openStore(listBackups(backups)[0]?.path ?? '');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    copy.close();
  });

  it('lists copies of older versions (unnumbered) after the numbered ones, as not verified', async () => {
    const db = openStore(dir.file('live.db'));
    const backups = dir.file('backups');
    await writeBackup(db, backups, { now: Date.UTC(2026, 0, 1), reason: 'daily' });
    await db.backup(dir.file('backups/gymdeck-20270101T000000Z.db'));
    db.close();
    expect(listBackups(backups).map((backup) => [backup.sequence, backup.verified])).toEqual([
      [1, true],
      [0, false],
    ]);
  });
});

describe('a damaged store at start', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  const storeFile = (): string => dir.file(DATABASE_FILE_NAME);

  /** A store with a member, backed up, then given a second member that only the live file holds. */
  async function storeWithBackup(): Promise<void> {
    const backend = await unlockedBackend({ dataDir: dir.path });
    insertMember(backend.db, { id: 'kept', displayName: 'Kim', memberNumber: null }, 1);
    await writeBackup(backend.db, dir.file(BACKUP_DIR_NAME), {
      now: Date.UTC(2026, 10, 24),
      reason: 'daily',
    });
    insertMember(backend.db, { id: 'after-backup', displayName: 'Lee', memberNumber: null }, 2);
    backend.close();
  }

  it('is moved aside and replaced by the newest good backup, with a notice kept for the trainer', async () => {
    await storeWithBackup();
    const size = statSync(storeFile()).size;
    damagePages(storeFile(), 2, Math.floor(size / PAGE) - 3);

    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      expect(backend.recovery).not.toBeNull();
      expect(backend.recovery?.restoredFrom).toBe(listBackups(dir.file(BACKUP_DIR_NAME))[0]?.path);
      expect(existsSync(backend.recovery?.movedAsideTo ?? '')).toBe(true);
      expect(getMember(backend.db, 'kept')?.displayName).toBe('Kim');
      expect(getMember(backend.db, 'after-backup')).toBeNull();
      expect(backend.db.pragma('quick_check', { simple: true })).toBe('ok');
      const notices = await backend.dispatch('system:notices', {});
      expect(notices).toEqual({
        ok: true,
        value: {
          storeRecovery: {
            at: backend.recovery?.at,
            restoredFrom: basename(backend.recovery?.restoredFrom ?? ''),
            keptAs: basename(backend.recovery?.movedAsideTo ?? ''),
          },
        },
      });
      const listed = await backend.dispatch('library:list', {});
      expect(listed).toMatchObject({ ok: true, value: { total: 7 } });
    } finally {
      backend.close();
    }
  });

  it('without any backup becomes a fresh store with the built-in library', async () => {
    writeFileSync(storeFile(), 'this is not a database, only text where one should be'.repeat(200));
    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      expect(backend.recovery?.restoredFrom).toBeNull();
      expect(backend.recovery?.reason).toMatch(/SQLITE_NOTADB/);
      expect(await backend.dispatch('system:notices', {})).toMatchObject({
        ok: true,
        value: { storeRecovery: { restoredFrom: null } },
      });
      expect(await backend.dispatch('system:dismiss-store-recovery', {})).toEqual({
        ok: true,
        value: { dismissed: true },
      });
      expect(await backend.dispatch('system:notices', {})).toEqual({
        ok: true,
        value: { storeRecovery: null },
      });
      const listed = await backend.dispatch('library:list', {});
      expect(listed).toMatchObject({ ok: true, value: { total: 7 } });
    } finally {
      backend.close();
    }
  });

  it('skips a backup that is damaged too and takes the next older one', async () => {
    await storeWithBackup();
    const backups = dir.file(BACKUP_DIR_NAME);
    const backend = await unlockedBackend({ dataDir: dir.path });
    await writeBackup(backend.db, backups, { now: Date.UTC(2026, 10, 25), reason: 'daily' });
    backend.close();
    const [newest, older] = listBackups(backups).map((backup) => backup.path);
    damagePages(newest ?? '', 1, 20);
    damagePages(storeFile(), 1, 20);

    const recovered = await unlockedBackend({ dataDir: dir.path });
    try {
      expect(recovered.recovery?.restoredFrom).toBe(older);
      expect(getMember(recovered.db, 'kept')).not.toBeNull();
      expect(existsSync(newest ?? '')).toBe(true);
    } finally {
      recovered.close();
    }
  });

  it('is not mistaken for one written by a newer app, which is refused and left alone', () => {
    const db = openStore(storeFile());
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => startBackend({ dataDir: dir.path })).toThrow(/newer version of Gymdeck/);
    expect(readdirSync(dir.path).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});
