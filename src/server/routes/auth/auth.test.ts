// Accounts on every test database: sessions in cookies, the Origin check, throttling, no enumeration.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../store/test-databases.js';
import { PASSWORD, sessionCookie, signUp, type TestApp, testApp } from '../../test-app.js';

const login = (t: TestApp, email: string, password: string, remoteAddress = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

describe.each(testDatabases())('accounts on $name', (database) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(database, {
      loginThrottle: { perAccount: 3, perAddress: 6, windowMs: 60_000 },
      trustProxy: true,
    });
  });
  afterEach(async () => t.close());

  it('signs up into a session cookie that is HttpOnly, SameSite=Lax, and Secure only over HTTPS', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'Ada@Example.com', password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: 'ada@example.com' });
    const cookie = res.cookies.find((c) => c.name === 'ladder_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeUndefined();

    const me = await t.app.inject({ url: '/api/me', headers: { cookie: sessionCookie(res) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('ada@example.com');

    const https = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'ada@example.com', password: PASSWORD },
    });
    expect(https.statusCode).toBe(200);
    expect(https.cookies.find((c) => c.name === 'ladder_session')?.secure).toBe(true);
  });

  it('stores only a hash of the session token and the password', async () => {
    const cookie = await signUp(t.app, 'a@x.io');
    const token = cookie.split('=')[1] ?? '';
    const sessions = await t.store.db.selectFrom('sessions').selectAll().execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    const [user] = await t.store.db.selectFrom('users').selectAll().execute();
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('logs out: the session no longer works, here or anywhere', async () => {
    const cookie = await signUp(t.app, 'a@x.io');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'ladder_session')?.value).toBe('');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json()).toEqual({
      error: { code: 'unauthenticated', message: 'Log in first: this needs a signed-in user.' },
    });
  });

  it('answers an unknown email and a wrong password alike', async () => {
    await signUp(t.app, 'a@x.io');
    const wrong = await login(t, 'a@x.io', 'not the password');
    const unknown = await login(t, 'nobody@x.io', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(Object.keys(wrong.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
  });

  it('answers signup on a taken email with a wrong password like a failed login, and signs in with the right one', async () => {
    await signUp(t.app, 'a@x.io');
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'a@x.io', password: 'another password' },
      remoteAddress: '10.0.0.1',
    });
    const failedLogin = await login(t, 'b@x.io', 'another password');
    expect(taken.statusCode).toBe(401);
    expect(taken.body).toBe(failedLogin.body);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'A@x.io', password: PASSWORD },
    });
    expect(again.statusCode).toBe(201);
    expect((await t.store.db.selectFrom('users').selectAll().execute()).length).toBe(1);
  });

  it('throttles one account after repeated failures, even with the right password, and alike for unknown emails', async () => {
    await signUp(t.app, 'a@x.io');
    for (let i = 0; i < 3; i++) {
      expect((await login(t, 'a@x.io', 'wrong password', `10.0.1.${i}`)).statusCode).toBe(401);
      expect((await login(t, 'ghost@x.io', 'wrong password', `10.0.2.${i}`)).statusCode).toBe(401);
    }
    const blocked = await login(t, 'a@x.io', PASSWORD, '10.0.3.1');
    const ghost = await login(t, 'ghost@x.io', PASSWORD, '10.0.3.2');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_attempts');
    expect(blocked.headers['retry-after']).toBe('60');
    expect(ghost.body).toBe(blocked.body);
    // Another account is not affected.
    await signUp(t.app, 'b@x.io');
    expect((await login(t, 'b@x.io', PASSWORD, '10.0.3.3')).statusCode).toBe(200);
  });

  it('throttles one address across accounts', async () => {
    await signUp(t.app, 'a@x.io');
    for (let i = 0; i < 6; i++) {
      expect((await login(t, `guess${i}@x.io`, 'wrong password', '10.9.9.9')).statusCode).toBe(401);
    }
    expect((await login(t, 'a@x.io', PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    expect((await login(t, 'a@x.io', PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });

  it('refuses state-changing requests from another site, and allows its own origin', async () => {
    const cookie = await signUp(t.app, 'a@x.io');
    const from = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie, host: 'ladder.test', ...headers },
      });
    for (const headers of <Record<string, string>[]>[
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: 'http://ladder.test.evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const res = await from(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('cross_origin');
    }
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await from({ origin: 'http://ladder.test' })).statusCode).toBe(204);
  });

  it('allows a configured origin', async () => {
    const other = await testApp(database, { allowedOrigins: ['http://localhost:5173'] });
    try {
      const res = await other.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        headers: { origin: 'http://localhost:5173' },
        payload: { email: 'a@x.io', password: PASSWORD },
      });
      expect(res.statusCode).toBe(201);
    } finally {
      await other.close();
    }
  });
});
