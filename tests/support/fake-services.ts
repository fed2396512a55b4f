import type { Services } from '../../src/services';
import type { BackupMethods } from '../../src/services/api-router';
import { createTestStore } from './store';

/**
 * Services shaped exactly like the real ones (read from them, so a new method needs no change here) whose
 * every method is what `make` returns for its name, such as `library.list`.
 */
export function fakeServices(make: (name: string) => (...args: unknown[]) => unknown): Services {
  const store = createTestStore({ seed: false });
  store.close();
  return Object.fromEntries(
    Object.entries(store.services).map(([domain, service]) => [
      domain,
      Object.fromEntries(Object.keys(service).map((method) => [method, make(`${domain}.${method}`)])),
    ]),
  ) as Services;
}

const BACKUP_METHODS = [
  'list',
  'create',
  'restore',
  'download',
  'emptySetAsideMedia',
] as const satisfies readonly (keyof BackupMethods)[];

/** The backup methods the router calls, each what `make` returns for its name, such as `backups.list`. */
export function fakeBackups(make: (name: string) => (...args: unknown[]) => unknown): BackupMethods {
  return Object.fromEntries(
    BACKUP_METHODS.map((method) => [method, make(`backups.${method}`)]),
  ) as BackupMethods;
}
