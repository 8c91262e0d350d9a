// Serves the built web app (dist/web) beside the API: hashed assets cached for a year, index.html for
// every other page path so that the app's own router takes over, with a strict Content-Security-Policy.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFoundHandler } from './errors.js';

/**
 * Where `vite build` writes the app, seen from src/server/ (under tsx) or from dist/src/server/. Only a
 * built folder counts (it has assets/): the source folder web/ also holds an index.html, which serves nothing.
 */
export function defaultWebRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '../../dist/web'), join(here, '../../web')]) {
    if (existsSync(join(candidate, 'index.html')) && existsSync(join(candidate, 'assets'))) return candidate;
  }
  return undefined;
}

// No inline script or style attribute is ever needed: an answer rendered by mistake as HTML still runs nothing.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every file of the app carries, its pages and its assets alike. */
function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin');
}

/** Paths the API and its documents own: they keep their JSON 404 rather than the app's page. */
function isApiPath(url: string): boolean {
  return /^\/(api|docs|healthz)(\/|\?|$)/.test(url);
}

/** Registers the static files; 404s then go to `pageOrNotFound`. */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    index: false,
    wildcard: false,
    setHeaders: (reply, path) => {
      securityHeaders(reply);
      // Vite names assets by content hash, so they never change under a name; index.html must revalidate.
      reply.header(
        'cache-control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}

/** A page path gets the app's index.html (its router shows the page or its own not-found screen). */
export function pageOrNotFound(request: FastifyRequest, reply: FastifyReply): unknown {
  const wantsPage = request.method === 'GET' || request.method === 'HEAD';
  if (!wantsPage || isApiPath(request.url) || /\.[a-z0-9]+(\?|$)/i.test(request.url)) {
    return notFoundHandler(request, reply);
  }
  return securityHeaders(reply).header('cache-control', 'no-cache').sendFile('index.html');
}
