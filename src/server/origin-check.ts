// Refuses state-changing requests sent by another site: the Origin must be this server's own (or one
// configured as allowed). Requests without an Origin (curl, other servers) pass, unless the browser
// says through Sec-Fetch-Site that another site sent them.
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function originCheck(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/$/, '').toLowerCase()));
  return async function checkOrigin(request: FastifyRequest): Promise<void> {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) {
      if (request.headers['sec-fetch-site'] === 'cross-site') throw forbidden();
      return;
    }
    const own = `${request.protocol}://${request.host}`.toLowerCase();
    const given = origin.toLowerCase();
    if (given !== own && !allowed.has(given)) throw forbidden();
  };
}

function forbidden(): ApiError {
  return new ApiError(
    403,
    'cross_origin',
    'This request came from another site; state-changing requests must come from Ladder itself.',
  );
}
