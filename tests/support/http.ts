import { request as httpRequest } from 'node:http';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

export interface HttpRequest {
  method?: string;
  path: string;
  /** Sent as is, including Host (which fetch would not let a test choose). */
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One plain HTTP/1.1 request to 127.0.0.1:`port`; resolves with whatever the server answers. */
export function send(
  port: number,
  { method = 'GET', path, headers = {}, body }: HttpRequest,
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `POST /api/<method>` with a JSON body. */
export function callApi(
  port: number,
  method: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResponse> {
  return send(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
}

/** The PIN the HTTP tests choose on a fresh Gymdeck. */
export const HTTP_TEST_PIN = '739104';

/**
 * Opens trainer mode on the loopback screen `screen`: chooses the PIN on a Gymdeck that has none, else
 * enters it. Returns the headers that name that screen.
 */
export async function unlockTrainerOverHttp(
  port: number,
  screen: string,
  pin = HTTP_TEST_PIN,
): Promise<Record<string, string>> {
  const headers = { 'x-gymdeck-screen': screen };
  const status = (await callApi(port, 'trainer:status', {}, headers)).json() as {
    ok: boolean;
    value?: { pinSet: boolean };
  };
  const method = status.value?.pinSet ? 'trainer:unlock' : 'trainer:set-pin';
  const answer = await callApi(port, method, { pin }, headers);
  if (answer.status !== 200) throw new Error(`${method} failed: ${answer.text}`);
  return headers;
}
