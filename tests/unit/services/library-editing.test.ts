import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter, type Dispatch } from '../../../src/services/api-router';
import { startBackend } from '../../../src/services/backend';
import { createServices, type Services } from '../../../src/services';
import { createLibraryEditingService } from '../../../src/services/library-editing';
import { LOCAL_SCREEN_ID, type ApiError, type Result } from '@shared/contract';
import { draftOf, type Exercise } from '@shared/domain';
import { insertMedia } from '../../../src/store/repositories/exercise-media';
import { insertMember } from '../../../src/store/repositories/members';
import { seedLibrary } from '../../../src/store/seed/seed';
import { draft, VALID_DRAFT } from '../../support/exercise-draft';
import { base64, noisyPng, SAMPLES, solidPng } from '../../support/media-files';
import {
  MEMBER,
  T0,
  createTestStore,
  rowCounts,
  sequentialIds,
  unlockTrainer,
  type TestStore,
} from '../../support/store';
import { makeTempDir, type TempDir } from '../../support/temp-dir';
import { PLAN_DRAFT, planItem, startSession } from '../../support/plans';

/** The exercise a successful call answers (every editing method answers the whole exercise). */
function value(result: Result<unknown>): Exercise {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as Exercise;
}

function failure(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('library editing', () => {
  let store: TestStore;
  let media: TempDir;
  let setAside: TempDir;
  let services: Services;
  let dispatch: Dispatch;
  const filesIn = (dir: TempDir): string[] => (existsSync(dir.path) ? readdirSync(dir.path).sort() : []);
  const mediaFiles = (): string[] => filesIn(media);

  beforeEach(async () => {
    store = createTestStore();
    media = makeTempDir('gymdeck-media-');
    setAside = makeTempDir('gymdeck-set-aside-');
    services = createServices({
      ...store.context,
      newId: sequentialIds('new-'),
      mediaDir: media.path,
      setAsideMediaDir: setAside.path,
    });
    dispatch = createApiRouter(services);
    await unlockTrainer(services);
  });
  afterEach(() => {
    store.close();
    media.remove();
    setAside.remove();
  });

  describe('creating', () => {
    it('stores every field and answers the whole exercise', async () => {
      const source = {
        name: 'Club handbook',
        url: 'https://example.org/band',
        reference: 'p. 12',
        licence: 'CC BY 4.0',
      };
      const created = value(
        await dispatch('library:create', {
          ...VALID_DRAFT,
          name: '  Band pull-apart  ',
          oneSided: true,
          source,
        }),
      );
      expect(created).toEqual({
        id: 'new-1',
        name: 'Band pull-apart',
        aliases: ['Pull-apart'],
        summary: VALID_DRAFT.summary,
        level: 'beginner',
        tags: ['low-impact', 'posture'],
        equipment: ['resistance-band'],
        primaryMuscles: ['rhomboids', 'rear-delts'],
        secondaryMuscles: ['middle-traps'],
        steps: VALID_DRAFT.steps,
        cues: VALID_DRAFT.cues,
        prescription: VALID_DRAFT.prescription,
        oneSided: true,
        media: [],
        source,
        archived: false,
        figure: null,
        figureChoice: 'show',
      } satisfies Exercise);
      expect(services.library.list({ query: 'pull apart', limit: 50 }).exercises.map((e) => e.id)).toEqual([
        'new-1',
      ]);
      expect(
        store.db
          .prepare<[], { seed_key: string | null }>("SELECT seed_key FROM exercise WHERE id = 'new-1'")
          .get(),
      ).toEqual({ seed_key: null });
    });

    it('refuses an invalid draft naming the field, and writes nothing', async () => {
      const before = rowCounts(store.db);
      const cases: [unknown, RegExp][] = [
        [draft({ name: '   ' }), /^name: must not be empty/],
        [draft({ cues: ['Only one'] }), /^cues: give 2 or 3 short cues/],
        [draft({ cues: ['a', 'b', 'c', 'd'] }), /^cues: give 2 or 3 short cues/],
        [draft({ steps: [] }), /^steps: add at least one step/],
        [draft({ primaryMuscles: [] }), /^primaryMuscles: choose at least one muscle/],
        [draft({ secondaryMuscles: ['rhomboids'] }), /^secondaryMuscles: a muscle is either/],
        [
          draft({ prescription: { sets: 3, reps: 10, seconds: 30, restSeconds: 60 } }),
          /^prescription.reps: give either/,
        ],
        [
          draft({ prescription: { sets: 0, reps: 10, seconds: null, restSeconds: 60 } }),
          /^prescription.sets: must be at least 1/,
        ],
        [
          draft({ source: { name: 'X', url: 'javascript:alert(1)', reference: null, licence: null } }),
          /^source.url: must be a web address/,
        ],
        [{ ...VALID_DRAFT, seedKey: 'face-pull' }, /Unrecognized key/],
        [draft({ primaryMuscles: ['wings'] }), /^primaryMuscles: there is no muscle "wings"/],
        [draft({ equipment: ['jetpack'] }), /^equipment: there is no equipment "jetpack"/],
      ];
      for (const [payload, message] of cases) {
        const error = failure(await dispatch('library:create', payload));
        expect(error.code).toBe('invalid-input');
        expect(error.message).toMatch(message);
      }
      expect(rowCounts(store.db)).toEqual(before);
    });

    it('refuses a second exercise claiming the same item of a source', async () => {
      const source = { name: 'Club handbook', url: null, reference: 'p. 12', licence: null };
      value(await dispatch('library:create', draft({ source })));
      const before = rowCounts(store.db);
      const error = failure(await dispatch('library:create', draft({ name: 'Other', source })));
      expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/^source.reference:/) });
      expect(rowCounts(store.db)).toEqual(before);
    });
  });

  describe('editing', () => {
    it('replaces every field but keeps the id, creation time, archive state and media', async () => {
      value(
        await dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'still',
          data: base64(solidPng()),
        }),
      );
      store.clock.advance(60_000);
      const updated = value(
        await dispatch('library:update', {
          id: 'face-pull',
          exercise: draft({
            name: 'Rope face pull',
            aliases: [],
            steps: ['Rope at face height.', 'Pull to the ears.'],
            prescription: { sets: 2, reps: null, seconds: 40, restSeconds: 30 },
          }),
        }),
      );
      expect(updated).toMatchObject({
        id: 'face-pull',
        name: 'Rope face pull',
        aliases: [],
        steps: ['Rope at face height.', 'Pull to the ears.'],
        prescription: { sets: 2, reps: null, seconds: 40, restSeconds: 30 },
        media: [{ role: 'still', kind: 'image', mimeType: 'image/png' }],
      });
      const times = store.db
        .prepare<[], { created_at: number; updated_at: number }>(
          "SELECT created_at, updated_at FROM exercise WHERE id = 'face-pull'",
        )
        .get();
      expect(times).toEqual({ created_at: T0, updated_at: T0 + 60_000 });
      expect(services.library.list({ query: 'rope', limit: 50 }).exercises.map((e) => e.id)).toEqual([
        'face-pull',
      ]);
    });

    it('keeps the edit of a seeded exercise when the app starts again', async () => {
      const edited = value(
        await dispatch('library:update', {
          id: 'deadlift',
          exercise: draft({ name: 'Conventional deadlift' }),
        }),
      );
      const before = rowCounts(store.db);
      expect(seedLibrary(store.db, T0 + 86_400_000)).toEqual({
        exercisesAdded: 0,
        circuitsAdded: 0,
        templatesAdded: 0,
      });
      expect(rowCounts(store.db)).toEqual(before);
      expect(services.library.get('deadlift')).toEqual(edited);
    });

    it('keeps what a trainer chose for a figure, in the exercise, the library list and a later start', async () => {
      // Read once, so the library holds the summaries in memory before the choices change.
      const shown = services.library.list({ limit: 50 }).exercises;
      expect(shown.every((summary) => summary.figureChoice === 'show' && summary.figure !== null)).toBe(true);
      const current = (id: string) => draftOf(services.library.get(id));

      const hidden = value(
        await dispatch('library:update', {
          id: 'pull-up',
          exercise: { ...current('pull-up'), figureChoice: 'hide' },
        }),
      );
      value(
        await dispatch('library:update', {
          id: 'face-pull',
          exercise: { ...current('face-pull'), figureChoice: 'first' },
        }),
      );

      expect(hidden).toMatchObject({ id: 'pull-up', figure: 'pull-up', figureChoice: 'hide' });
      expect(services.library.get('face-pull').figureChoice).toBe('first');
      const listed = services.library.list({ limit: 50 }).exercises;
      expect(Object.fromEntries(listed.map((summary) => [summary.id, summary.figureChoice]))).toMatchObject({
        'pull-up': 'hide',
        'face-pull': 'first',
        deadlift: 'show',
      });
      // A duplicate has no figure of its own, but keeps the choice with the rest of the content.
      const copy = value(await dispatch('library:duplicate', { id: 'pull-up' }));
      expect(copy).toMatchObject({ figure: null, figureChoice: 'hide' });

      seedLibrary(store.db, T0 + 86_400_000);
      expect(createServices(store.context).library.get('pull-up').figureChoice).toBe('hide');
    });

    it('refuses a figure choice it does not know, naming the field', async () => {
      const error = failure(
        await dispatch('library:update', {
          id: 'pull-up',
          exercise: { ...draftOf(services.library.get('pull-up')), figureChoice: 'sideways' },
        }),
      );
      expect(error).toMatchObject({ code: 'invalid-input', field: 'exercise.figureChoice' });
      expect(services.library.get('pull-up').figureChoice).toBe('show');
    });

    it('reports an unknown exercise as not-found and writes nothing', async () => {
      const before = rowCounts(store.db);
      expect(failure(await dispatch('library:update', { id: 'nope', exercise: VALID_DRAFT })).code).toBe(
        'not-found',
      );
      expect(failure(await dispatch('library:archive', { id: 'nope' })).code).toBe('not-found');
      expect(failure(await dispatch('library:duplicate', { id: 'nope' })).code).toBe('not-found');
      expect(rowCounts(store.db)).toEqual(before);
    });
  });

  describe('duplicating', () => {
    it('makes an independent copy that shares the media files, with no seed key', async () => {
      value(
        await dispatch('library:attach-media', {
          exerciseId: 'reverse-fly',
          role: 'start',
          data: base64(solidPng()),
        }),
      );
      value(await dispatch('library:archive', { id: 'reverse-fly' }));
      const copy = value(await dispatch('library:duplicate', { id: 'reverse-fly' }));
      const original = services.library.get('reverse-fly');

      expect(copy.id).not.toBe('reverse-fly');
      expect(copy.name).toBe('Reverse fly (copy)');
      expect(copy.archived).toBe(false);
      // A copy is the trainer's own exercise: it has no seed key, so none of the built-in figures.
      expect(copy.figure).toBeNull();
      expect({ ...copy, id: '', name: '', archived: true, media: [] }).toEqual({
        ...original,
        id: '',
        name: '',
        media: [],
        figure: null,
      });
      expect(copy.media).toHaveLength(1);
      expect(copy.media[0]?.id).not.toBe(original.media[0]?.id);
      // No bytes copied: both rows name the one file.
      expect(mediaFiles()).toHaveLength(1);
      expect(services.libraryEditing.resolveMediaFile(copy.media[0]?.id ?? '')?.path).toBe(
        services.libraryEditing.resolveMediaFile(original.media[0]?.id ?? '')?.path,
      );
      const seedKey = store.db
        .prepare<[string], { seed_key: string | null }>('SELECT seed_key FROM exercise WHERE id = ?')
        .get(copy.id);
      expect(seedKey).toEqual({ seed_key: null });

      expect(value(await dispatch('library:duplicate', { id: 'reverse-fly' })).name).toBe(
        'Reverse fly (copy 2)',
      );
      // Removing the copy's picture leaves the original's file alone.
      value(
        await dispatch('library:detach-media', { exerciseId: copy.id, mediaId: copy.media[0]?.id ?? '' }),
      );
      expect(services.libraryEditing.resolveMediaFile(original.media[0]?.id ?? '')).not.toBeNull();
      // Replacing the original's picture leaves the file the second copy still names.
      value(
        await dispatch('library:attach-media', {
          exerciseId: 'reverse-fly',
          role: 'start',
          data: base64(solidPng(3)),
        }),
      );
      expect(mediaFiles()).toHaveLength(2);
    });

    it('adds no bytes however often an illustrated exercise is duplicated', async () => {
      value(
        await dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'still',
          data: base64(solidPng()),
        }),
      );
      const bytes = (): number =>
        mediaFiles().reduce((sum, name) => sum + readFileSync(join(media.path, name)).length, 0);
      const before = bytes();
      for (let n = 0; n < 5; n++) value(await dispatch('library:duplicate', { id: 'face-pull' }));
      expect(bytes()).toBe(before);
    });
  });

  describe('archiving', () => {
    it('hides an exercise from browsing, keeps its logged sets, and restores it', async () => {
      insertMember(store.db, MEMBER, T0);
      const { set } = startSession(services, MEMBER.id, LOCAL_SCREEN_ID, {
        draft: { ...PLAN_DRAFT, items: [planItem('deadlift', { reps: 5, loadKg: 100 })] },
        itemIndex: 0,
      });
      value(await dispatch('sessions:log-set', set()));
      const archived = value(await dispatch('library:archive', { id: 'deadlift' }));
      expect(archived.archived).toBe(true);
      expect(services.library.list({ limit: 50 }).exercises.map((e) => e.id)).not.toContain('deadlift');
      expect(
        services.library.list({ status: 'all', limit: 50 }).exercises.find((e) => e.id === 'deadlift')
          ?.archived,
      ).toBe(true);
      expect(
        store.db.prepare("SELECT count(*) AS n FROM logged_set WHERE exercise_id = 'deadlift'").get(),
      ).toEqual({ n: 1 });

      const stamp = () =>
        store.db.prepare("SELECT archived_at FROM exercise WHERE id = 'deadlift'").get() as {
          archived_at: number;
        };
      const first = stamp();
      store.clock.advance(1000);
      value(await dispatch('library:archive', { id: 'deadlift' }));
      expect(stamp()).toEqual(first);

      expect(value(await dispatch('library:restore', { id: 'deadlift' })).archived).toBe(false);
      expect(services.library.list({ limit: 50 }).exercises.map((e) => e.id)).toContain('deadlift');
    });
  });

  describe('media', () => {
    it('copies an image into the media folder under a generated name and serves it by id', async () => {
      const png = solidPng(4, 3);
      const exercise = value(
        await dispatch('library:attach-media', { exerciseId: 'face-pull', role: 'start', data: base64(png) }),
      );
      expect(exercise.media).toEqual([
        { id: 'new-1', kind: 'image', role: 'start', mimeType: 'image/png', byteSize: png.length },
      ]);
      expect(mediaFiles()).toEqual(['new-1.png']);
      expect(readFileSync(join(media.path, 'new-1.png'))).toEqual(png);
      expect(services.libraryEditing.resolveMediaFile('new-1')).toEqual({
        path: join(media.path, 'new-1.png'),
        mimeType: 'image/png',
      });
      for (const id of ['nope', '../gymdeck.db', 'new-1.png', '']) {
        expect(services.libraryEditing.resolveMediaFile(id), id).toBeNull();
      }
    });

    it('recognises each accepted type by its content, whatever the role asks', async () => {
      const cases = [
        ['still', SAMPLES.jpeg, 'image/jpeg', 'jpg'],
        ['end', SAMPLES.gif, 'image/gif', 'gif'],
        ['start', SAMPLES.webp, 'image/webp', 'webp'],
        ['loop', SAMPLES.mp4, 'video/mp4', 'mp4'],
      ] as const;
      for (const [role, bytes, mimeType, extension] of cases) {
        const exercise = value(
          await dispatch('library:attach-media', { exerciseId: 'pull-up', role, data: base64(bytes) }),
        );
        const item = exercise.media.find((m) => m.role === role);
        expect(item?.mimeType).toBe(mimeType);
        expect(mediaFiles()).toContain(`${item?.id}.${extension}`);
      }
      const webm = value(
        await dispatch('library:attach-media', {
          exerciseId: 'deadlift',
          role: 'loop',
          data: base64(SAMPLES.webm),
        }),
      );
      expect(webm.media[0]?.mimeType).toBe('video/webm');
    });

    it('replaces the item of the same role and sets the old file aside', async () => {
      value(
        await dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'start',
          data: base64(solidPng()),
        }),
      );
      value(
        await dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'end',
          data: base64(solidPng()),
        }),
      );
      const replaced = value(
        await dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'start',
          data: base64(SAMPLES.jpeg),
        }),
      );
      expect(replaced.media.map((m) => [m.role, m.mimeType])).toEqual([
        ['start', 'image/jpeg'],
        ['end', 'image/png'],
      ]);
      expect(mediaFiles()).toEqual(['new-2.png', 'new-3.jpg']);
      expect(filesIn(setAside)).toEqual(['new-1.png']);
    });

    it('sets the file aside when detached, for a backup that still names it', async () => {
      const exercise = value(
        await dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'still',
          data: base64(solidPng()),
        }),
      );
      const after = value(
        await dispatch('library:detach-media', {
          exerciseId: 'face-pull',
          mediaId: exercise.media[0]?.id ?? '',
        }),
      );
      expect(after.media).toEqual([]);
      expect(mediaFiles()).toEqual([]);
      expect(filesIn(setAside)).toEqual(['new-1.png']);
      expect(
        failure(await dispatch('library:detach-media', { exerciseId: 'deadlift', mediaId: 'new-1' })).code,
      ).toBe('not-found');
    });

    it('refuses files that are not an accepted picture or video, whatever they claim, writing nothing', async () => {
      const before = rowCounts(store.db);
      const cases: [string, Buffer, RegExp][] = [
        [
          'start',
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
          /not a PNG, JPEG, WebP or GIF picture/,
        ],
        ['still', Buffer.from('#!/bin/sh\nrm -rf /\n'), /not a PNG, JPEG, WebP or GIF picture/],
        ['loop', Buffer.from('%PDF-1.7\n'), /not an MP4 or WebM video/],
        [
          'loop',
          Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(12)]),
          /not an MP4 or WebM video/,
        ],
        ['start', SAMPLES.mp4, /start pose must be a picture, and this file is a video/],
        ['loop', solidPng(), /looping video must be a video, and this file is a picture/],
      ];
      for (const [role, bytes, message] of cases) {
        const error = failure(
          await dispatch('library:attach-media', { exerciseId: 'face-pull', role, data: base64(bytes) }),
        );
        expect(error.code).toBe('invalid-input');
        expect(error.message).toMatch(message);
      }
      expect(
        failure(
          await dispatch('library:attach-media', {
            exerciseId: 'face-pull',
            role: 'still',
            data: 'not base64!',
          }),
        ).message,
      ).toMatch(/^data: must be base64/);
      expect(
        failure(
          await dispatch('library:attach-media', {
            exerciseId: 'nope',
            role: 'still',
            data: base64(solidPng()),
          }),
        ).code,
      ).toBe('not-found');
      expect(rowCounts(store.db)).toEqual(before);
      expect(mediaFiles()).toEqual([]);
    });

    it('refuses an image over 8 MB with a clear message', async () => {
      const big = Buffer.concat([solidPng(), Buffer.alloc(9 * 1024 * 1024)]);
      const error = failure(
        await dispatch('library:attach-media', { exerciseId: 'face-pull', role: 'still', data: base64(big) }),
      );
      expect(error).toEqual({
        code: 'invalid-input',
        message: 'data: this picture is 9.1 MB; the most is 8 MB.',
        field: 'data',
        reason: 'file-too-large',
        params: { size: '9.1 MB', max: '8 MB' },
      });
      expect(mediaFiles()).toEqual([]);
    });

    it('removes the written file when the commit fails, so no file is left without its row', async () => {
      const reported: unknown[] = [];
      dispatch = createApiRouter(services, { onInternalError: (_m, error) => reported.push(error) });
      store.db.exec(
        "CREATE TRIGGER refuse_media BEFORE INSERT ON exercise_media BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
      );
      const before = rowCounts(store.db);
      const error = failure(
        await dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'still',
          data: base64(solidPng()),
        }),
      );
      expect(error.code).toBe('internal');
      expect(reported).toHaveLength(1);
      expect(mediaFiles()).toEqual([]);
      expect(rowCounts(store.db)).toEqual(before);
    });

    it('refuses a file that would pass the media quota, and counts a replaced file out', async () => {
      const picture = noisyPng(40, 40);
      const quota = picture.length * 2 + 100;
      const editing = createLibraryEditingService(
        {
          ...store.context,
          newId: sequentialIds('q-'),
          mediaDir: media.path,
          setAsideMediaDir: setAside.path,
        },
        () => quota,
      );
      editing.attachMedia({ exerciseId: 'face-pull', role: 'start', data: base64(picture) });
      editing.attachMedia({ exerciseId: 'face-pull', role: 'end', data: base64(picture) });
      const before = { rows: rowCounts(store.db), files: mediaFiles() };
      let refusal: unknown;
      try {
        editing.attachMedia({ exerciseId: 'deadlift', role: 'still', data: base64(picture) });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toMatchObject({
        code: 'storage-full',
        detail: { field: 'data', reason: 'media-quota', params: { max: expect.stringMatching(/MB$/) } },
      });
      expect({ rows: rowCounts(store.db), files: mediaFiles() }).toEqual(before);
      // Replacing a picture frees its file, so the new one fits.
      expect(
        editing.attachMedia({ exerciseId: 'face-pull', role: 'end', data: base64(noisyPng(40, 40)) }).media,
      ).toHaveLength(2);
    });

    it('takes the quota from the settings, 2 GB unless a trainer changes it', async () => {
      expect(services.settings.get().mediaQuotaMegabytes).toBe(2048);
      // A video row of exactly 256 MB already counts (its file need not be here for the count).
      insertMedia(
        store.db,
        {
          id: 'big',
          exerciseId: 'deadlift',
          kind: 'video',
          role: 'loop',
          fileName: 'big.mp4',
          mimeType: 'video/mp4',
          byteSize: 256 * 1024 * 1024,
        },
        T0,
      );
      const attach = () =>
        dispatch('library:attach-media', {
          exerciseId: 'face-pull',
          role: 'still',
          data: base64(solidPng()),
        });
      expect((await dispatch('settings:update', { mediaQuotaMegabytes: 256 })).ok).toBe(true);
      expect(failure(await attach())).toMatchObject({
        code: 'storage-full',
        reason: 'media-quota',
        params: { used: '256 MB', max: '256 MB' },
      });
      expect((await dispatch('settings:update', { mediaQuotaMegabytes: 257 })).ok).toBe(true);
      value(await attach());
    });

    it('refuses media where no media folder is configured', async () => {
      await unlockTrainer(store.services);
      const bare = createApiRouter(store.services);
      expect(
        failure(
          await bare('library:attach-media', {
            exerciseId: 'face-pull',
            role: 'still',
            data: base64(solidPng()),
          }),
        ).code,
      ).toBe('unavailable');
    });
  });
});

