// Accounts: signup, login, logout and the signed-in user.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../../store/sessions.repository.js';
import { createUser, findUserByEmail } from '../../../store/users.repository.js';
import { ApiError } from '../../errors.js';
import {
  type LoginThrottle,
  noteLoginFailure,
  noteLoginSuccess,
  throttledFor,
} from '../../login-throttle.js';
import { checkPassword, hashPassword } from '../../passwords.js';
import { currentUser, endSession, requireUser, startSession } from '../../session.js';
import { loginSchema, logoutSchema, meSchema, signupSchema } from './schema.js';

export interface AuthOptions {
  loginThrottle: LoginThrottle;
  /** Signups allowed per address per hour; false for none. */
  signupRateLimit: number | false;
}

const invalidCredentials = () =>
  new ApiError(401, 'invalid_credentials', 'That email and password do not match an account.');

function publicUser(user: SessionUser) {
  return { id: user.id, email: user.email, createdAt: user.created_at };
}

/** One spelling per email, so that A@x.io and a@x.io are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const auth: FastifyPluginAsyncTypebox<AuthOptions> = async (app, options) => {
  const { db } = app;
  const throttle = options.loginThrottle;

  /** Signs in an existing account, or throws the one answer every failure gets. */
  async function login(request: FastifyRequest, email: string, password: string): Promise<SessionUser> {
    const now = new Date();
    const wait = await throttledFor(db, throttle, email, request.ip, now);
    if (wait > 0) {
      request.log.warn({ event: 'login_throttled' }, 'login refused: too many failures');
      throw new ApiError(
        429,
        'too_many_attempts',
        `Too many failed logins; try again in ${Math.ceil(wait / 60)} minutes.`,
        { 'retry-after': String(wait) },
      );
    }
    const user = await findUserByEmail(db, email);
    if (!(await checkPassword(user?.password_hash, password)) || !user) {
      await noteLoginFailure(db, throttle, email, request.ip, now);
      request.log.info({ event: 'login_failed' }, 'login failed');
      throw invalidCredentials();
    }
    await noteLoginSuccess(db, email);
    return user;
  }

  app.post(
    '/auth/signup',
    {
      schema: signupSchema,
      config:
        options.signupRateLimit === false
          ? {}
          : { rateLimit: { max: options.signupRateLimit, timeWindow: '1 hour' } },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const { password } = request.body;
      const created = await createUser(db, {
        id: randomUUID(),
        email,
        password_hash: await hashPassword(password),
        created_at: new Date().toISOString(),
      });
      const user = created ?? (await login(request, email, password));
      await startSession(request, reply, user.id);
      return reply.code(201).send({ user: publicUser(user) });
    },
  );

  app.post('/auth/login', { schema: loginSchema }, async (request, reply) => {
    const user = await login(request, normalizeEmail(request.body.email), request.body.password);
    await startSession(request, reply, user.id);
    return reply.code(200).send({ user: publicUser(user) });
  });

  app.post('/auth/logout', { schema: logoutSchema }, async (request, reply) => {
    await endSession(request, reply);
    return reply.code(204).send(null);
  });

  app.get('/me', { schema: meSchema, preHandler: requireUser }, async (request) => ({
    user: publicUser(currentUser(request)),
  }));
};

export default auth;
