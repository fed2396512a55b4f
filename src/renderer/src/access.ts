import type { Router } from 'vue-router';
import type { ApiError, MethodName } from '@shared/contract';
import type { usePairingStore } from './stores/pairing';
import type { useTrainerStore } from './stores/trainer';

interface AccessStores {
  trainer: ReturnType<typeof useTrainerStore>;
  pairing: ReturnType<typeof usePairingStore>;
}

/** Where the PIN pad sends the trainer once trainer mode is open. */
const unlockFor = (path: string) => ({ name: 'trainer-unlock', query: { to: path } }) as const;

/**
 * Trainer screens open only while the server says trainer mode is unlocked on this screen, and leaving them
 * locks it; a screen the server does not know shows its pairing code. The server enforces all of it; this
 * only keeps the screen in step, so that nobody meets a screen full of "refused".
 */
export function installAccessGuard(router: Router, stores: () => AccessStores): void {
  router.beforeEach(async (to) => {
    const { trainer, pairing } = stores();
    if (pairing.needed) return to.name === 'pair' ? true : { name: 'pair' };
    if (to.meta.trainer && !trainer.unlocked) {
      await trainer.load();
      if (pairing.needed) return { name: 'pair' };
      if (!trainer.unlocked) return unlockFor(to.fullPath);
    }
    return true;
  });
  // Locked once the screen has left trainer mode, not as it starts to: a call the trainer screen still had
  // on its way would otherwise be refused while that screen is current, and send the trainer to the PIN
  // pad instead of where they went.
  router.afterEach((to, from, failure) => {
    if (!failure && from.meta.trainer && !to.meta.trainer) void stores().trainer.lock();
  });
}

/** What a refused call means for the screen: pair it first, or enter the PIN again. */
export function onRefusedCall(router: Router, stores: () => AccessStores) {
  return (_method: MethodName, error: ApiError): void => {
    const { trainer, pairing } = stores();
    const route = router.currentRoute.value;
    if (error.code === 'unauthorized') {
      pairing.noteNeeded();
      if (route.name !== 'pair') void router.replace({ name: 'pair' });
    } else if (
      error.code === 'forbidden' &&
      (error.reason === 'trainer-locked' || error.reason === 'pin-not-set')
    ) {
      trainer.noteLocked(error.reason === 'trainer-locked');
      if (route.meta.trainer) void router.replace(unlockFor(route.fullPath));
    }
  };
}
