import { startBackend, type Backend, type BackendOptions } from '../../src/services/backend';
import { TEST_PIN_HASHING, unlockTrainer } from './store';

/**
 * A backend on `options.dataDir` with trainer mode unlocked for calls made in the process (the PIN is
 * chosen on a fresh folder, else entered), for tests of what a trainer does rather than of access.
 */
export async function unlockedBackend(options: BackendOptions): Promise<Backend> {
  const backend = startBackend({ pinHashing: TEST_PIN_HASHING, ...options });
  await unlockTrainer(backend.services);
  return backend;
}
