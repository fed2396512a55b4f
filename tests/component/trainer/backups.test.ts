import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import App from '@renderer/App.vue';
import { APP_RELOAD_KEY } from '@renderer/app-reload';
import { fail, ok } from '@shared/contract/result';
import type { BackupList, BackupSummary } from '@shared/domain';
import { createFakeApi } from '../support/fake-api';
import { mountWithApp } from '../support/mount-app';

const DAILY: BackupSummary = {
  name: 'gymdeck-000002-20261124T073000Z-daily.db',
  madeAt: Date.UTC(2026, 10, 24, 7, 30),
  sequence: 2,
  reason: 'daily',
  verified: true,
  bytes: 3 * 1024 * 1024,
};
const OLD: BackupSummary = {
  name: 'gymdeck-20261101T073000Z.db',
  madeAt: Date.UTC(2026, 10, 1, 7, 30),
  sequence: 0,
  reason: 'daily',
  verified: false,
  bytes: 2 * 1024 * 1024,
};

function list(backups: BackupSummary[], files = 0): BackupList {
  return { backups, setAsideMedia: { files, bytes: files * 200_000, keptDays: 30 } };
}

async function backupsScreen(methods: Parameters<typeof createFakeApi>[0]) {
  let reloads = 0;
  const api = createFakeApi({ 'backups:list': () => Promise.resolve(ok(list([DAILY, OLD], 2))), ...methods });
  const { wrapper, router } = await mountWithApp(App, api, '/trainer/backups', {
    provide: { [APP_RELOAD_KEY as symbol]: () => (reloads += 1) },
  });
  await flushPromises();
  return { wrapper, router, reloads: () => reloads };
}

const button = (wrapper: Awaited<ReturnType<typeof backupsScreen>>['wrapper'], name: RegExp) => {
  const found = wrapper
    .findAll('button')
    .find((candidate) => name.test(candidate.attributes('aria-label') ?? candidate.text()));
  if (!found) throw new Error(`No button ${String(name)}`);
  return found;
};

describe('the Backups screen', () => {
  it('lists each backup with when, why, its size and whether it was checked', async () => {
    const { wrapper } = await backupsScreen({});
    const rows = wrapper.findAll('li');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text()).toContain('2026');
    expect(rows[0]?.text()).toContain('Daily');
    expect(rows[0]?.text()).toContain('3.0 MB');
    expect(rows[0]?.text()).toContain('Checked');
    expect(rows[1]?.text()).toContain('Not checked');
    expect(wrapper.text()).toContain('2 files (0.4 MB) that no exercise uses any more');
  });

  it('restores a backup only after a confirmation, then starts the app afresh on it', async () => {
    const restored: string[] = [];
    const { wrapper, router, reloads } = await backupsScreen({
      'backups:restore': ({ name }) => {
        restored.push(name);
        return Promise.resolve(
          ok({ restored: DAILY, previous: { ...DAILY, reason: 'before-restore' as const } }),
        );
      },
    });
    await button(wrapper, /^Restore the backup of .*24/).trigger('click');
    const dialog = wrapper.get('[role="alertdialog"]');
    expect(dialog.text()).toContain('backed up first');
    await button(wrapper, /^Cancel$/).trigger('click');
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(restored).toEqual([]);

    await button(wrapper, /^Restore the backup of .*24/).trigger('click');
    await button(wrapper, /^Restore this backup$/).trigger('click');
    await flushPromises();
    expect(restored).toEqual([DAILY.name]);
    expect(reloads()).toBe(1);
    expect(router.currentRoute.value.query.restored).toBe(String(DAILY.madeAt));
  });

  it('says after the fresh start which backup is in use', async () => {
    const api = createFakeApi({ 'backups:list': () => Promise.resolve(ok(list([DAILY]))) });
    const { wrapper } = await mountWithApp(App, api, `/trainer/backups?restored=${DAILY.madeAt}`);
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toMatch(/The backup of .*2026.* is in use now/);
  });

  it('explains a damaged backup by its code and stays on the data as it is', async () => {
    const { wrapper, reloads } = await backupsScreen({
      'backups:restore': () => Promise.resolve(fail('storage-damaged', 'damaged')),
    });
    await button(wrapper, /^Restore the backup of .*24/).trigger('click');
    await button(wrapper, /^Restore this backup$/).trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('That backup is damaged, so nothing was changed.');
    expect(wrapper.find('[role="alertdialog"]').exists()).toBe(false);
    expect(reloads()).toBe(0);
  });

  it('backs up on request and empties the set-aside pictures after a confirmation', async () => {
    let backups = [DAILY];
    let files = 2;
    const { wrapper } = await backupsScreen({
      'backups:list': () => Promise.resolve(ok(list(backups, files))),
      'backups:create': () => {
        const made = {
          ...DAILY,
          name: 'gymdeck-000003-20261125T073000Z-on-request.db',
          reason: 'on-request' as const,
        };
        backups = [made, ...backups];
        return Promise.resolve(ok(made));
      },
      'media:empty-set-aside': () => {
        files = 0;
        return Promise.resolve(ok({ files: 2, bytes: 400_000 }));
      },
    });
    await button(wrapper, /^Back up now$/).trigger('click');
    await flushPromises();
    expect(wrapper.findAll('li')).toHaveLength(2);
    expect(wrapper.findAll('li')[0]?.text()).toContain('Made on request');
    expect(wrapper.get('[role="status"]').text()).toContain('Backed up:');

    await button(wrapper, /^Delete them now$/).trigger('click');
    await button(wrapper, /^Delete them$/).trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('every picture and video belongs to an exercise');
  });
});
