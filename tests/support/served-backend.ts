import { writeFileSync } from 'node:fs';
import { serveWebMode } from '../../src/server/web-mode';
import type { WebServerOptions } from '../../src/server/web-server';
import type { Backend } from '../../src/services/backend';
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
  const { trustProxy = [], ...limits } = options;
  const served = await serveWebMode({
    dataDir: dataDir.path,
    rendererDir: rendererDir.path,
    host: '127.0.0.1',
    port: 0,
    limits,
    trustProxy,
  });
  const port = Number(new URL(served.address).port);
  return {
    backend: served.backend,
    port,
    trainer: await unlockTrainerOverHttp(port, 'trainer-desk'),
    close: async () => {
      await served.close();
      dataDir.remove();
      rendererDir.remove();
    },
  };
}