describe('media files and rows under any sequence of changes', () => {
  const FILES = {
    png: solidPng(),
    jpeg: SAMPLES.jpeg,
    mp4: SAMPLES.mp4,
    junk: Buffer.from('not a picture'),
  };
  const exerciseId = fc.constantFrom('face-pull', 'deadlift', 'nope');
  const operation = fc.oneof(
    fc.record({
      kind: fc.constant('attach' as const),
      exerciseId,
      role: fc.constantFrom('start', 'end', 'still', 'loop'),
      file: fc.constantFrom(...(Object.keys(FILES) as (keyof typeof FILES)[])),
    }),
    fc.record({ kind: fc.constant('detach' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), exerciseId }),
    fc.record({ kind: fc.constant('archive' as const), exerciseId }),
    /** Makes the next writes of media rows fail at commit, or lets them succeed again. */
    fc.record({ kind: fc.constant('commits-fail' as const), failing: fc.boolean() }),
  );

  it('leaves exactly the files the media rows name, whatever succeeds or fails', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
        const store = createTestStore();
        const media = makeTempDir('gymdeck-media-prop-');
        const setAside = makeTempDir('gymdeck-set-aside-prop-');
        const services = createServices({
          ...store.context,
          mediaDir: media.path,
          setAsideMediaDir: setAside.path,
        });
        await unlockTrainer(services);
        const dispatch = createApiRouter(services);
        const rows = () =>
          store.db
            .prepare<[], { id: string; file_name: string }>('SELECT id, file_name FROM exercise_media')
            .all();
        try {
          for (const op of operations) {
            if (op.kind === 'attach') {
              await dispatch('library:attach-media', {
                exerciseId: op.exerciseId,
                role: op.role,
                data: base64(FILES[op.file]),
              });
            } else if (op.kind === 'detach') {
              const all = rows();
              const row = all[op.pick % Math.max(all.length, 1)];
              const owner = row
                ? store.db
                    .prepare<[string], { exercise_id: string }>(
                      'SELECT exercise_id FROM exercise_media WHERE id = ?',
                    )
                    .get(row.id)
                : undefined;
              await dispatch('library:detach-media', {
                exerciseId: owner?.exercise_id ?? 'face-pull',
                mediaId: row?.id ?? 'nope',
              });
            } else if (op.kind === 'duplicate' || op.kind === 'archive') {
              await dispatch(`library:${op.kind}`, { id: op.exerciseId });
            } else if (op.failing) {
              store.db.exec(
                `CREATE TRIGGER IF NOT EXISTS refuse_media BEFORE INSERT ON exercise_media
                 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
              );
            } else {
              store.db.exec('DROP TRIGGER IF EXISTS refuse_media');
            }
            const files = existsSync(media.path) ? readdirSync(media.path).sort() : [];
            expect(files).toEqual([...new Set(rows().map((row) => row.file_name))].sort());
          }
        } finally {
          store.close();
          media.remove();
          setAside.remove();
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('media folder on start', () => {
  let dir: TempDir;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('sets aside files no row refers to, removes half-written ones and keeps the ones in use', () => {
    const first = startBackend({ dataDir: dir.path });
    const exercise = first.services.libraryEditing.attachMedia({
      exerciseId: 'face-pull',
      role: 'still',
      data: base64(solidPng()),
    });
    first.close();
    const kept = `${exercise.media[0]?.id}.png`;
    writeFileSync(join(dir.path, 'media', 'left-behind.png'), solidPng());
    writeFileSync(join(dir.path, 'media', 'half-written.png.partial'), 'x');

    const second = startBackend({ dataDir: dir.path });
    expect(readdirSync(second.mediaDir)).toEqual([kept]);
    expect(readdirSync(join(dir.path, 'media-orphans'))).toEqual(['left-behind.png']);
    expect(second.services.libraryEditing.resolveMediaFile(exercise.media[0]?.id ?? '')?.mimeType).toBe(
      'image/png',
    );
    second.close();
  });

  it('does nothing when there is no media folder yet', () => {
    startBackend({ dataDir: dir.path }).close();
    expect(readdirSync(dir.path).filter((name) => name.startsWith('media'))).toEqual([]);
  });
});
