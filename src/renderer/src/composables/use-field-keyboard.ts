import { ref, shallowRef } from 'vue';

type TextField = HTMLInputElement | HTMLTextAreaElement;

const isTextField = (target: EventTarget | null): target is TextField =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && ['text', 'url', 'search'].includes(target.type));

/**
 * Lets the on-screen keyboard type into whichever text field of a form was focused last, for a kiosk with
 * no keyboard of its own. Keys write to the field as typing would, through its `input` event, so every
 * field keeps its own handling.
 */
export function useFieldKeyboard() {
  const open = ref(false);
  const target = shallowRef<TextField | null>(null);
  const text = ref('');
  const maxLength = ref(1000);

  function onFocusIn(event: FocusEvent): void {
    if (!isTextField(event.target)) return;
    target.value = event.target;
    text.value = event.target.value;
    maxLength.value = event.target.maxLength > 0 ? event.target.maxLength : 1000;
  }

  function type(value: string): void {
    const field = target.value;
    // A field removed since (a deleted step) takes the text harmlessly; it is no longer part of the form.
    if (!field) return;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    text.value = value;
  }

  return { open, target, text, maxLength, onFocusIn, type };
}
