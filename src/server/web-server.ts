import { basename, dirname } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Dispatch } from '../services/backend';
import {
  LOCAL_SCREEN_ID,
  SCREEN_HEADER,
  SCREEN_ID_PATTERN,
  fail,
  type Caller,
  type ErrorCode,
  type MethodName,
  type Result,
} from '@shared/contract';
import { IMPORT_MAX_CHARS } from '@shared/contract/transfer-schemas';
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy';
import { isAllowedRequest } from './request-origin';
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
  logger?: boolean;
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
const MEDIA_ID = /^[A-Za-z0-9-]{1,100}$/;

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'unknown-method': 404,
  forbidden: 403,
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
    // An address that cannot be decoded (such as `/%`) never reaches the routes or their hooks: it gets
    // the same Host check and headers here.
    frameworkErrors: (_error, request, reply) => {
      if (guard(request, reply)) {
        void sendResult(reply, fail('invalid-input', 'The address could not be read.'));
      }
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!guard(request, reply)) return reply;
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
  for (const [method, limit] of Object.entries(LARGE_BODY_METHODS)) {
    // A literal colon is written twice in a fastify path; this exact route wins over the parametric one.
    app.post(
      `/api/${method.replaceAll(':', '::')}`,
      { bodyLimit: options.fileBodyLimitBytes ?? limit },
      async (request, reply) =>
        sendResult(reply, await options.dispatch(method, request.body, callerOf(request))),
    );
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

/** The screen a request comes from, as its browser names itself; one that does not is the loopback screen. */
function callerOf(request: FastifyRequest): Caller {
  const named = request.headers[SCREEN_HEADER];
  return { screenId: typeof named === 'string' && SCREEN_ID_PATTERN.test(named) ? named : LOCAL_SCREEN_ID };
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
