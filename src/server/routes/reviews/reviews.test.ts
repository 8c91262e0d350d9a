// Share links and reviews over HTTP on every test database: a reviewer signed in sees only what was
// shared and scores it on its rubric; links expire and can be withdrawn; the candidate sees engine,
// self and reviewer scores side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../../../test/sample-answers.js';
import { testDatabases } from '../../../store/test-databases.js';
import { signUp, type TestApp, testApp } from '../../test-app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describe.each(testDatabases())('reviews on $name', (database) => {
  let t: TestApp;
  let candidate: string;
  let reviewer: string;
  let attempt: { id: string; report: { dimensions: Array<{ id: string; score: number }> } };
  const call = (cookie: string | null, method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  const scoresOf = (shift: number) =>
    Object.fromEntries(
      attempt.report.dimensions.map((d) => [d.id, Math.min(4, Math.max(1, d.score + shift))]),
    );

  beforeAll(async () => {
    t = await testApp(database);
    candidate = await signUp(t.app, 'cand@x.io');
    reviewer = await signUp(t.app, 'coach@x.io');
    attempt = (
      await call(candidate, 'POST', '/api/attempts', {
        question: 'Design a grocery app for seniors.',
        kind: 'product_sense',
        level: 'apm',
        answer: STRONG_ANSWER,
      })
    ).json();
  });
  afterAll(async () => t.close());

  it('shares an attempt by a token the reviewer opens signed in, seeing the answer and the rubric only', async () => {
    const created = await call(candidate, 'POST', '/api/shares', { attemptId: attempt.id, days: 7 });
    expect(created.statusCode).toBe(201);
    const share = created.json();
    expect(share).toMatchObject({
      target: 'attempt',
      attemptId: attempt.id,
      revision: 1,
      state: 'active',
      reviews: 0,
    });
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(share.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    expect((await call(null, 'POST', '/api/shared', { token: share.token })).statusCode).toBe(401);
    const opened = (await call(reviewer, 'POST', '/api/shared', { token: share.token })).json();
    expect(opened.target).toBe('attempt');
    expect(opened.items).toHaveLength(1);
    const [item] = opened.items;
    expect(item).toMatchObject({ attemptId: attempt.id, revision: 1, answer: STRONG_ANSWER, review: null });
    expect(item.rubric.map((d: { id: string }) => d.id).sort()).toEqual(
      attempt.report.dimensions.map((d) => d.id).sort(),
    );
    expect(item.rubric[0].anchors['3']).toEqual(expect.any(String));
    // The reviewer scores blind: no engine scores, no candidate identity.
    expect(JSON.stringify(opened)).not.toContain('overall');
    expect(JSON.stringify(opened)).not.toContain('cand@x.io');
  });

  it('takes a review on the same rubric with comments on spans, and shows all scores side by side', async () => {
    const { token } = (
      await call(candidate, 'POST', '/api/shares', { attemptId: attempt.id, days: 3 })
    ).json();
    const review = (scores: object, comments: object[] = []) =>
      call(reviewer, 'PUT', '/api/shared/review', { token, scores, comments, summary: 'Clear structure.' });

    const partial = { ...scoresOf(0) };
    delete partial.metrics;
    expect((await review(partial)).json().error).toMatchObject({
      code: 'scores_incomplete',
      message: expect.stringContaining('metrics'),
    });
    expect((await review({ ...scoresOf(0), star: 3 })).json().error.code).toBe('unknown_dimension');
    expect((await review({ ...scoresOf(0), metrics: 5 })).statusCode).toBe(400);
    expect(
      (await review(scoresOf(0), [{ start: 0, end: STRONG_ANSWER.length + 5, comment: 'too far' }])).json()
        .error.code,
    ).toBe('span_out_of_range');

    const saved = await review({ ...scoresOf(0), metrics: 1 }, [
      { start: 0, end: 16, comment: 'Good opening question.' },
    ]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      reviewer: { email: 'coach@x.io' },
      comments: [{ start: 0, end: 16, comment: 'Good opening question.' }],
      summary: 'Clear structure.',
    });
    // The candidate cannot review their own answer through the link.
    expect(
      (
        await call(candidate, 'PUT', '/api/shared/review', { token, scores: scoresOf(0), comments: [] })
      ).json().error.code,
    ).toBe('own_share');

    const self = await call(candidate, 'PUT', `/api/attempts/${attempt.id}/self-review`, {
      scores: { ...scoresOf(0), metrics: 4 },
      note: 'I think metrics were fine.',
    });
    expect(self.statusCode).toBe(200);
    expect(self.json()).toMatchObject({ revision: 1, note: 'I think metrics were fine.' });

    const report = (await call(candidate, 'GET', `/api/attempts/${attempt.id}/reviews`)).json();
    expect(report.engine.scores).toEqual(scoresOf(0));
    expect(report.self.scores.metrics).toBe(4);
    expect(report.reviews).toHaveLength(1);
    expect(report.disagreements[0]).toMatchObject({ dimension: 'metrics', spread: 3 });
    expect(report.disagreements[0].summary).toContain('coach@x.io 1');
    const metrics = report.dimensions.find((d: { dimension: string }) => d.dimension === 'metrics');
    expect(metrics).toMatchObject({ self: 4, reviewers: [{ score: 1 }] });
    expect(
      (await call(candidate, 'GET', `/api/attempts/${attempt.id}/reviews?revision=2`)).json().error.code,
    ).toBe('revision_not_found');
    const shares = (await call(candidate, 'GET', '/api/shares')).json().shares;
    expect(shares.find((s: { reviews: number }) => s.reviews === 1)).toBeDefined();
  });

  it('answers 410 once a link expires or is withdrawn, and 404 for a token that never was', async () => {
    const share = (await call(candidate, 'POST', '/api/shares', { attemptId: attempt.id, days: 1 })).json();
    await t.store.db
      .updateTable('shares')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', share.id)
      .execute();
    const expired = await call(reviewer, 'POST', '/api/shared', { token: share.token });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toMatchObject({
      code: 'link_expired',
      message: expect.stringMatching(/expired on \d{4}-\d{2}-\d{2}/),
    });

    const other = (await call(candidate, 'POST', '/api/shares', { attemptId: attempt.id, days: 30 })).json();
    expect((await call(reviewer, 'DELETE', `/api/shares/${other.id}`)).statusCode).toBe(404);
    expect((await call(candidate, 'DELETE', `/api/shares/${other.id}`)).statusCode).toBe(204);
    const revoked = await call(reviewer, 'POST', '/api/shared', { token: other.token });
    expect(revoked.statusCode).toBe(410);
    expect(revoked.json().error.code).toBe('link_revoked');
    expect(
      (
        await call(reviewer, 'PUT', '/api/shared/review', {
          token: other.token,
          scores: scoresOf(0),
          comments: [],
        })
      ).statusCode,
    ).toBe(410);
    expect(
      (await call(candidate, 'GET', '/api/shares'))
        .json()
        .shares.find((s: { id: string }) => s.id === other.id).state,
    ).toBe('revoked');

    const never = await call(reviewer, 'POST', '/api/shared', { token: 'A'.repeat(43) });
    expect(never.statusCode).toBe(404);
    expect(never.json().error.code).toBe('link_not_found');
    expect(
      (await call(candidate, 'POST', '/api/shares', { attemptId: attempt.id, days: 31 })).statusCode,
    ).toBe(400);
    expect((await call(candidate, 'POST', '/api/shares', { days: 3 })).json().error.code).toBe(
      'share_target_required',
    );
  });

  it("shares a loop's answered rounds, each reviewed on its own, and the loop's report shows them", async () => {
    const loop = (await call(candidate, 'POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
    for (const position of [1, 2]) {
      await call(candidate, 'POST', `/api/loops/${loop.id}/rounds/${position}/start`);
      await call(candidate, 'POST', `/api/loops/${loop.id}/rounds/${position}/answer`, {
        answer: STRONG_ANSWER,
      });
    }
    const { token } = (await call(candidate, 'POST', '/api/shares', { loopId: loop.id, days: 14 })).json();
    const opened = (await call(reviewer, 'POST', '/api/shared', { token })).json();
    expect(opened.target).toBe('loop');
    expect(opened.items.map((i: { position: number }) => i.position)).toEqual([1, 2]);
    const [first] = opened.items;
    const scores = Object.fromEntries(first.rubric.map((d: { id: string }) => [d.id, 2]));
    expect(
      (await call(reviewer, 'PUT', '/api/shared/review', { token, scores, comments: [] })).json().error.code,
    ).toBe('not_shared');
    expect(
      (
        await call(reviewer, 'PUT', '/api/shared/review', {
          token,
          attemptId: attempt.id,
          scores,
          comments: [],
        })
      ).json().error.code,
    ).toBe('not_shared');
    const saved = await call(reviewer, 'PUT', '/api/shared/review', {
      token,
      attemptId: first.attemptId,
      scores,
      comments: [],
    });
    expect(saved.statusCode).toBe(200);
    expect((await call(reviewer, 'POST', '/api/shared', { token })).json().items[0].review.scores).toEqual(
      scores,
    );

    const report = (await call(candidate, 'GET', `/api/loops/${loop.id}/reviews`)).json();
    expect(report.rounds.map((r: { position: number }) => r.position)).toEqual([1, 2]);
    expect(report.rounds[0].reviews).toHaveLength(1);
    expect(report.rounds[1].reviews).toHaveLength(0);
  });
});
