// The Ladder API as a Fastify plugin: content, store, sessions, the Origin check, errors, the
// OpenAPI document and docs page, and the routes under /api. server.ts boots it; tests inject into it.
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import type { Db } from '../store/database.js';
import { type Content, loadContent } from './content.js';
import { ApiError, errorHandler, frameworkErrorHandler, notFoundHandler } from './errors.js';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottle } from './login-throttle.js';
import { originCheck } from './origin-check.js';
import attempts from './routes/attempts/index.js';
import auth from './routes/auth/index.js';
import catalog from './routes/catalog/index.js';
import coach from './routes/coach/index.js';
import grade from './routes/grade/index.js';
import health from './routes/health/index.js';
import loops from './routes/loops/index.js';
import plan from './routes/plan/index.js';
import profile from './routes/profile/index.js';
import progress from './routes/progress/index.js';
import questions from './routes/questions/index.js';
import reviews from './routes/reviews/index.js';
import stories from './routes/stories/index.js';
import transfer from './routes/transfer/index.js';
import { pageOrNotFound, serveWebApp } from './web.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    content: Content;
  }
}

/** The largest body of any route but import: an answer at its limit, as UTF-8 JSON, fits well. */
export const BODY_LIMIT = 1024 * 1024;
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  /** Loaded from content/ when not given. */
  content?: Content;
  /** Origins besides the server's own allowed to send state-changing requests (a separately served web app). */
  allowedOrigins?: string[];
  /** POST /api/grade requests per address per minute; false for no limit. */
  gradeRateLimit?: number | false;
  signupRateLimit?: number | false;
  importRateLimit?: number | false;
  loginThrottle?: LoginThrottle;
  /** The built web app's folder (dist/web), served beside the API; none serves the API alone. */
  webRoot?: string;
}

async function ladderApp(app: FastifyInstance, options: AppOptions): Promise<void> {
  app.decorate('db', options.db);
  app.decorate('content', options.content ?? loadContent());
  app.decorateRequest('user', null);
  // Bodies are checked as sent (no coercion, no silently dropped fields); query strings are converted.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(options.webRoot ? pageOrNotFound : notFoundHandler);
  app.addHook('onRequest', originCheck(options.allowedOrigins ?? []));
  // The API speaks JSON only: a text body gets 415 rather than a confusing schema error.
  app.removeContentTypeParser('text/plain');

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'rate_limited', `Too many requests; try again in ${context.after}.`),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ladder API',
        version: '0.1.0',
        description:
          'Practice for product-manager interviews, graded against the bar of the level you are interviewing for. Errors are `{error: {code, message}}`.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ladder_session' } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  if (options.webRoot) await serveWebApp(app, options.webRoot);
  await app.register(health);
  await app.register(
    async (api) => {
      api.get(
        '/openapi.json',
        {
          schema: {
            hide: true,
            response: { 200: Type.Object({}, { additionalProperties: true }) },
          },
        },
        async () => app.swagger(),
      );
      await api.register(auth, {
        loginThrottle: options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE,
        signupRateLimit: options.signupRateLimit ?? 20,
      });
      await api.register(catalog);
      await api.register(questions);
      await api.register(grade, { rateLimit: options.gradeRateLimit ?? 60 });
      await api.register(attempts);
      await api.register(profile);
      await api.register(progress);
      await api.register(loops);
      await api.register(stories);
      await api.register(plan);
      await api.register(reviews);
      await api.register(coach);
      await api.register(transfer, {
        importBodyLimit: IMPORT_BODY_LIMIT,
        importRateLimit: options.importRateLimit ?? 30,
      });
    },
    { prefix: '/api' },
  );
}

export default fp(ladderApp, { name: 'ladder', fastify: '5.x' });

/** One log line per request, once it is answered, rather than Fastify's two. */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ip: request.ip,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}

export interface ServerOptions {
  logger?: FastifyServerOptions['logger'];
  trustProxy?: FastifyServerOptions['trustProxy'];
}

/** The Fastify instance options the app is built for. */
export function fastifyOptions(options: ServerOptions = {}): FastifyServerOptions {
  return {
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    // Fastify answers 503 to requests that arrive while it drains on SIGTERM.
    return503OnClosing: true,
    logController: new OneLinePerRequest(),
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkErrorHandler,
  };
}

/** A ready app: what server.ts listens with and what the tests inject into. */
export async function buildApp(options: AppOptions & ServerOptions): Promise<FastifyInstance> {
  const app = Fastify(fastifyOptions(options));
  await app.register(fp(ladderApp, { name: 'ladder', fastify: '5.x' }), options);
  await app.ready();
  return app;
}
