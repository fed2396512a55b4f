import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, startBackend } from '../services/backend';
import { buildWebServer } from './web-server';

const USAGE = `Usage: npm run web -- [--port 5180] [--host 127.0.0.1] [--data-dir DIR] [--allow-host NAME]

Serves Gymdeck to a browser. It answers on loopback only unless --host names another address.`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

interface WebOptions {
  port: number;
  host: string;
  dataDir: string;
  extraHostNames: string[];
}

function parseOptions(argv: string[]): WebOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      'allow-host': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0 to 65535.`);
  return {
    port,
    host: values.host,
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    extraHostNames: values['allow-host'],
  };
}

async function main(): Promise<void> {
  let options: WebOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const backend = startBackend({
    dataDir: options.dataDir,
    onInternalError: (method, error) => console.error(`[api] ${method} failed:`, error),
  });
  const server = await buildWebServer({
    dispatch: backend.dispatch,
    rendererDir: resolve(__dirname, '../renderer'),
    host: options.host,
    port: options.port,
    extraHostNames: options.extraHostNames,
    resolveMedia: (id) => backend.services.libraryEditing.resolveMediaFile(id),
  });
  const address = await server.listen({ host: options.host, port: options.port });
  if (!LOOPBACK.has(options.host)) {
    console.warn(`Gymdeck is reachable from the network on ${options.host}; anyone there can use it.`);
  }
  console.log(`Gymdeck web mode: ${address} (data: ${backend.dataDir})`);

  const stop = (): void => {
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
