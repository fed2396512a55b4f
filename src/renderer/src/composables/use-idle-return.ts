import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Calls `onIdle` after `idleMs` without a touch, a key or a wheel, unless `busy` (a timer is counting on
 * screen: a member resting for two minutes is not idle). The wait starts again after every activity and
 * when the screen stops being busy.
 */
export function useIdleReturn(options: {
  idleMs: Ref<number>;
  busy: Ref<boolean>;
  onIdle: () => void;
}): void {
  let timer: ReturnType<typeof setTimeout> | null = null;

  function restart(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (options.busy.value) return;
    timer = setTimeout(() => {
      timer = null;
      options.onIdle();
    }, options.idleMs.value);
  }

  watch([options.busy, options.idleMs], restart);
  onMounted(() => {
    for (const type of ACTIVITY) window.addEventListener(type, restart, { capture: true, passive: true });
    restart();
  });
  onBeforeUnmount(() => {
    for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
    if (timer !== null) clearTimeout(timer);
  });
}
