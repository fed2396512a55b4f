import { nextTick, onBeforeUnmount, onMounted, watch, type Ref, type WatchSource } from 'vue';

const STEP = 0.05;
const SMALLEST = 0.6;

function overflows(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
}

/**
 * Shrinks a card's type, in small steps, until its content fits the box it was given: the `--fit` custom
 * property scales the sizes in CSS, whose own `max()` floors keep every text readable however long it is.
 * Measured again whenever the box is resized or `source` changes.
 */
export function useFitText(box: Ref<HTMLElement | null>, parts: string, source: WatchSource): void {
  const fit = (): void => {
    const element = box.value;
    if (!element) return;
    const boxes = [element, ...element.querySelectorAll<HTMLElement>(parts)];
    let scale = 1;
    element.style.setProperty('--fit', '1');
    while (scale > SMALLEST && boxes.some(overflows)) {
      scale = Math.round((scale - STEP) * 100) / 100;
      element.style.setProperty('--fit', String(scale));
    }
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => fit()) : null;
  watch(box, (element, previous) => {
    if (previous) observer?.unobserve(previous);
    if (element) observer?.observe(element);
  });
  watch(source, () => void nextTick(fit));
  onMounted(() => {
    if (box.value) observer?.observe(box.value);
    void nextTick(fit);
    // Web fonts and media finish after the first layout; measure once more when they have.
    void document.fonts?.ready.then(fit);
  });
  onBeforeUnmount(() => observer?.disconnect());
}
