// Builds the app on a test database for inject-based tests, and signs users up.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { STRONG_ANSWER } from '../../test/sample-answers.js';
import type { TestDatabase, TestStore } from '../store/test-databases.js';
import { type AppOptions, buildApp } from './app.js';
import { type Content, loadContent } from './content.js';

let content: Content | undefined;

export interface TestApp {
  app: FastifyInstance;
  store: TestStore;
  close(): Promise<void>;
}

export async function testApp(
  database: TestDatabase,
  options: Partial<AppOptions> & { trustProxy?: boolean } = {},
): Promise<TestApp> {
  content ??= loadContent();
  const store = await database.open();
  const app = await buildApp({
    db: store.db,
    content,
    gradeRateLimit: false,
    signupRateLimit: false,
    ...options,
  });
  return {
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export const PASSWORD = 'correct horse battery staple';

/** Signs a new user up and returns the Cookie header that carries their session. */
export async function signUp(app: FastifyInstance, email: string, password = PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password } });
  if (res.statusCode !== 201) throw new Error(`signup of ${email} failed: ${res.statusCode} ${res.body}`);
  return sessionCookie(res);
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'ladder_session');
  if (!cookie) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `ladder_session=${cookie.value}`;
}

export const ANSWER = STRONG_ANSWER;
