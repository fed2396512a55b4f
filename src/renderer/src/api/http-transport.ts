import type { CallTransport } from '@shared/contract/api';
import { SCREEN_HEADER } from '@shared/contract/caller';
import { fail, type Result } from '@shared/contract/result';

/**
 * Calls the web-mode server: `POST /api/<method>` with the input as JSON, a Result back. Every call names
 * the screen it comes from, which has its own timer on a Gymdeck that serves several screens, and a screen
 * paired over the network sends its token.
 */
export function createHttpTransport(
  fetchImpl: typeof fetch = fetch,
  baseUrl = '',
  screen = '',
  token: () => string | null = () => null,
): CallTransport {
  return async (method, input) => {
    const bearer = token();
    const response = await fetchImpl(`${baseUrl}/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(screen ? { [SCREEN_HEADER]: screen } : {}),
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(input ?? {}),
    });
    const body: unknown = await response.json().catch(() => null);
    if (isResult(body)) return body;
    return fail('unavailable', `Gymdeck's server answered in an unexpected way (HTTP ${response.status}).`);
  };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}
