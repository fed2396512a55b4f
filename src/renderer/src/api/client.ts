// Imported module by module: the contract's index also carries the validation schemas, which the
// renderer does not need (the services validate every call).
import type { CallTransport, GymdeckApi } from '@shared/contract/api';
import { METHOD_NAMES, type MethodName } from '@shared/contract/methods';
import { fail, type ApiError, type Result } from '@shared/contract/result';

/**
 * Builds the typed API from one transport: every contract method, nothing else. `onFailure` hears every
 * failed call (the app turns "trainer mode is locked" and "this screen is not paired" into a screen).
 */
export function createApiClient(
  transport: CallTransport,
  onFailure: (method: MethodName, error: ApiError) => void = () => undefined,
): GymdeckApi {
  const entries = METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const result = await call(transport, method, input);
      if (!result.ok) onFailure(method, result.error);
      return result;
    },
  ]);
  return Object.freeze(Object.fromEntries(entries)) as GymdeckApi;
}

async function call(transport: CallTransport, method: MethodName, input: unknown): Promise<Result<unknown>> {
  try {
    return await transport(method, input);
  } catch {
    return fail('unavailable', 'Gymdeck cannot reach its data right now. Please try again in a moment.');
  }
}
