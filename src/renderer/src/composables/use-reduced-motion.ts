import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Whether the person (or the kiosk's owner) asked the system for less motion; follows changes live. */
export function useReducedMotion(): Ref<boolean> {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  const reduced = ref(query?.matches ?? false);
  const onChange = (event: MediaQueryListEvent): void => {
    reduced.value = event.matches;
  };
  query?.addEventListener('change', onChange);
  onBeforeUnmount(() => query?.removeEventListener('change', onChange));
  return reduced;
}
