/**
 * The names of every API method, kept free of any dependency so that the sandboxed preload can import it
 * without bundling the schemas. `schemas.ts` must declare exactly these names (checked by the compiler).
 */
export const METHOD_NAMES = [
  'library:list',
  'library:get',
  'library:vocabulary',
  'circuits:list',
  'circuits:get',
  'sessions:log-set',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
