import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Result } from '@shared/contract';
import type { PairingClaim, PairingRequest } from '@shared/domain';
import { useApi, useScreenToken } from '../api';

/**
 * This browser's pairing with its Gymdeck, on a screen that reaches it over the network: whether it is
 * needed, the code a trainer enters, and collecting the token once the trainer approved.
 */
export const usePairingStore = defineStore('pairing', () => {
  const api = useApi();
  const token = useScreenToken();
  /** Set by the first call refused as "not paired"; a reload after pairing starts afresh. */
  const needed = ref(false);
  const request = shallowRef<PairingRequest | null>(null);

  function noteNeeded(): void {
    needed.value = true;
    // A token that stopped working (revoked) is no use any more.
    token?.forget();
  }

  async function start(): Promise<Result<PairingRequest>> {
    const result = await api['pairing:request']({});
    request.value = result.ok ? result.value : null;
    return result;
  }

  /** Asks whether the trainer approved; keeps the token the one time it comes. */
  async function collect(): Promise<Result<PairingClaim>> {
    if (!request.value) {
      const started = await start();
      if (!started.ok) return started;
    }
    const result = await api['pairing:claim']({ claim: request.value?.claim ?? '' });
    if (result.ok && result.value.status === 'paired') {
      token?.keep(result.value.token);
      needed.value = false;
      request.value = null;
    }
    return result;
  }

  return { needed, request, noteNeeded, start, collect };
});
