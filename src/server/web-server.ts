import { basename, dirname } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { errorCodes, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { UnreadJson, type Dispatch } from '../services/backend';
import {
  SCREEN_HEADER,
  contract,
  fail,
  isMethodName,
  type Caller,
  type ErrorCode,
  type MethodName,
  type Result,
} from '@shared/contract';
import { IMPORT_MAX_CHARS } from '@shared/contract/transfer-schemas';
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy';
import { isAllowedRequest } from './request-origin';
import { MEDIA_TOKEN_COOKIE, bearerToken, callerOfRequest, cookieValue } from './screen-auth';
import { MEDIA_MAX_BASE64_LENGTH } from '@shared/contract/exercise-schemas';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  host: string;
  port: number;
  /** Extra host names (besides loopback and `host`) this server answers to, such as a LAN name. */
  extraHostNames?: readonly string[];
  bodyLimitBytes?: number;
  /** The body limit of the methods that carry a whole file (LARGE_BODY_METHODS); for tests. */
  fileBodyLimitBytes?: number;
  /** Finds a stored picture or video by id (`GET /media/:id`); without it that route answers 404. */
  resolveMedia?: (id: string) => { path: string; mimeType: string } | null;
  /**
   * The paired screen (its id) a token belongs to, or null. Without it no screen on the network is paired,
   * and every request from off this machine gets 401 but the pairing calls.
   */
  authenticate?: (token: string) => string | null;
  /**
   * Addresses of reverse proxies in front of this server (a hub behind nginx): a request from one of
   * them is taken to come from the client it names in X-Forwarded-For.
   */
  trustProxy?: readonly string[];
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The screen the request comes from, set before anything else reads it. */
    caller: Caller;
  }
}

const DEFAULT_BODY_LIMIT = 256 * 1024;

/**
 * Methods whose payload is a whole file, with the body each may send. Only these get more than the small
 * default, so that no other call can make the server read megabytes.
 */
export const LARGE_BODY_METHODS: Readonly<Partial<Record<MethodName, number>>> = {
  // The file's text (at most IMPORT_MAX_CHARS) inside JSON, where escaping can add a few per cent.
  'library:import': IMPORT_MAX_CHARS * 1.5,
  // The largest file (a video), base64-encoded, plus its few other fields.
  'library:attach-media': MEDIA_MAX_BASE64_LENGTH + 4096,
};
/**
 * Large-body methods whose body is handed on unread: an import's 10 MB is read on the import's own thread,
 * not on the one that answers every screen.
 */
const UNREAD_BODY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['library:import']);
/** Requests of one large-body method read at once; more would hold that many bodies in memory. */
export const LARGE_BODIES_AT_ONCE = 2;
const MEDIA_ID = /^[A-Za-z0-9-]{1,100}$/;

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'unknown-method': 404,
  forbidden: 403,
  unauthorized: 401,
  'rate-limited': 429,
  conflict: 409,
  'storage-full': 507,
  'storage-read-only': 503,
  'storage-busy': 503,
  'storage-damaged': 500,
  unavailable: 503,
  internal: 500,
};

