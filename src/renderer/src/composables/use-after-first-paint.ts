import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue';

/**
 * False until the component has been painted once, then true: for a part that may follow its text a frame
 * later. A library page of tiles draws its names and facts first; the figures' hundreds of shapes, most of
 * the page's drawing work, come in the next frame instead of holding the first one back.
 */
export function useAfterFirstPaint(): Readonly<Ref<boolean>> {
  const painted = ref(false);
  let frame: number | null = null;
  let task: ReturnType<typeof setTimeout> | null = null;
  onMounted(() => {
    // An animation frame callback runs just before the paint; a task it queues runs after that paint.
    frame = requestAnimationFrame(() => {
      frame = null;
      task = setTimeout(() => {
        task = null;
        painted.value = true;
      });
    });
  });
  onBeforeUnmount(() => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (task !== null) clearTimeout(task);
  });
  return readonly(painted);
}
