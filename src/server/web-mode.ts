import { resolve } from 'node:path';
import { startBackend, type Backend } from '../services/backend';
import { buildWebServer, type WebServerOptions } from './web-server';

export interface WebModeOptions {
  port: number;
  host: string;
  dataDir: string;
  /** Host names besides loopback and `host` that the server answers to (a LAN name). */
  extraHostNames?: readonly string[];
  /** Reverse proxies whose X-Forwarded-For is believed. */
  trustProxy?: readonly string[];
  /** Told of a method that failed inside (the cause, not the member's answer). */
  onInternalError?: (method: string, error: unknown) => void;
  /** The pages to serve; the built renderer beside this file unless a test names a stand-in. */
  rendererDir?: string;
  /** Body limits other than the server's own (tests of the limits). */
  limits?: Pick<WebServerOptions, 'bodyLimitBytes' | 'fileBodyLimitBytes'>;
}

export interface RunningWebMode {
  /** Where it answers, such as `http://127.0.0.1:5180` (with the port chosen when asked for port 0). */
  address: string;
  dataDir: string;
  backend: Backend;
  /** Stops answering, then closes the store (the last backup and timer state written). */
  close(): Promise<void>;
}

/**
 * Opens the store in `dataDir` and serves the built renderer and the API over HTTP: web mode, without its
 * command line. `npm run web` calls it; so do the end-to-end tests, which host one server per test in
 * their own process rather than paying a Node start for each.
 */
export async function serveWebMode(options: WebModeOptions): Promise<RunningWebMode> {
  const backend = startBackend({
    dataDir: options.dataDir,
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
  try {
    const server = await buildWebServer({
      dispatch: backend.dispatch,
      rendererDir: options.rendererDir ?? resolve(__dirname, '../renderer'),
      host: options.host,
      port: options.port,
      extraHostNames: options.extraHostNames ?? [],
      resolveMedia: (id) => backend.services.libraryEditing.resolveMediaFile(id),
      authenticate: (token) => backend.services.screens.authenticate(token)?.id ?? null,
      trustProxy: options.trustProxy ?? [],
      ...options.limits,
    });
    const address = await server.listen({ host: options.host, port: options.port });
    return {
      address,
      dataDir: backend.dataDir,
      backend,
      close: async () => {
        try {
          await server.close();
        } finally {
          backend.close();
        }
      },
    };
  } catch (error) {
    backend.close();
    throw error;
  }
}
