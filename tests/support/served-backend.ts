import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildWebServer, type WebServerOptions } from '../../src/server/web-server';
import { startBackend, type Backend } from '../../src/services/backend';
import { unlockTrainerOverHttp } from './http';
import { makeTempDir } from './temp-dir';

export interface ServedBackend {
  backend: Backend;
  port: number;
  /** Headers of a loopback screen where a trainer has unlocked trainer mode. */
  trainer: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A real backend in a fresh data folder behind the web-mode server on a free loopback port, with a
 * stand-in renderer page. `options` sets the server's limits; media are served from the backend.
 */
export async function serveBackend(
  options: Pick<WebServerOptions, 'bodyLimitBytes' | 'fileBodyLimitBytes' | 'trustProxy'> = {},
): Promise<ServedBackend> {
  const dataDir = makeTempDir('gymdeck-served-data-');
  const rendererDir = makeTempDir('gymdeck-served-renderer-');
  writeFileSync(rendererDir.file('index.html'), '<!doctype html><title>Gymdeck</title>');
  const backend = startBackend({ dataDir: dataDir.path });
  const app = await buildWebServer({
    dispatch: backend.dispatch,
    rendererDir: rendererDir.path,
    host: '127.0.0.1',
    port: 0,
    resolveMedia: (id) => backend.services.libraryEditing.resolveMediaFile(id),
    authenticate: (token) => backend.services.screens.authenticate(token)?.id ?? null,
    ...options,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return {
    backend,
    port,
    trainer: await unlockTrainerOverHttp(port, 'trainer-desk'),
    close: async () => {
      await app.close();
      backend.close();
      dataDir.remove();
      rendererDir.remove();
    },
  };
}
