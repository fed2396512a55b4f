/**
 * The names of every API method, kept free of any dependency so that the sandboxed preload can import it
 * without bundling the schemas. `schemas.ts` must declare exactly these names (checked by the compiler).
 */
export const METHOD_NAMES = [
  'library:list',
  'library:get',
  'library:vocabulary',
  'library:export',
  'library:import',
  'library:import-progress',
  'library:create',
  'library:update',
  'library:duplicate',
  'library:archive',
  'library:restore',
  'library:attach-media',
  'library:detach-media',
  'circuits:list',
  'circuits:get',
  'circuits:create',
  'circuits:update',
  'circuits:archive',
  'circuits:restore',
  'settings:get',
  'settings:update',
  'timers:get-run',
  'timers:save-run',
  'timers:clear-run',
  'sessions:log-set',
  'system:notices',
  'system:dismiss-store-recovery',
  'backups:list',
  'backups:create',
  'backups:restore',
  'backups:download',
  'media:empty-set-aside',
  'trainer:status',
  'trainer:set-pin',
  'trainer:unlock',
  'trainer:lock',
  'trainer:change-pin',
  'pairing:request',
  'pairing:claim',
  'screens:list',
  'screens:pair',
  'screens:revoke',
  'kiosk:open-file',
  'kiosk:quit',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
