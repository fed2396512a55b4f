import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../services/backend';
import { serveWebMode, type WebModeOptions } from './web-mode';

const USAGE = `Usage: npm run web -- [--port 5180] [--host 127.0.0.1] [--data-dir DIR] [--allow-host NAME]
                      [--trust-proxy ADDRESS]

Serves Gymdeck to a browser. It answers on loopback only unless --host names another address; a screen
on the network must then be paired by a trainer (it shows a code). --trust-proxy names a reverse proxy
in front of this server, whose X-Forwarded-For is believed.`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function parseOptions(argv: string[]): WebModeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      'allow-host': { type: 'string', multiple: true, default: [] },
      'trust-proxy': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  for (const proxy of values['trust-proxy']) {
    const [address = '', bits, ...rest] = proxy.split('/');
    if (isIP(address) === 0 || rest.length > 0 || (bits !== undefined && !/^[0-9]{1,3}$/.test(bits))) {
      throw new Error(`--trust-proxy must be an IP address or a range such as 10.0.0.0/8, not "${proxy}".`);
    }
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0 to 65535.`);
  return {
    port,
    host: values.host,
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    extraHostNames: values['allow-host'],
    trustProxy: values['trust-proxy'],
  };
}

async function main(): Promise<void> {
  let options: WebModeOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  const running = await serveWebMode({
    ...options,
    onInternalError: (method, error) => console.error(`[api] ${method} failed:`, error),
  });
  if (!LOOPBACK.has(options.host)) {
    console.warn(
      `Gymdeck is reachable from the network on ${options.host}; each screen there shows a code until a trainer pairs it.`,
    );
  }
  console.log(`Gymdeck web mode: ${running.address} (data: ${running.dataDir})`);

  const stop = (): void => {
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
