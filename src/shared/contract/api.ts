import type { MethodName } from './methods';
import type { Result } from './result';
import type { MethodInput, MethodResult } from './schemas';

/** The whole API as the renderer sees it: one async function per contract method. */
export type GymdeckApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodResult<M>>>;
};

/** How a transport carries one call; both the IPC and the HTTP clients are one of these. */
export type CallTransport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;
