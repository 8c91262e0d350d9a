// Attempts over HTTP on every test database: answer, revise with the change in scores, autosave, list, delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../store/test-databases.js';
import { ANSWER, call, type Method, signUp, type TestApp, testApp } from '../../test-app.js';

const WEAK = 'I would build an app with big buttons. It would be good for users.';

describe.each(testDatabases())('attempts on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
  });
  afterAll(async () => t.close());

  const send = (method: Method, url: string, payload?: object) => call(t.app, cookie, method, url, payload);

  it('needs a session', async () => {
    const res = await t.app.inject({ url: '/api/attempts' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('answers a bank question: its prompt and kind, the report and coverage at the level', async () => {
    const bank = (await t.app.inject({ url: '/api/questions?kind=product_sense&level=apm&limit=1' })).json()
      .questions[0];
    const res = await send('POST', '/api/attempts', {
      questionId: bank.id,
      level: 'apm',
      answer: ANSWER,
      durationSec: 900,
    });
    expect(res.statusCode).toBe(201);
    const attempt = res.json();
    expect(attempt).toMatchObject({
      questionId: bank.id,
      question: bank.prompt,
      kind: 'product_sense',
      level: 'apm',
      revisionCount: 1,
      draft: null,
    });
    expect(attempt.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(attempt.report.coverage.length).toBeGreaterThan(0);
    expect(attempt.revisions[0]).toMatchObject({ number: 1, answer: ANSWER, durationSec: 900, change: null });
    expect(attempt.revisions[0].report).toEqual(attempt.report);
  });

  it('answers a prompt of the user’s own, which needs its kind and text', async () => {
    const own = await send('POST', '/api/attempts', {
      question: 'Design a library app for toddlers.',
      kind: 'product_sense',
      level: 'pm2',
      answer: WEAK,
    });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ questionId: null, question: 'Design a library app for toddlers.' });
    const noKind = await send('POST', '/api/attempts', { question: 'Design x.', level: 'pm2', answer: WEAK });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.code).toBe('kind_required');
    const noQuestion = await send('POST', '/api/attempts', { kind: 'metrics', level: 'pm2', answer: WEAK });
    expect(noQuestion.statusCode).toBe(400);
    expect(noQuestion.json().error.code).toBe('question_required');
    const unknown = await send('POST', '/api/attempts', {
      questionId: 'no-such-question',
      level: 'pm2',
      answer: WEAK,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_question');
  });

  it('revises an answer: graded again, with the change in scores, and the draft cleared', async () => {
    const created = (
      await send('POST', '/api/attempts', {
        question: 'Design a grocery app for seniors.',
        kind: 'product_sense',
        level: 'apm',
        answer: WEAK,
      })
    ).json();
    const draft = await send('PUT', `/api/attempts/${created.id}/draft`, { answer: 'Before designing, I' });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({ answer: 'Before designing, I' });
    expect((await send('GET', `/api/attempts/${created.id}`)).json().draft.answer).toBe(
      'Before designing, I',
    );
    const empty = await send('PUT', `/api/attempts/${created.id}/draft`, { answer: '' });
    expect(empty.json().answer).toBe('');

    const revised = await send('POST', `/api/attempts/${created.id}/revisions`, {
      answer: ANSWER,
      durationSec: 600,
    });
    expect(revised.statusCode).toBe(201);
    const revision = revised.json();
    expect(revision.number).toBe(2);
    expect(revision.change.since).toBe(1);
    expect(revision.change.overall).toBeCloseTo(revision.report.overall - created.report.overall, 2);
    expect(revision.change.overall).toBeGreaterThan(0);
    expect(
      revision.change.dimensions.find((d: { id: string }) => d.id === 'problem_definition'),
    ).toMatchObject({
      from: created.report.dimensions.find((d: { id: string }) => d.id === 'problem_definition').score,
      to: revision.report.dimensions.find((d: { id: string }) => d.id === 'problem_definition').score,
    });

    const read = (await send('GET', `/api/attempts/${created.id}`)).json();
    expect(read.draft).toBeNull();
    expect(read.revisionCount).toBe(2);
    expect(read.latest).toMatchObject({ number: 2, overall: revision.report.overall });
    expect(read.revisions.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    expect(read.revisions[1].change).toEqual(revision.change);
  });

  it('lists newest first with filters and pages', async () => {
    const all = (await send('GET', '/api/attempts')).json();
    expect(all.total).toBe(3);
    const times = all.attempts.map((a: { createdAt: string }) => a.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.attempts[0]).not.toHaveProperty('revisions');
    const pm2 = (await send('GET', '/api/attempts?level=pm2')).json();
    expect(pm2.total).toBe(1);
    const page = (await send('GET', '/api/attempts?limit=1&offset=1')).json();
    expect(page.attempts).toHaveLength(1);
    expect(page.attempts[0].id).toBe(all.attempts[1].id);
    expect((await send('GET', '/api/attempts?limit=0')).statusCode).toBe(400);
    expect((await send('GET', '/api/attempts?kind=poetry')).statusCode).toBe(400);
  });

  it('sorts by time or by the latest score, and filters by the latest verdict', async () => {
    const newest = (await send('GET', '/api/attempts')).json().attempts;
    expect((await send('GET', '/api/attempts?sort=newest')).json().attempts).toEqual(newest);
    const oldest = (await send('GET', '/api/attempts?sort=oldest')).json().attempts;
    expect(oldest.map((a: { id: string }) => a.id)).toEqual(
      newest.map((a: { id: string }) => a.id).reverse(),
    );
    const scores = (sort: string) =>
      send('GET', `/api/attempts?sort=${sort}`).then((r) =>
        r.json().attempts.map((a: { latest: { overall: number } }) => a.latest.overall),
      );
    const descending = await scores('score_desc');
    expect(descending).toEqual([...descending].sort((x, y) => y - x));
    const ascending = await scores('score_asc');
    expect(ascending).toEqual([...ascending].sort((x, y) => x - y));
    for (const verdict of ['below', 'meets', 'exceeds']) {
      const page = (await send('GET', `/api/attempts?verdict=${verdict}`)).json();
      expect(page.total).toBe(
        newest.filter((a: { latest: { verdict: string } }) => a.latest.verdict === verdict).length,
      );
      expect(page.attempts.every((a: { latest: { verdict: string } }) => a.latest.verdict === verdict)).toBe(
        true,
      );
    }
    const bad = await send('GET', '/api/attempts?sort=best');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe(
      'querystring.sort must be one of: newest, oldest, score_desc, score_asc.',
    );
    expect((await send('GET', '/api/attempts?verdict=great')).statusCode).toBe(400);
  });

  it('deletes an attempt, after which it is gone', async () => {
    const id = (await send('GET', '/api/attempts?limit=1')).json().attempts[0].id;
    expect((await send('DELETE', `/api/attempts/${id}`)).statusCode).toBe(204);
    const gone = await send('GET', `/api/attempts/${id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('attempt_not_found');
    expect((await send('DELETE', `/api/attempts/${id}`)).statusCode).toBe(404);
    expect((await send('GET', '/api/attempts')).json().total).toBe(2);
  });
});
