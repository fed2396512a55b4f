import { onBeforeUnmount, watch, type Ref } from 'vue';

export interface SwipeHandlers {
  /** The finger moved right to left: go forward. */
  onSwipeLeft: () => void;
  /** The finger moved left to right: go back. */
  onSwipeRight: () => void;
}

/** How far a finger must travel sideways, as a share of the element's width (but at least MIN_PX). */
const THRESHOLD_SHARE = 0.12;
const MIN_PX = 60;

/**
 * Recognises a horizontal swipe on `target` from pointer events, so touch, pen and a mouse drag all work.
 * A mostly vertical movement, or one shorter than the threshold, is not a swipe (a tap stays a tap).
 */
export function useSwipe(target: Ref<HTMLElement | null>, handlers: SwipeHandlers): void {
  let start: { id: number; x: number; y: number } | null = null;

  const onDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    start = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };
  const onUp = (event: PointerEvent): void => {
    if (!start || event.pointerId !== start.id) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = null;
    const width = target.value?.clientWidth ?? 0;
    const threshold = Math.max(MIN_PX, width * THRESHOLD_SHARE);
    if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    if (dx < 0) handlers.onSwipeLeft();
    else handlers.onSwipeRight();
  };
  const onCancel = (): void => {
    start = null;
  };

  const listen = (element: HTMLElement, add: boolean): void => {
    const method = add ? element.addEventListener.bind(element) : element.removeEventListener.bind(element);
    method('pointerdown', onDown as EventListener);
    method('pointerup', onUp as EventListener);
    method('pointercancel', onCancel);
  };
  const stop = watch(
    target,
    (element, previous) => {
      if (previous) listen(previous, false);
      if (element) listen(element, true);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    stop();
    if (target.value) listen(target.value, false);
  });
}
