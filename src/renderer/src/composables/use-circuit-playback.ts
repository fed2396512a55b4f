import { computed, type Ref, type ShallowRef } from 'vue';
import type { Circuit } from '@shared/domain';
import type { Clock } from '@shared/timing';
import { useCircuitRunner } from './use-circuit-runner';
import { useCueOutput } from './use-cue-output';

/**
 * A circuit played on screen with the cues its trainer chose (sound, flash, halfway) at the kiosk's
 * volume: what the circuit player and the display loop share.
 */
export function useCircuitPlayback(circuit: ShallowRef<Circuit | null>, clock: Clock, volume: Ref<number>) {
  const cueOptions = computed(() => ({
    sound: circuit.value?.sound ?? true,
    flash: circuit.value?.flash ?? true,
    halfway: circuit.value?.halfwayCue ?? false,
  }));
  const output = useCueOutput(cueOptions, volume);
  const runner = useCircuitRunner(clock, output.handle);
  return { output, runner };
}
