// Bad input on every test database: each kind of mistake gets a clear 4xx in the error shape, and
// 10,000 random requests from a property-based generator never get a 5xx.
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../engine/index.js';
import { testDatabases } from '../store/test-databases.js';
import { ANSWER, signUp, type TestApp, testApp } from './test-app.js';
import { multipartForm } from './test-multipart.js';

const RUNS = 10_000;

function expectError(res: LightMyRequestResponse, status: number, code?: string): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  const body = res.json();
  expect(body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  if (code) expect(body.error.code).toBe(code);
}

describe.each(testDatabases())('bad input on $name', (database) => {
  let t: TestApp;
  let app: FastifyInstance;
  let cookie: string;
  let attemptId: string;
  const grade = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/grade',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });

  beforeAll(async () => {
    t = await testApp(database, { gradeRateLimit: 1_000_000 });
    app = t.app;
    cookie = await signUp(app, 'a@x.io');
    attemptId = (
      await app.inject({
        method: 'POST',
        url: '/api/attempts',
        headers: { cookie },
        payload: {
          question: 'Design a grocery app for seniors.',
          kind: 'product_sense',
          level: 'apm',
          answer: ANSWER,
        },
      })
    ).json().id;
  });
  afterAll(async () => t.close());

  it('refuses malformed JSON', async () => {
    for (const body of ['{"kind": "metrics",', '{kind: metrics}', 'null x', '{"a":1}}']) {
      expectError(await grade(body), 400, 'invalid_json');
    }
    expectError(await grade('{"__proto__": {"admin": true}, "level": "apm"}'), 400, 'invalid_json');
    expectError(await grade(''), 400, 'invalid_json');
  });

  it('refuses wrong types and values, and a body that is not an object', async () => {
    for (const payload of [
      { kind: 'metrics', level: 'apm', answer: 42 },
      { kind: 'metrics', level: 'L5', answer: 'x' },
      { kind: 'metrics', level: 'apm', answer: ['a'] },
      { kind: 'metrics', level: 'apm' },
      { kind: 'metrics', level: 'apm', answer: 'x', question: null },
      [],
      7,
    ]) {
      expectError(await grade(payload), 400, 'invalid_request');
    }
    expectError(await grade(JSON.stringify('just a string')), 400, 'invalid_request');
  });

  it('names the accepted values when a kind or level is not one of them', async () => {
    const kind = await grade({ kind: 'vibes', level: 'apm', answer: 'x' });
    expectError(kind, 400, 'invalid_request');
    expect(kind.json().error.message).toBe(
      'body.kind must be one of: product_sense, product_improvement, metrics, behavioral, technical, strategy, take_home.',
    );
    const level = await grade({ kind: 'metrics', level: 'L5', answer: 'x' });
    expect(level.json().error.message).toBe('body.level must be one of: apm, pm2, senior, staff.');
  });

  it('refuses unknown fields, naming them', async () => {
    const res = await grade({ kind: 'metrics', level: 'apm', answer: 'x', score: 4 });
    expectError(res, 400, 'unknown_field');
    expect(res.json().error.message).toContain('score');
  });

  it('refuses an answer over the limit, counted in UTF-16 units as the engine counts', async () => {
    expectError(
      await grade({ kind: 'metrics', level: 'apm', answer: 'a'.repeat(LIMITS.maxAnswerChars + 1) }),
      400,
      'answer_too_long',
    );
    // 4 bytes and 2 UTF-16 units each: under the limit in code points, over it in units.
    const astral = '😀'.repeat(LIMITS.maxAnswerChars / 2 + 1);
    expectError(await grade({ kind: 'metrics', level: 'apm', answer: astral }), 400, 'answer_too_long');
    expectError(
      await app.inject({
        method: 'POST',
        url: `/api/attempts/${attemptId}/revisions`,
        headers: { cookie },
        payload: { answer: 'b'.repeat(LIMITS.maxAnswerChars + 1) },
      }),
      400,
      'answer_too_long',
    );
  });

  it('refuses a body over the limit', async () => {
    const res = await grade({ kind: 'metrics', level: 'apm', answer: 'x', pad: 'y'.repeat(2 * 1024 * 1024) });
    expectError(res, 413, 'body_too_large');
  });

  it('refuses control characters in text, and stores none', async () => {
    expectError(
      await grade({ kind: 'metrics', level: 'apm', answer: 'bad\u0000byte' }),
      400,
      'control_characters',
    );
    expectError(
      await grade({ kind: 'metrics', level: 'apm', answer: 'ok', question: 'bell\u0007' }),
      400,
      'control_characters',
    );
    expectError(
      await app.inject({
        method: 'PUT',
        url: `/api/attempts/${attemptId}/draft`,
        headers: { cookie },
        payload: { answer: 'draft\u0000' },
      }),
      400,
      'control_characters',
    );
    expectError(await app.inject({ url: '/api/questions?q=%00' }), 400, 'control_characters');
    // Tabs and line breaks are text.
    expect(
      (await grade({ kind: 'metrics', level: 'apm', answer: 'Line one.\r\n\tLine two.' })).statusCode,
    ).toBe(200);
  });

  it('refuses bodies that are not JSON and ids that are not ids', async () => {
    expectError(await grade('answer=x', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    expectError(
      await app.inject({ url: '/api/attempts/not-an-id', headers: { cookie } }),
      400,
      'invalid_request',
    );
    expectError(
      await app.inject({ url: `/api/attempts/${'9'.repeat(300)}`, headers: { cookie } }),
      414,
      'path_too_long',
    );
  });

  it('never answers random upload forms with a 5xx, whatever the file holds', {
    timeout: 120_000,
  }, async () => {
    const magic = fc.constantFrom(
      '',
      '%PDF-1.4\n',
      'PK\u0003\u0004',
      'MZ',
      '\u00d0\u00cf\u0011\u00e0',
      '{\\rtf1',
    );
    const form = fc.record({
      fields: fc.dictionary(
        fc.constantFrom('level', 'question', 'questionId', 'kind'),
        fc.oneof(
          fc.constantFrom('pm2', 'apm', 'Design a take-home.', 'th-campus-textbook-exchange'),
          fc.string({ maxLength: 30 }),
        ),
        { maxKeys: 4 },
      ),
      name: fc.oneof(
        fc.constantFrom('a.md', 'a.txt', 'a.docx', 'a.pdf', 'a.exe', 'a', '../../etc/passwd'),
        fc.string({ maxLength: 20 }),
      ),
      bytes: fc
        .tuple(magic, fc.uint8Array({ maxLength: 600 }))
        .map(([head, tail]) => Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(tail)])),
    });
    await fc.assert(
      fc.asyncProperty(form, async ({ fields, name, bytes }) => {
        const body = await multipartForm(fields, { name, bytes });
        const res = await app.inject({
          method: 'POST',
          url: '/api/attempts/upload',
          headers: { cookie, ...body.headers },
          payload: body.payload,
        });
        if (res.statusCode >= 500 || (res.statusCode >= 400 && typeof res.json().error?.code !== 'string')) {
          throw new Error(`${res.statusCode} ${res.body}`);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it(`never answers ${RUNS.toLocaleString('en')} random requests with a 5xx`, {
    timeout: 300_000,
  }, async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('', ' ', '\u0000', 'apm', 'metrics', 'product_sense', ANSWER, 'a@x.io', attemptId),
    );
    const value = fc.oneof(
      text,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(text, { maxLength: 3 }),
    );
    const gradeLike = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('product_sense', 'metrics', 'behavioral', 'take_home'), value),
        level: fc.oneof(fc.constantFrom('apm', 'pm2', 'senior', 'staff'), value),
        question: fc.oneof(text, value),
        questionId: fc.oneof(fc.constantFrom('no-such-question'), text),
        answer: fc.oneof(fc.constantFrom(ANSWER, 'I would ask who the users are.'), text, value),
        durationSec: fc.oneof(fc.integer({ min: -5, max: 100_000 }), value),
        email: fc.oneof(fc.constantFrom('a@x.io', 'new@x.io'), text),
        password: fc.oneof(fc.constantFrom('correct horse battery staple', 'short'), text),
        [fc.sample(fc.string(), 1)[0] ?? 'extra']: value,
      },
      { requiredKeys: [] },
    );
    // Multipart bodies with the boundary the content types above name, whole or cut anywhere.
    const multipart = fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom('level', 'question', 'questionId', 'file', 'x'), text), {
          maxLength: 4,
        }),
        fc.constantFrom('', 'a.md', 'a.docx', 'a.pdf', 'a.exe'),
        fc.oneof(text, fc.constantFrom('%PDF-1.7\n', 'PK\u0003\u0004', ANSWER)),
        fc.nat({ max: 400 }),
      )
      .map(([fields, name, content, cut]) => {
        const parts = fields.map(
          ([k, v]) => `--x\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
        );
        if (name) {
          parts.push(
            `--x\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n`,
          );
        }
        const whole = `${parts.join('')}--x--\r\n`;
        return cut % 3 === 0 ? whole.slice(0, cut) : whole;
      });
    const body = fc.oneof(
      gradeLike.map((b) => JSON.stringify(b)),
      multipart,
      fc.json(),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(
        '',
        '{',
        '[]',
        'null',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{"x":1}}}',
      ),
    );
    const id = fc.oneof(
      fc.uuid(),
      fc.constant(attemptId),
      fc.string({ maxLength: 20 }).map(encodeURIComponent),
    );
    const path = fc.oneof(
      fc.constantFrom(
        '/api/grade',
        '/api/attempts',
        '/api/auth/signup',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/me',
        '/api/import',
        '/api/export',
        '/api/questions',
        '/api/levels',
        '/api/kinds',
        '/healthz',
        '/api/openapi.json',
        '/api/attempts/upload',
        '/api/me/profile',
        '/api/progress',
      ),
      id.map((x) => `/api/attempts/${x}`),
      id.map((x) => `/api/attempts/${x}/revisions`),
      id.map((x) => `/api/attempts/${x}/draft`),
      fc.string({ maxLength: 20 }).map((x) => `/api/questions/${encodeURIComponent(x)}`),
      fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)),
    );
    const query = fc.option(
      fc.dictionary(
        fc.constantFrom('kind', 'level', 'tag', 'q', 'limit', 'offset', 'questionId', 'sort', 'verdict', 'x'),
        text,
        {
          maxKeys: 3,
        },
      ),
      { nil: undefined },
    );
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
      path,
      query,
      body,
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'multipart/form-data; boundary=x',
        undefined,
      ),
      signedIn: fc.boolean(),
      origin: fc.constantFrom(undefined, 'http://localhost:80', 'http://evil.example'),
    });

    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.signedIn) headers.cookie = cookie;
        if (r.origin) headers.origin = r.origin;
        const res = await app.inject({
          method: r.method as 'GET',
          url: r.path,
          query: r.query,
          headers,
          ...(['GET', 'HEAD', 'OPTIONS'].includes(r.method) ? {} : { payload: r.body }),
        });
        if (res.statusCode >= 500) throw new Error(`${r.method} ${r.path}: ${res.statusCode} ${res.body}`);
        if (res.statusCode >= 400 && r.method !== 'HEAD') {
          const error = res.json().error;
          if (typeof error?.code !== 'string' || typeof error?.message !== 'string') {
            throw new Error(`${r.method} ${r.path}: ${res.statusCode} without the error shape: ${res.body}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // Still serving (the random requests may well have logged the user out or deleted the attempt).
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});
