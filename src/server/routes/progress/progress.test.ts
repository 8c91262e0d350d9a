// The progress view over HTTP on every test database: dimension series against the bar of the level
// asked for (or the profile's, or PM II), the level-fit history and what to practise next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../store/test-databases.js';
import { ANSWER, call, type Method, signUp, type TestApp, testApp } from '../../test-app.js';

const WEAK = 'I would build an app with big buttons. It would be good for users.';
const QUESTION = 'Design a grocery app for seniors.';

describe.each(testDatabases())('progress on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  const send = (method: Method, url: string, payload?: object) => call(t.app, cookie, method, url, payload);

  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
  });
  afterAll(async () => t.close());

  it('with no attempts, is empty but still says what to practise for the loop', async () => {
    const res = await send('GET', '/api/progress');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      level: 'pm2',
      levelFrom: 'default',
      revisions: { shown: 0, total: 0 },
      levelFit: [],
    });
    expect(body.dimensions).toHaveLength(12);
    expect(body.dimensions.every((d: { points: unknown[] }) => d.points.length === 0)).toBe(true);
    expect(body.dimensions.find((d: { id: string }) => d.id === 'tradeoffs')).toMatchObject({
      bar: 3,
      label: expect.any(String),
    });
    expect(body.practiseNext.length).toBeGreaterThanOrEqual(3);
    expect(body.practiseNext[0]).toEqual({
      kind: 'product_sense',
      label: 'Product sense',
      dimensions: expect.any(Array),
      reason: expect.stringMatching(
        /^You have not answered a Product sense question yet, and your loop will have/,
      ),
    });
  });

  it('charts every revision in time order, each point with its score and the bar of the level', async () => {
    const first = (
      await send('POST', '/api/attempts', {
        question: QUESTION,
        kind: 'product_sense',
        level: 'apm',
        answer: WEAK,
      })
    ).json();
    await send('POST', `/api/attempts/${first.id}/revisions`, { answer: ANSWER });
    const second = (
      await send('POST', '/api/attempts', {
        question: 'Tell me about a time you disagreed with an engineer.',
        kind: 'behavioral',
        level: 'senior',
        answer: WEAK,
      })
    ).json();
    const body = (await send('GET', '/api/progress?level=staff')).json();
    expect(body).toMatchObject({ level: 'staff', levelFrom: 'query', revisions: { shown: 3, total: 3 } });
    expect(
      body.levelFit.map((p: { attemptId: string; revision: number; latest: boolean; target: string }) => [
        p.attemptId,
        p.revision,
        p.latest,
        p.target,
      ]),
    ).toEqual([
      [first.id, 1, false, 'apm'],
      [first.id, 2, true, 'apm'],
      [second.id, 1, true, 'senior'],
    ]);
    const times = body.levelFit.map((p: { at: string }) => p.at);
    expect([...times].sort()).toEqual(times);
    expect(body.levelFit[0]).toEqual({
      attemptId: first.id,
      revision: 1,
      at: expect.any(String),
      kind: 'product_sense',
      latest: false,
      demonstrated: expect.stringMatching(/^(none|apm|pm2|senior|staff)$/),
      target: 'apm',
      verdict: expect.stringMatching(/^(below|meets|exceeds)$/),
      overall: expect.any(Number),
    });
    const tradeoffs = body.dimensions.find((d: { id: string }) => d.id === 'tradeoffs');
    // Scored by the product-sense revisions only: behavioral answers are not graded on it.
    expect(tradeoffs.bar).toBe(4);
    expect(
      tradeoffs.points.map((p: { revision: number; kind: string; bar: number }) => [
        p.revision,
        p.kind,
        p.bar,
      ]),
    ).toEqual([
      [1, 'product_sense', 4],
      [2, 'product_sense', 4],
    ]);
    const revisions = (await send('GET', `/api/attempts/${first.id}`)).json().revisions;
    expect(tradeoffs.points.map((p: { score: number }) => p.score)).toEqual(
      revisions.map(
        (r: { report: { dimensions: Array<{ id: string; score: number }> } }) =>
          r.report.dimensions.find((d) => d.id === 'tradeoffs')?.score,
      ),
    );
    expect(body.dimensions.find((d: { id: string }) => d.id === 'star').points).toHaveLength(1);
  });

  it("draws against the profile's target level and follows its loop answers", async () => {
    await send('PUT', '/api/me/profile', {
      targetLevel: 'senior',
      interviewDate: null,
      company: null,
      loop: { rounds: 5, technicalRound: 'no', takeHome: 'yes' },
    });
    const body = (await send('GET', '/api/progress')).json();
    expect(body).toMatchObject({ level: 'senior', levelFrom: 'profile' });
    expect(body.dimensions.find((d: { id: string }) => d.id === 'tradeoffs').bar).toBe(3);
    const kinds = body.practiseNext.map((s: { kind: string }) => s.kind);
    expect(kinds).toContain('take_home');
    expect(kinds).not.toContain('technical');
    expect(body.practiseNext.find((s: { kind: string }) => s.kind === 'take_home').reason).toMatch(
      /you said your loop has a take-home\.$/,
    );
    expect((await send('GET', '/api/progress?level=apm')).json()).toMatchObject({
      level: 'apm',
      levelFrom: 'query',
    });
  });

  it('refuses a level that is not one, and anyone not signed in', async () => {
    const res = await send('GET', '/api/progress?level=L5');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('querystring.level must be one of: apm, pm2, senior, staff.');
    expect((await send('GET', '/api/progress?since=yesterday')).json().error.code).toBe('unknown_field');
    expect((await t.app.inject({ url: '/api/progress' })).statusCode).toBe(401);
  });
});
