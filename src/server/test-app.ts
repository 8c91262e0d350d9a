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

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Sends one request as the user whose session the cookie carries. */
export function call(app: FastifyInstance, cookie: string, method: Method, url: string, payload?: object) {
  return app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
}

/** What POST /api/import answers when it changed nothing, with the given parts replaced. */
export function importSummary(changes: Record<string, object> = {}) {
  return {
    attempts: { created: 0, merged: 0 },
    revisions: { added: 0 },
    drafts: { saved: 0 },
    profile: { saved: false },
    stories: { created: 0, merged: 0 },
    loops: { created: 0, merged: 0 },
    plan: { preferencesSaved: false, cardsSaved: 0 },
    selfReviews: { saved: 0 },
    ...changes,
  };
}
