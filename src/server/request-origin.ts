export interface RequestAddress {
  host: string | undefined;
  origin: string | undefined;
}

export interface ServedAddress {
  host: string;
  port: number;
  extraHostNames: readonly string[];
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Refuses requests whose Host is not one of ours (DNS rebinding: a hostile page whose name resolves to
 * 127.0.0.1) and cross-site requests whose Origin is not ours.
 */
export function isAllowedRequest(request: RequestAddress, served: ServedAddress): boolean {
  const names = new Set([...LOOPBACK_NAMES, bracketed(served.host), ...served.extraHostNames.map(bracketed)]);
  const allowedHosts = new Set([...names].map((name) => `${name}:${served.port}`));
  if (served.port === 80) for (const name of names) allowedHosts.add(name);
  if (request.host === undefined || !allowedHosts.has(request.host.toLowerCase())) return false;
  if (request.origin === undefined) return true;
  return [...allowedHosts].some((host) => request.origin === `http://${host}`);
}

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host.toLowerCase();
}
