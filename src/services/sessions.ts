import type { ServiceContext } from './context';

export function createSessionService(_context: ServiceContext) {
  return {};
}

export type SessionService = ReturnType<typeof createSessionService>;
