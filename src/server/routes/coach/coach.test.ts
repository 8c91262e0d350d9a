// Coaching over HTTP on every test database: an invite accepted once, a coach who sees the candidates
// who invited them (attempts list and progress, no answers) and nobody else, and either side ending it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../../../test/sample-answers.js';
import { testDatabases } from '../../../store/test-databases.js';
import { signUp, type TestApp, testApp } from '../../test-app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describe.each(testDatabases())('coaching on $name', (database) => {
  let t: TestApp;
  let candidate: string;
  let coachCookie: string;
  let stranger: string;
  let candidateId: string;
  let coachId: string;
  const call = (cookie: string, method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await testApp(database);
    candidate = await signUp(t.app, 'cand@x.io');
    coachCookie = await signUp(t.app, 'coach@x.io');
    stranger = await signUp(t.app, 'stranger@x.io');
    candidateId = (await call(candidate, 'GET', '/api/me')).json().user.id;
    coachId = (await call(coachCookie, 'GET', '/api/me')).json().user.id;
    await call(candidate, 'PUT', '/api/me/profile', {
      targetLevel: 'senior',
      interviewDate: null,
      company: null,
      loop: { rounds: 5, technicalRound: 'unknown', takeHome: 'unknown' },
    });
    await call(candidate, 'POST', '/api/attempts', {
      question: 'Design a grocery app for seniors.',
      kind: 'product_sense',
      level: 'senior',
      answer: STRONG_ANSWER,
    });
  });
  afterAll(async () => t.close());

  it('lets one coach accept an invite, once', async () => {
    const invite = (await call(candidate, 'POST', '/api/coach/invites', { days: 7 })).json();
    expect(invite).toMatchObject({ state: 'active', coach: null, acceptedAt: null });
    expect(
      (await call(candidate, 'POST', '/api/coach/accept', { token: invite.token })).json().error.code,
    ).toBe('own_invite');
    const accepted = await call(coachCookie, 'POST', '/api/coach/accept', { token: invite.token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().candidate).toMatchObject({ id: candidateId, email: 'cand@x.io' });
    expect((await call(coachCookie, 'POST', '/api/coach/accept', { token: invite.token })).statusCode).toBe(
      200,
    );
    const used = await call(stranger, 'POST', '/api/coach/accept', { token: invite.token });
    expect(used.statusCode).toBe(409);
    expect(used.json().error.code).toBe('invite_used');
    const listed = (await call(candidate, 'GET', '/api/coach/invites')).json().invites[0];
    expect(listed).toMatchObject({ state: 'accepted', coach: { id: coachId, email: 'coach@x.io' } });
    expect((await call(candidate, 'GET', '/api/coach/coaches')).json().coaches).toEqual([
      { id: coachId, email: 'coach@x.io', since: expect.any(String) },
    ]);
  });

  it('refuses an expired, withdrawn or unknown invite', async () => {
    const expired = (await call(candidate, 'POST', '/api/coach/invites', { days: 1 })).json();
    await t.store.db
      .updateTable('coach_invites')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.id)
      .execute();
    const late = await call(stranger, 'POST', '/api/coach/accept', { token: expired.token });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe('link_expired');
    const withdrawn = (await call(candidate, 'POST', '/api/coach/invites', { days: 30 })).json();
    expect((await call(stranger, 'DELETE', `/api/coach/invites/${withdrawn.id}`)).statusCode).toBe(404);
    expect((await call(candidate, 'DELETE', `/api/coach/invites/${withdrawn.id}`)).statusCode).toBe(204);
    expect(
      (await call(stranger, 'POST', '/api/coach/accept', { token: withdrawn.token })).json().error.code,
    ).toBe('link_revoked');
    expect((await call(stranger, 'POST', '/api/coach/accept', { token: 'x'.repeat(43) })).statusCode).toBe(
      404,
    );
    expect((await call(stranger, 'GET', '/api/coach/candidates')).json().candidates).toEqual([]);
  });

  it("shows the coach the candidate's attempts list and progress, and nothing of anyone else", async () => {
    expect(
      (await call(coachCookie, 'GET', '/api/coach/candidates'))
        .json()
        .candidates.map((c: { id: string }) => c.id),
    ).toEqual([candidateId]);
    const attempts = (await call(coachCookie, 'GET', `/api/coach/candidates/${candidateId}/attempts`)).json();
    expect(attempts.total).toBe(1);
    expect(attempts.attempts[0]).toMatchObject({ kind: 'product_sense', level: 'senior' });
    expect(JSON.stringify(attempts)).not.toContain(STRONG_ANSWER.slice(0, 40));
    const progress = (await call(coachCookie, 'GET', `/api/coach/candidates/${candidateId}/progress`)).json();
    expect(progress.progress).toMatchObject({
      level: 'senior',
      levelFrom: 'profile',
      revisions: { total: 1 },
    });
    expect(progress.progress.practiseNext.length).toBeGreaterThan(0);
    // The candidate's own view and the coach's are the same body.
    expect(progress.progress).toEqual((await call(candidate, 'GET', '/api/progress')).json());

    // The coach reaches no answer of the candidate, and a stranger reaches nothing at all.
    const attemptId = attempts.attempts[0].id;
    expect((await call(coachCookie, 'GET', `/api/attempts/${attemptId}`)).statusCode).toBe(404);
    for (const url of [
      `/api/coach/candidates/${candidateId}/attempts`,
      `/api/coach/candidates/${candidateId}/progress`,
    ]) {
      const theirs = await call(stranger, 'GET', url);
      const missing = await call(stranger, 'GET', url.replace(candidateId, randomUUID()));
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(missing.body);
    }
    // Coaching goes one way: the candidate does not see the coach's data.
    expect((await call(candidate, 'GET', `/api/coach/candidates/${coachId}/progress`)).statusCode).toBe(404);
  });

  it('ends when the candidate removes the coach or the coach leaves', async () => {
    expect((await call(candidate, 'DELETE', `/api/coach/coaches/${coachId}`)).statusCode).toBe(204);
    expect((await call(coachCookie, 'GET', `/api/coach/candidates/${candidateId}/progress`)).statusCode).toBe(
      404,
    );
    expect((await call(candidate, 'DELETE', `/api/coach/coaches/${coachId}`)).statusCode).toBe(404);
    const again = (await call(candidate, 'POST', '/api/coach/invites', { days: 2 })).json();
    await call(coachCookie, 'POST', '/api/coach/accept', { token: again.token });
    expect((await call(coachCookie, 'DELETE', `/api/coach/candidates/${candidateId}`)).statusCode).toBe(204);
    expect((await call(coachCookie, 'GET', '/api/coach/candidates')).json().candidates).toEqual([]);
  });
});
