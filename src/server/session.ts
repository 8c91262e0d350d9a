// Sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS), its SHA-256 in the
// database so that any server process can serve it.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSessionUser,
  type SessionUser,
} from '../store/sessions.repository.js';
import { ApiError } from './errors.js';

export const SESSION_COOKIE = 'ladder_session';
export const SESSION_DAYS = 30;

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, set by requireUser. */
    user: SessionUser | null;
  }
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  // A token we issued is 43 base64url characters; anything else cannot be a session.
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await createSession(request.server.db, {
    token_hash: tokenHash(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: expires.toISOString(),
  });
  // Now and then, forget sessions that have expired, so the table does not grow without bound.
  if (Math.random() < 0.02) await deleteExpiredSessions(request.server.db, now.toISOString());
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires,
  });
}

export async function endSession(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = sessionToken(request);
  if (token) await deleteSession(request.server.db, tokenHash(token));
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

/** preHandler for routes of a signed-in user: sets request.user or answers 401. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  const token = sessionToken(request);
  const user = token
    ? await findSessionUser(request.server.db, tokenHash(token), new Date().toISOString())
    : undefined;
  if (!user) throw new ApiError(401, 'unauthenticated', 'Log in first: this needs a signed-in user.');
  request.user = user;
}

/** The signed-in user of a route behind requireUser. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new Error('currentUser called on a route without requireUser');
  return request.user;
}
