export type KeyboardLayout = 'search' | 'text';

/**
 * Rows of character keys. A search needs letters only (names, muscles and equipment are matched by word
 * starts); text a trainer writes also needs digits and the punctuation of a sentence.
 */
export const LAYOUTS: Readonly<Record<KeyboardLayout, readonly (readonly string[])[]>> = {
  search: [
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm', '-'],
  ],
  text: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-'],
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', "'"],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.'],
  ],
};

/** Keys whose character alone makes a poor accessible name: their i18n key under `keyboard`. */
export const KEY_NAMES: Readonly<Record<string, 'hyphen' | 'comma' | 'fullStop' | 'apostrophe'>> = {
  '-': 'hyphen',
  ',': 'comma',
  '.': 'fullStop',
  "'": 'apostrophe',
};
