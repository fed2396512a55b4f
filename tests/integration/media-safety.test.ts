import { unlockedBackend } from '../support/backend';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '@shared/contract';
import type { BackupFileContent, BackupList, BackupRestored, BackupSummary, Exercise } from '@shared/domain';
import { createApiRouter } from '../../src/services/api-router';
import {
  BACKUP_DIR_NAME,
  DATABASE_FILE_NAME,
  MEDIA_DIR_NAME,
  MEDIA_ORPHANS_DIR_NAME,
  startBackend,
  type Backend,
} from '../../src/services/backend';
import { createServices } from '../../src/services';
import { writeBackup } from '../../src/store/backups';
import { damagePages } from '../support/damage';
import { base64, solidPng } from '../support/media-files';
import { createTestStore, sequentialIds, unlockTrainer } from '../support/store';
import { makeTempDir, type TempDir } from '../support/temp-dir';

const DAY_MS = 24 * 60 * 60 * 1000;

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('pictures and videos a trainer added', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-media-safety-')));
  afterEach(() => dir.remove());

  const media = (): string[] => filesIn(dir.file(MEDIA_DIR_NAME));
  const setAside = (): string[] => filesIn(dir.file(MEDIA_ORPHANS_DIR_NAME));

  /** Attaches a picture to each of two exercises; answers the file names they were stored under. */
  async function attachTwoPictures(backend: Backend): Promise<string[]> {
    const names: string[] = [];
    for (const [exerciseId, colour] of [
      ['face-pull', [10, 20, 30]],
      ['reverse-fly', [40, 50, 60]],
    ] as const) {
      const exercise = value<Exercise>(
        await backend.dispatch('library:attach-media', {
          exerciseId,
          role: 'still',
          data: base64(solidPng(3, 3, colour)),
        }),
      );
      names.push(`${exercise.media[0]?.id ?? ''}.png`);
    }
    return names.sort();
  }

  it('survive a damaged store replaced by a fresh one, and a later start sets them aside, never deletes', async () => {
    const first = await unlockedBackend({ dataDir: dir.path });
    const pictures = await attachTwoPictures(first);
    first.close();
    damagePages(dir.file(DATABASE_FILE_NAME), 0, 1);

    const recovered = await unlockedBackend({ dataDir: dir.path });
    expect(recovered.recovery?.restoredFrom).toBeNull();
    recovered.close();
    // Recovery never sweeps: the damaged file kept aside still names files that exist.
    expect(media()).toEqual(pictures);

    // Once the trainer has read the notice, a start moves what the store does not name aside, into a
    // folder kept for 30 days.
    const later = await unlockedBackend({ dataDir: dir.path });
    expect(await later.dispatch('system:dismiss-store-recovery', {})).toMatchObject({ ok: true });
    later.close();
    const after = await unlockedBackend({ dataDir: dir.path });
    after.close();
    expect(media()).toEqual([]);
    expect(setAside()).toEqual(pictures);
  });

  it('survive a damaged store replaced by an older backup that does not know them', async () => {
    const first = await unlockedBackend({ dataDir: dir.path });
    await writeBackup(first.db, dir.file(BACKUP_DIR_NAME), { now: Date.now(), reason: 'daily' });
    const pictures = await attachTwoPictures(first);
    first.close();
    damagePages(dir.file(DATABASE_FILE_NAME), 0, 1);

    const recovered = await unlockedBackend({ dataDir: dir.path });
    try {
      expect(recovered.recovery?.restoredFrom).not.toBeNull();
      expect(media()).toEqual(pictures);
    } finally {
      recovered.close();
    }
  });

  it('come back from the set-aside folder when a restored store names them again', async () => {
    const first = await unlockedBackend({ dataDir: dir.path });
    const pictures = await attachTwoPictures(first);
    const backup = await writeBackup(first.db, dir.file(BACKUP_DIR_NAME), {
      now: Date.now(),
      reason: 'daily',
    });
    // Removing a picture sets its file aside rather than deleting it, so an older backup can have it back.
    const faceStill = value<Exercise>(await first.dispatch('library:get', { id: 'face-pull' })).media[0];
    await first.dispatch('library:detach-media', { exerciseId: 'face-pull', mediaId: faceStill?.id });
    expect(media()).toHaveLength(1);
    expect(setAside()).toHaveLength(1);
    first.close();
    damagePages(dir.file(DATABASE_FILE_NAME), 0, 1);

    const recovered = await unlockedBackend({ dataDir: dir.path });
    try {
      expect(recovered.recovery?.restoredFrom).toBe(backup.path);
      expect(media()).toEqual(pictures);
      expect(setAside()).toEqual([]);
      const face = value<Exercise>(await recovered.dispatch('library:get', { id: 'face-pull' }));
      expect(recovered.services.libraryEditing.resolveMediaFile(face.media[0]?.id ?? '')).not.toBeNull();
    } finally {
      recovered.close();
    }
  });

  it('stay set aside for 30 days, then go', () => {
    const now = Date.now();
    mkdirSync(dir.file(MEDIA_ORPHANS_DIR_NAME), { recursive: true });
    const aged = (name: string, days: number): void => {
      const path = join(dir.file(MEDIA_ORPHANS_DIR_NAME), name);
      writeFileSync(path, solidPng());
      const at = new Date(now - days * DAY_MS);
      utimesSync(path, at, at);
    };
    aged('recent.png', 29);
    aged('old.png', 31);
    // A file dated in the future (a clock that was set forward and back) is kept.
    aged('future.png', -400);
    startBackend({ dataDir: dir.path }).close();
    expect(setAside()).toEqual(['future.png', 'recent.png']);
  });
});