/** Builds (without listening) the web-mode server: the built renderer plus `POST /api/<method>`. */
export async function buildWebServer(options: WebServerOptions): Promise<FastifyInstance> {
  const authenticate = options.authenticate ?? (() => null);
  /**
   * Refuses a request to a foreign Host or Origin and puts the security headers on every answer; answers
   * false when the request was refused (the reply is then sent).
   */
  const guard = (request: FastifyRequest, reply: FastifyReply): boolean => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    const allowed = isAllowedRequest(
      { host: request.headers.host, origin: request.headers.origin },
      {
        host: options.host,
        port: listeningPort(app, options.port),
        extraHostNames: options.extraHostNames ?? [],
      },
    );
    if (!allowed) {
      void sendResult(reply, fail('forbidden', 'This Gymdeck server does not answer to that address.'));
    }
    return allowed;
  };

  const app: FastifyInstance = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    return503OnClosing: true,
    // Payloads are checked by the contract's schemas (zod) and answers are plain JSON, so fastify's own
    // JSON Schema compilers are never used; not loading them spares every start about a tenth of a second.
    schemaController: { compilersFactory: { buildValidator: noSchemas, buildSerializer: noSchemas } },
    trustProxy: options.trustProxy && options.trustProxy.length > 0 ? [...options.trustProxy] : false,
    // An address that cannot be decoded (such as `/%`) never reaches the routes or their hooks: it gets
    // the same Host check and headers here.
    frameworkErrors: (_error, request, reply) => {
      if (guard(request, reply)) {
        void sendResult(reply, fail('invalid-input', 'The address could not be read.'));
      }
    },
  });

  app.decorateRequest('caller', null as unknown as Caller);

  app.addHook('onRequest', async (request, reply) => {
    if (!guard(request, reply)) return reply;

    const path = request.url.split('?')[0] ?? '';
    const media = path.startsWith('/media/');
    request.caller = callerOfRequest(
      {
        address: request.ip,
        namedScreen: request.headers[SCREEN_HEADER],
        token: media
          ? cookieValue(request.headers.cookie, MEDIA_TOKEN_COOKIE)
          : bearerToken(request.headers.authorization),
      },
      authenticate,
    );
    // An unpaired screen gets the page (to show its pairing code) and the pairing calls, nothing else:
    // refused here, before a body is read.
    if (request.caller.connection === 'unpaired' && !isOpenToAnyone(path)) return refuseUnpaired(reply);
    return undefined;
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      app.log.error(error);
      return sendResult(reply, fail('internal', 'Something went wrong; nothing was changed.'));
    }
    const message =
      status === 413
        ? 'The request is too large.'
        : status === 415
          ? 'Requests must be JSON (Content-Type: application/json).'
          : `The request could not be read: ${error.message}`;
    return reply
      .status(status)
      .send(fail('invalid-input', message, { reason: status === 413 ? 'too-large' : 'malformed' }));
  });

  app.post<{ Params: { method: string } }>('/api/:method', async (request, reply) => {
    const result = await options.dispatch(request.params.method, request.body, callerOf(request));
    return sendResult(reply, result);
  });
  /** The route of a method that carries a whole file, with its own body limit and a cap on bodies read. */
  const largeBodyRoute = (scope: FastifyInstance, method: string, bodyLimit: number): void => {
    let reading = 0;
    const counted = new WeakSet<FastifyRequest>();
    const done = async (request: FastifyRequest): Promise<void> => {
      if (counted.delete(request)) reading--;
    };
    // A literal colon is written twice in a fastify path; this exact route wins over the parametric one.
    scope.post(
      `/api/${method.replaceAll(':', '::')}`,
      {
        bodyLimit,
        // Refused before its body is read when enough of them are being read already.
        onRequest: async (request, reply) => {
          if (reading >= LARGE_BODIES_AT_ONCE) {
            return sendResult(
              reply,
              fail('rate-limited', 'Other files are being uploaded; try again when they are done.', {
                reason: 'busy',
              }),
            );
          }
          reading++;
          counted.add(request);
          return undefined;
        },
        onResponse: done,
        onRequestAbort: done,
      },
      async (request, reply) =>
        sendResult(reply, await options.dispatch(method, request.body, callerOf(request))),
    );
  };
  for (const [method, limit] of Object.entries(LARGE_BODY_METHODS)) {
    const bodyLimit = options.fileBodyLimitBytes ?? limit;
    if (!UNREAD_BODY_METHODS.has(method as MethodName)) {
      largeBodyRoute(app, method, bodyLimit);
      continue;
    }
    // The body reaches the method unparsed (see UnreadJson), so the route lives in a scope of its own whose
    // JSON "parser" keeps the bytes.
    await app.register(async (scope) => {
      scope.removeContentTypeParser('application/json');
      scope.addContentTypeParser('application/json', (request, payload, done) =>
        keepChunks(request, payload, bodyLimit, done),
      );
      largeBodyRoute(scope, method, bodyLimit);
    });
  }

  app.all('/api/*', async (_request, reply) =>
    reply.status(405).send(fail('unknown-method', 'API methods are called with POST.')),
  );

  await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html', wildcard: false });

  // The file is found by id in the store; nothing from the request becomes a path.
  app.get<{ Params: { id: string } }>('/media/:id', async (request, reply) => {
    const media = MEDIA_ID.test(request.params.id) ? options.resolveMedia?.(request.params.id) : null;
    if (!media) return reply.status(404).send(fail('not-found', 'There is no such picture or video.'));
    reply.header('Content-Type', media.mimeType);
    reply.header('Cache-Control', 'private, max-age=31536000, immutable');
    return reply.sendFile(basename(media.path), dirname(media.path), {
      contentType: false,
      cacheControl: false,
      acceptRanges: true,
      dotfiles: 'deny',
    });
  });

  app.setNotFoundHandler((_request, reply) => reply.status(404).send(fail('not-found', 'Nothing here.')));
  return app;
}

function callerOf(request: FastifyRequest): Caller {
  return request.caller;
}

/**
 * Reads a body as the chunks it arrives in, each its own buffer, and hands them on unread (UnreadJson),
 * within the same limit fastify's own reading keeps: joining 10 MB into one buffer alone would stop this
 * thread for tens of milliseconds, so the import's worker joins them.
 */
function keepChunks(
  request: FastifyRequest,
  payload: NodeJS.ReadableStream,
  limit: number,
  done: (error: Error | null, body?: unknown) => void,
): void {
  if (Number(request.headers['content-length']) > limit) {
    done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    return;
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const stop = (): void => {
    payload.removeListener('data', onData);
    payload.removeListener('end', onEnd);
    payload.removeListener('error', onEnd);
  };
  function onData(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    received += bytes.length;
    if (received > limit) {
      stop();
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      return;
    }
    chunks.push(bytes);
  }
  function onEnd(error?: Error): void {
    stop();
    if (error) done(error);
    else done(null, new UnreadJson(chunks));
  }
  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onEnd);
  payload.resume();
}

/** The compiler of route schemas, which no route declares (see `schemaController` above). */
function noSchemas(): never {
  throw new Error('Routes here declare no JSON Schema: payloads are checked against the API contract.');
}

/** The page and its files, and `/api/<method>` of a method any screen may call before it is paired. */
function isOpenToAnyone(path: string): boolean {
  if (path.startsWith('/media/')) return false;
  if (!path.startsWith('/api/')) return true;
  let method: string;
  try {
    method = decodeURIComponent(path.slice('/api/'.length));
  } catch {
    return false;
  }
  return isMethodName(method) && contract[method].access === 'anyone';
}

function refuseUnpaired(reply: FastifyReply): FastifyReply {
  reply.header('WWW-Authenticate', 'Bearer realm="Gymdeck"');
  return sendResult(
    reply,
    fail(
      'unauthorized',
      'This screen is not paired with this Gymdeck: a trainer pairs it with the code it shows.',
      {
        reason: 'pairing-needed',
      },
    ),
  );
}

/** The port actually bound, which differs from the requested one when that was 0 (any free port). */
function listeningPort(app: FastifyInstance, requested: number): number {
  if (requested !== 0) return requested;
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : requested;
}

function sendResult(reply: FastifyReply, result: Result<unknown>): FastifyReply {
  reply.header('Cache-Control', 'no-store');
  return reply.status(result.ok ? 200 : STATUS_BY_CODE[result.error.code]).send(result);
}
