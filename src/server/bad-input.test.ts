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

  it('refuses bad input to loops, stories, plans, reviews and coaching with a clear 4xx', async () => {
    const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      app.inject({
        method,
        url,
        headers: { cookie, 'content-type': 'application/json' },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      });
    expectError(await send('POST', '/api/loops', { level: 'apm', rounds: 0 }), 400, 'invalid_request');
    expectError(
      await send('POST', '/api/loops', { level: 'apm', technicalRound: 'maybe' }),
      400,
      'invalid_request',
    );
    expect(
      (await send('POST', '/api/loops', { level: 'apm', technicalRound: 'maybe' })).json().error.message,
    ).toBe('body.technicalRound must be one of: yes, no, unknown.');
    expectError(await send('POST', '/api/loops', { level: 'apm', panel: true }), 400, 'unknown_field');
    expectError(await send('GET', '/api/loops/composition?rounds=x'), 400, 'invalid_request');
    expectError(await send('GET', '/api/plan?level=apm&interviewDate=2027-13-01'), 400, 'invalid_date');
    expectError(await send('GET', '/api/plan?level=apm&interviewDate=tomorrow'), 400, 'invalid_date');
    expectError(
      await send('PUT', '/api/plan/preferences', { sessionsPerDay: 0, restDays: [] }),
      400,
      'invalid_request',
    );
    expectError(
      await send('PUT', '/api/plan/preferences', { sessionsPerDay: 2, restDays: [7] }),
      400,
      'invalid_request',
    );
    expectError(
      await send('PUT', '/api/plan/preferences', { sessionsPerDay: 2, restDays: [1, 1] }),
      400,
      'invalid_request',
    );
    expectError(
      await send('POST', '/api/plan/cards/caching/reviews', { rating: 'good' }),
      400,
      'invalid_request',
    );
    const story = {
      title: 'A story',
      situation: 'S.',
      task: 'T.',
      action: 'A.',
      result: 'R.',
      competencies: ['failure'],
      level: 'apm',
    };
    expectError(
      await send('POST', '/api/stories', { ...story, action: 'bad\u0000byte' }),
      400,
      'control_characters',
    );
    expectError(await send('POST', '/api/stories', { ...story, task: undefined }), 400, 'invalid_request');
    expectError(
      await send('POST', '/api/stories', { ...story, competencies: ['failure', 'failure'] }),
      400,
      'invalid_request',
    );
    expectError(
      await send('POST', '/api/stories', { ...story, title: 'x'.repeat(121) }),
      400,
      'invalid_request',
    );
    expectError(await send('POST', '/api/shares', { attemptId, days: 0 }), 400, 'invalid_request');
    expectError(await send('POST', '/api/shares', { attemptId, days: 31 }), 400, 'invalid_request');
    expectError(
      await send('POST', '/api/shares', { attemptId, loopId: attemptId, days: 3 }),
      400,
      'share_target_required',
    );
    expectError(await send('POST', '/api/shared', { token: 'short' }), 400, 'invalid_request');
    expectError(await send('POST', '/api/shared', {}), 400, 'invalid_request');
    expectError(await send('POST', '/api/coach/accept', { token: 'x'.repeat(44) }), 400, 'invalid_request');
    expectError(await send('POST', '/api/coach/invites', { days: 1.5 }), 400, 'invalid_request');
    expectError(
      await send('PUT', `/api/attempts/${attemptId}/self-review`, { scores: { metrics: 0 } }),
      400,
      'invalid_request',
    );
    expectError(
      await send('PUT', `/api/attempts/${attemptId}/self-review`, { scores: { charisma: 4 } }),
      400,
      'unknown_field',
    );
    expectError(await send('GET', '/api/loops/not-an-id'), 400, 'invalid_request');
    expectError(await send('GET', '/api/stories/not-an-id'), 400, 'invalid_request');
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
    // Bodies of the loop, story, plan, review and coaching routes.
    const preparationLike = fc.record(
      {
        level: fc.oneof(fc.constantFrom('apm', 'senior'), value),
        rounds: fc.oneof(fc.integer({ min: -1, max: 10 }), value),
        technicalRound: fc.oneof(fc.constantFrom('yes', 'no', 'unknown'), value),
        takeHome: fc.oneof(fc.constantFrom('yes', 'no', 'unknown'), value),
        answer: fc.oneof(fc.constantFrom(ANSWER), text, value),
        storyId: fc.oneof(fc.uuid(), value),
        title: text,
        situation: text,
        task: text,
        action: text,
        result: text,
        competencies: fc.oneof(fc.constant(['failure']), fc.array(text, { maxLength: 3 }), value),
        days: fc.oneof(fc.integer({ min: -1, max: 40 }), value),
        attemptId: fc.oneof(fc.constant(attemptId), fc.uuid(), value),
        loopId: fc.oneof(fc.uuid(), value),
        token: fc.oneof(fc.string({ minLength: 43, maxLength: 43 }), text),
        scores: fc.oneof(
          fc.dictionary(fc.constantFrom('metrics', 'star', 'x'), fc.integer({ min: 0, max: 5 })),
          value,
        ),
        comments: fc.oneof(
          fc.array(
            fc.record({
              start: fc.integer({ min: -2, max: 500 }),
              end: fc.integer({ min: -2, max: 500 }),
              comment: text,
            }),
            { maxLength: 2 },
          ),
          value,
        ),
        rating: fc.oneof(fc.constantFrom('again', 'good'), value),
        sessionsPerDay: fc.oneof(fc.integer({ min: -1, max: 8 }), value),
        restDays: fc.oneof(fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 3 }), value),
        interviewDate: fc.oneof(fc.constantFrom('2027-01-15', '2027-02-30', '2020-01-01'), text),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      gradeLike.map((b) => JSON.stringify(b)),
      preparationLike.map((b) => JSON.stringify(b)),
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
        '/api/loops',
        '/api/loops/composition',
        '/api/stories',
        '/api/stories/guide',
        '/api/stories/coverage',
        '/api/plan',
        '/api/plan.ics',
        '/api/plan/preferences',
        '/api/plan/cards',
        '/api/shares',
        '/api/shared',
        '/api/shared/review',
        '/api/coach/invites',
        '/api/coach/accept',
        '/api/coach/coaches',
        '/api/coach/candidates',
      ),
      id.map((x) => `/api/attempts/${x}`),
      id.map((x) => `/api/attempts/${x}/revisions`),
      id.map((x) => `/api/attempts/${x}/draft`),
      fc
        .tuple(
          id,
          fc.constantFrom(
            '/api/loops/:id',
            '/api/loops/:id/rounds/1/start',
            '/api/loops/:id/rounds/1/draft',
            '/api/loops/:id/rounds/1/answer',
            '/api/loops/:id/packet',
            '/api/loops/:id/packet.md',
            '/api/loops/:id/packet.pdf',
            '/api/loops/:id/reviews',
            '/api/stories/:id',
            '/api/shares/:id',
            '/api/coach/invites/:id',
            '/api/coach/coaches/:id',
            '/api/coach/candidates/:id',
            '/api/coach/candidates/:id/attempts',
            '/api/coach/candidates/:id/progress',
            '/api/attempts/:id/self-review',
            '/api/attempts/:id/reviews',
            '/api/plan/cards/concept::id/reviews',
          ),
        )
        .map(([x, route]) => route.replace(':id', x)),
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
