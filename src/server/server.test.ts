// The real server process: every acknowledged attempt survives a SIGKILL, SIGTERM drains in-flight
// requests before exit, and two processes on one PostgreSQL share sessions.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestStore, testDatabases } from '../store/test-databases.js';
import { ANSWER, PASSWORD } from './test-app.js';
import { cookieOf, type ServerProcess, startServer } from './test-server.js';

const databases = testDatabases();
const running: ServerProcess[] = [];
let store: TestStore | undefined;

afterEach(async () => {
  for (const server of running.splice(0)) {
    if (server.process.exitCode === null && server.process.signalCode === null) {
      server.process.kill('SIGKILL');
      await server.exited;
    }
  }
  await store?.close();
  store = undefined;
});

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer(env);
  running.push(server);
  return server;
}

async function signup(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(201);
  return cookieOf(res);
}

describe.each(databases)('the server process on $name', (database) => {
  it('keeps every acknowledged attempt through a SIGKILL mid-stream', { timeout: 120_000 }, async () => {
    store = await database.open();
    const first = await start(store.env);
    const cookie = await signup(first.url, 'a@x.io');
    const acknowledged: string[] = [];
    let killed = false;
    const post = async (i: number) => {
      const res = await fetch(`${first.url}/api/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          question: `Design a grocery app for seniors, take ${i}.`,
          kind: 'product_sense',
          level: 'apm',
          answer: `${ANSWER} Attempt ${i}.`,
        }),
      });
      if (res.status !== 201) throw new Error(`attempt ${i}: ${res.status} ${await res.text()}`);
      acknowledged.push((await res.json()).id);
    };
    // Four streams of attempts; the kill lands while requests are in flight.
    const streams = Array.from({ length: 4 }, async (_, s) => {
      for (let i = s; !killed; i += 4) {
        try {
          await post(i);
        } catch (error) {
          if (!killed) throw error;
        }
        if (acknowledged.length >= 40 && !killed) {
          killed = true;
          first.process.kill('SIGKILL');
        }
      }
    });
    await Promise.all(streams);
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = await start(store.env);
    for (const id of acknowledged) {
      const res = await fetch(`${second.url}/api/attempts/${id}`, { headers: { cookie } });
      expect(res.status, id).toBe(200);
      expect((await res.json()).revisions).toHaveLength(1);
    }
    const list = await (await fetch(`${second.url}/api/attempts?limit=1`, { headers: { cookie } })).json();
    expect(list.total).toBeGreaterThanOrEqual(acknowledged.length);
  });

  it('drains an in-flight request on SIGTERM, then exits cleanly', { timeout: 60_000 }, async () => {
    store = await database.open();
    const server = await start(store.env);
    const body = JSON.stringify({ kind: 'product_sense', level: 'senior', answer: ANSWER });
    const { port } = new URL(server.url);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/grade',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // Half the body now, the rest after SIGTERM: the request is in flight when the signal lands.
      req.write(body.slice(0, 20));
      setTimeout(() => {
        server.process.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 300);
    });
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).level_fit.target).toBe('senior');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.logs.some((line) => line.includes('draining in-flight requests'))).toBe(true);
  });
});

describe('two server processes on one PostgreSQL', () => {
  const postgres = databases.find((d) => d.name === 'postgres');
  it.runIf(postgres)(
    'share sessions: made on one, used and ended on the other',
    { timeout: 60_000 },
    async () => {
      if (!postgres) return;
      store = await postgres.open();
      const [one, two] = await Promise.all([start(store.env), start(store.env)]);
      if (!one || !two) throw new Error('servers did not start');
      expect(one.url).not.toBe(two.url);
      const cookie = await signup(one.url, 'a@x.io');
      const me = await fetch(`${two.url}/api/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect((await me.json()).user.email).toBe('a@x.io');
      const created = await fetch(`${two.url}/api/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ question: 'Design x.', kind: 'product_sense', level: 'apm', answer: ANSWER }),
      });
      const { id } = await created.json();
      expect((await fetch(`${one.url}/api/attempts/${id}`, { headers: { cookie } })).status).toBe(200);
      expect(
        (await fetch(`${two.url}/api/auth/logout`, { method: 'POST', headers: { cookie } })).status,
      ).toBe(204);
      expect((await fetch(`${one.url}/api/me`, { headers: { cookie } })).status).toBe(401);
    },
  );
});