describe('a media upload', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-upload-')));
  afterEach(() => dir.remove());

  async function router(): Promise<{ dispatch: ReturnType<typeof createApiRouter>; close: () => void }> {
    const store = createTestStore();
    const services = createServices({
      ...store.context,
      newId: sequentialIds('up-'),
      mediaDir: dir.file('media'),
      setAsideMediaDir: dir.file('media-orphans'),
    });
    await unlockTrainer(services);
    return { dispatch: createApiRouter(services), close: () => store.close() };
  }

  it('on a full disk answers storage-full and leaves no partial file', async () => {
    const { dispatch, close } = await router();
    try {
      // The file is written under a name known in advance; pointing that name at /dev/full makes the
      // kernel answer ENOSPC to the write, as a full disk does.
      mkdirSync(dir.file('media'));
      symlinkSync('/dev/full', dir.file('media/up-1.png.partial'));
      const result = await dispatch('library:attach-media', {
        exerciseId: 'face-pull',
        role: 'still',
        data: base64(solidPng(40, 40)),
      });
      expect(result).toEqual({ ok: false, error: { code: 'storage-full', message: expect.any(String) } });
      expect(readdirSync(dir.file('media'))).toEqual([]);
      const exercise = value<Exercise>(await dispatch('library:get', { id: 'face-pull' }));
      expect(exercise.media).toEqual([]);
    } finally {
      close();
    }
  });

  it('of a PNG signature followed by a web page is refused and stores nothing', async () => {
    const { dispatch, close } = await router();
    try {
      const disguised = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from('<html><script>alert(1)</script></html>'),
      ]);
      const result = await dispatch('library:attach-media', {
        exerciseId: 'face-pull',
        role: 'still',
        data: base64(disguised),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(!result.ok && result.error.message).toMatch(/not a PNG, JPEG, WebP or GIF picture/);
      expect(filesIn(dir.file('media'))).toEqual([]);
    } finally {
      close();
    }
  });
});

describe('restoring a backup from trainer mode', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir('gymdeck-restore-')));
  afterEach(() => dir.remove());
  const media = (): string[] => filesIn(dir.file(MEDIA_DIR_NAME));

  it('serves the restored store at once, keeps the store it replaced as a backup, and loses no picture', async () => {
    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      const older = value<BackupSummary>(await backend.dispatch('backups:create', {}));
      const added = value<Exercise>(
        await backend.dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'still',
          data: base64(solidPng()),
        }),
      ).media[0];
      await backend.dispatch('library:archive', { id: 'deadlift' });

      const restored = value<BackupRestored>(await backend.dispatch('backups:restore', { name: older.name }));
      expect(restored.restored.name).toBe(older.name);
      expect(restored.previous?.reason).toBe('before-restore');
      // The API answers from the restored store straight away.
      const face = value<Exercise>(await backend.dispatch('library:get', { id: 'face-pull' }));
      expect(face.media).toEqual([]);
      expect(value<Exercise>(await backend.dispatch('library:get', { id: 'deadlift' })).archived).toBe(false);
      // The picture the restored store does not know is still there.
      expect(media()).toEqual([`${added?.id ?? ''}.png`]);

      // Restoring the store as it was just before brings everything back.
      await backend.dispatch('backups:restore', { name: restored.previous?.name });
      const back = value<Exercise>(await backend.dispatch('library:get', { id: 'face-pull' }));
      expect(back.media.map((item) => item.id)).toEqual([added?.id]);
      expect(backend.services.libraryEditing.resolveMediaFile(added?.id ?? '')).not.toBeNull();
      expect(value<Exercise>(await backend.dispatch('library:get', { id: 'deadlift' })).archived).toBe(true);
    } finally {
      backend.close();
    }
    // A later start still has nothing to delete: the picture is named again.
    startBackend({ dataDir: dir.path }).close();
    expect(filesIn(dir.file(MEDIA_ORPHANS_DIR_NAME))).toEqual([]);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      const backup = value<BackupSummary>(await backend.dispatch('backups:create', {}));
      damagePages(join(dir.file(BACKUP_DIR_NAME), backup.name), 1, 3);
      await backend.dispatch('library:archive', { id: 'deadlift' });
      const result = await backend.dispatch('backups:restore', { name: backup.name });
      expect(result).toMatchObject({ ok: false, error: { code: 'storage-damaged' } });
      expect(value<Exercise>(await backend.dispatch('library:get', { id: 'deadlift' })).archived).toBe(true);
      expect(await backend.dispatch('backups:restore', { name: 'gymdeck-000099-x-daily.db' })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    } finally {
      backend.close();
    }
  });

  it('hands out a backup as a file, and empties the set-aside folder when asked', async () => {
    const backend = await unlockedBackend({ dataDir: dir.path });
    try {
      const backup = value<BackupSummary>(await backend.dispatch('backups:create', {}));
      const file = value<BackupFileContent>(
        await backend.dispatch('backups:download', { name: backup.name }),
      );
      expect(file.fileName).toBe(backup.name);
      expect(Buffer.from(file.data, 'base64')).toEqual(
        readFileSync(join(dir.file(BACKUP_DIR_NAME), backup.name)),
      );
      const still = value<Exercise>(
        await backend.dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'still',
          data: base64(solidPng()),
        }),
      ).media[0];
      await backend.dispatch('library:detach-media', { exerciseId: 'face-pull', mediaId: still?.id });
      const listed = value<BackupList>(await backend.dispatch('backups:list', {}));
      expect(listed.setAsideMedia).toMatchObject({ files: 1, keptDays: 30 });
      expect(value(await backend.dispatch('media:empty-set-aside', {}))).toMatchObject({ files: 1 });
      expect(filesIn(dir.file(MEDIA_ORPHANS_DIR_NAME))).toEqual([]);
    } finally {
      backend.close();
    }
  });
});
