import type { Services } from '../../src/services';
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
