// Two users on every test database: B can neither read, change nor delete A's data, and every answer B
// gets about A's attempt is byte for byte the answer about an id that does not exist.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxOf, TAKE_HOME_QUESTION } from '../documents/test-documents.js';
import { testDatabases } from '../store/test-databases.js';
import { ANSWER, call, importSummary, type Method, signUp, type TestApp, testApp } from './test-app.js';
import { multipartForm } from './test-multipart.js';

/** Every route that takes an attempt id, with a valid body. */
const BY_ID: Array<[Method, (id: string) => string, object | undefined]> = [
  ['GET', (id) => `/api/attempts/${id}`, undefined],
  ['POST', (id) => `/api/attempts/${id}/revisions`, { answer: 'A different answer from B.' }],
  ['PUT', (id) => `/api/attempts/${id}/draft`, { answer: 'B was here' }],
  ['DELETE', (id) => `/api/attempts/${id}`, undefined],
];

const PROFILE_OF_A = {
  targetLevel: 'staff',
  interviewDate: '2027-01-20',
  company: 'A Corp',
  loop: { rounds: 5, technicalRound: 'yes', takeHome: 'no' },
};

describe.each(testDatabases())('isolation between users on $name', (database) => {
  let t: TestApp;
  let a: string;
  let b: string;
  let attemptOfA: { id: string };

  beforeAll(async () => {
    t = await testApp(database);
    a = await signUp(t.app, 'a@x.io');
    b = await signUp(t.app, 'b@x.io');
    attemptOfA = (
      await call(t.app, a, 'POST', '/api/attempts', {
        question: 'Design a grocery app for seniors.',
        kind: 'product_sense',
        level: 'apm',
        answer: ANSWER,
      })
    ).json();
    await call(t.app, a, 'PUT', `/api/attempts/${attemptOfA.id}/draft`, { answer: 'A draft of A' });
    await call(t.app, a, 'PUT', '/api/me/profile', PROFILE_OF_A);
  });
  afterAll(async () => t.close());

  for (const [method, url, payload] of BY_ID) {
    it(`${method} ${url(':id')}: A's id answers exactly like one that does not exist`, async () => {
      const theirs = await call(t.app, b, method, url(attemptOfA.id), payload);
      const missing = await call(t.app, b, method, url(randomUUID()), payload);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.body).toBe(missing.body);
      expect(theirs.headers['content-type']).toBe(missing.headers['content-type']);
      expect(theirs.headers['content-length']).toBe(missing.headers['content-length']);
    });
  }

  it("leaves A's attempt exactly as it was", async () => {
    const read = await call(t.app, a, 'GET', `/api/attempts/${attemptOfA.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ revisionCount: 1, draft: { answer: 'A draft of A' } });
  });

  it("shows B none of A's attempts in lists or exports", async () => {
    const list = (await call(t.app, b, 'GET', '/api/attempts')).json();
    expect(list).toEqual({ attempts: [], total: 0 });
    for (const query of ['sort=score_desc', 'sort=oldest', 'verdict=below', 'verdict=meets&sort=score_asc']) {
      expect((await call(t.app, b, 'GET', `/api/attempts?${query}`)).json()).toEqual({
        attempts: [],
        total: 0,
      });
    }
    const exported = (await call(t.app, b, 'GET', '/api/export')).json();
    expect(exported.attempts).toEqual([]);
    expect(exported.user.email).toBe('b@x.io');
    expect(JSON.stringify(exported)).not.toContain(attemptOfA.id);
  });

  it("shows B's progress none of A's attempts, drawn against B's own level", async () => {
    const ofA = (await call(t.app, a, 'GET', '/api/progress')).json();
    expect(ofA).toMatchObject({ level: 'staff', levelFrom: 'profile', revisions: { total: 1 } });
    expect(ofA.levelFit[0].attemptId).toBe(attemptOfA.id);
    const ofB = (await call(t.app, b, 'GET', '/api/progress')).json();
    expect(ofB).toMatchObject({
      level: 'pm2',
      levelFrom: 'default',
      revisions: { shown: 0, total: 0 },
      levelFit: [],
    });
    expect(JSON.stringify(ofB)).not.toContain(attemptOfA.id);
  });

  it("keeps A's profile from B: B sees none, and B's save makes B's own", async () => {
    expect((await call(t.app, b, 'GET', '/api/me/profile')).json()).toEqual({ profile: null });
    const mine = await call(t.app, b, 'PUT', '/api/me/profile', {
      ...PROFILE_OF_A,
      targetLevel: 'apm',
      company: 'B Corp',
    });
    expect(mine.json().profile).toMatchObject({ targetLevel: 'apm', company: 'B Corp' });
    expect((await call(t.app, a, 'GET', '/api/me/profile')).json().profile).toMatchObject(PROFILE_OF_A);
    const exported = (await call(t.app, b, 'GET', '/api/export')).json();
    expect(exported.profile).toMatchObject({ company: 'B Corp' });
    expect(JSON.stringify(exported)).not.toContain('A Corp');
  });

  it("imports A's export into B as B's own copy, leaving A's untouched", async () => {
    const exportOfA = (await call(t.app, a, 'GET', '/api/export')).json();
    const res = await call(t.app, b, 'POST', '/api/import', exportOfA);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(
      importSummary({
        attempts: { created: 1, merged: 0 },
        revisions: { added: 1 },
        drafts: { saved: 1 },
      }),
    );
    const copies = (await call(t.app, b, 'GET', '/api/attempts')).json();
    expect(copies.total).toBe(1);
    expect(copies.attempts[0].id).not.toBe(attemptOfA.id);
    // B changes its copy; A's original stays as it was.
    await call(t.app, b, 'PUT', `/api/attempts/${copies.attempts[0].id}/draft`, {
      answer: 'B edits its copy',
    });
    await call(t.app, b, 'DELETE', `/api/attempts/${copies.attempts[0].id}`);
    const original = (await call(t.app, a, 'GET', `/api/attempts/${attemptOfA.id}`)).json();
    expect(original.draft.answer).toBe('A draft of A');
    expect((await call(t.app, a, 'GET', '/api/attempts')).json().total).toBe(1);
  });

  it("keeps uploads to their owner: neither sees the other's take-home", async () => {
    const uploadAs = async (cookie: string, name: string) => {
      const form = await multipartForm(
        { level: 'pm2', question: TAKE_HOME_QUESTION },
        { name, bytes: await docxOf() },
      );
      return t.app.inject({
        method: 'POST',
        url: '/api/attempts/upload',
        headers: { cookie, ...form.headers },
        payload: form.payload,
      });
    };
    const before = (await call(t.app, b, 'GET', '/api/attempts')).json().total;
    const ofA = (await uploadAs(a, 'a.docx')).json();
    expect(ofA.document.name).toBe('a.docx');
    expect((await call(t.app, b, 'GET', '/api/attempts')).json().total).toBe(before);
    expect((await call(t.app, b, 'GET', `/api/attempts/${ofA.id}`)).statusCode).toBe(404);
    const ofB = (await uploadAs(b, 'b.docx')).json();
    const listOfA = (await call(t.app, a, 'GET', '/api/attempts?limit=100')).json();
    expect(listOfA.attempts.map((x: { id: string }) => x.id)).toContain(ofA.id);
    expect(listOfA.attempts.map((x: { id: string }) => x.id)).not.toContain(ofB.id);
  });

  it('logs B out without touching A', async () => {
    await call(t.app, b, 'POST', '/api/auth/logout');
    expect((await call(t.app, b, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await call(t.app, a, 'GET', '/api/me')).json().user.email).toBe('a@x.io');
  });
});

/** Every route that takes a loop id, with a valid body. */
const BY_LOOP_ID: Array<[Method, (id: string) => string, object | undefined]> = [
  ['GET', (id) => `/api/loops/${id}`, undefined],
  ['POST', (id) => `/api/loops/${id}/rounds/1/start`, undefined],
  ['PUT', (id) => `/api/loops/${id}/rounds/1/draft`, { answer: 'B was here' }],
  ['POST', (id) => `/api/loops/${id}/rounds/1/answer`, { answer: 'B answers for A.' }],
  ['GET', (id) => `/api/loops/${id}/packet`, undefined],
  ['GET', (id) => `/api/loops/${id}/packet.md`, undefined],
  ['GET', (id) => `/api/loops/${id}/packet.pdf`, undefined],
  ['GET', (id) => `/api/loops/${id}/reviews`, undefined],
  ['DELETE', (id) => `/api/loops/${id}`, undefined],
];

const STORY_OF_A = {
  title: 'A story of A',
  situation: 'Our checkout lost buyers.',
  task: 'I had to win them back.',
  action: 'I pulled the funnel data and ran an experiment.',
  result: 'Conversion rose from 61% to 70%.',
  competencies: ['failure'],
  level: 'pm2',
};

/** Every route that takes a story id, with a valid body. */
const BY_STORY_ID: Array<[Method, (id: string) => string, object | undefined]> = [
  ['GET', (id) => `/api/stories/${id}`, undefined],
  ['PUT', (id) => `/api/stories/${id}`, { ...STORY_OF_A, title: 'B was here' }],
  ['DELETE', (id) => `/api/stories/${id}`, undefined],
];

describe.each(testDatabases())(
  'isolation of loops, stories, plans, reviews and coaching on $name',
  (database) => {
    let t: TestApp;
    let a: string;
    let b: string;
    let idOfA: string;
    let attemptOfA: { id: string; report: { dimensions: Array<{ id: string }> } };
    let loopOfA: { id: string };
    let storyOfA: { id: string };
    let shareOfA: { id: string; token: string };
    let inviteOfA: { id: string };
    const call = (cookie: string, method: Method, url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    const sameAsMissing = async (
      method: Method,
      url: (id: string) => string,
      theirs: string,
      payload?: object,
    ) => {
      const ofA = await call(b, method, url(theirs), payload);
      const missing = await call(b, method, url(randomUUID()), payload);
      expect(ofA.statusCode, ofA.body).toBe(404);
      expect(ofA.body).toBe(missing.body);
      expect(ofA.headers['content-type']).toBe(missing.headers['content-type']);
    };

    beforeAll(async () => {
      t = await testApp(database);
      a = await signUp(t.app, 'a@x.io');
      b = await signUp(t.app, 'b@x.io');
      idOfA = (await call(a, 'GET', '/api/me')).json().user.id;
      await call(a, 'PUT', '/api/me/profile', PROFILE_OF_A);
      attemptOfA = (
        await call(a, 'POST', '/api/attempts', {
          question: 'Design a grocery app for seniors.',
          kind: 'product_sense',
          level: 'staff',
          answer: ANSWER,
        })
      ).json();
      loopOfA = (await call(a, 'POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
      await call(a, 'POST', `/api/loops/${loopOfA.id}/rounds/1/start`);
      await call(a, 'PUT', `/api/loops/${loopOfA.id}/rounds/1/draft`, { answer: 'A draft of A' });
      storyOfA = (await call(a, 'POST', '/api/stories', STORY_OF_A)).json();
      shareOfA = (await call(a, 'POST', '/api/shares', { attemptId: attemptOfA.id, days: 7 })).json();
      inviteOfA = (await call(a, 'POST', '/api/coach/invites', { days: 7 })).json();
      await call(a, 'POST', '/api/plan/cards/concept:caching/reviews', { rating: 'good' });
    });
    afterAll(async () => t.close());

    for (const [method, url, payload] of BY_LOOP_ID) {
      it(`${method} ${url(':id')}: A's loop answers exactly like one that does not exist`, async () => {
        await sameAsMissing(method, url, loopOfA.id, payload);
      });
    }

    for (const [method, url, payload] of BY_STORY_ID) {
      it(`${method} ${url(':id')}: A's story answers exactly like one that does not exist`, async () => {
        await sameAsMissing(method, url, storyOfA.id, payload);
      });
    }

    it("answers B about A's attempt, share, invite and candidacy exactly as about ids that do not exist", async () => {
      const scores = Object.fromEntries(attemptOfA.report.dimensions.map((d) => [d.id, 2]));
      await sameAsMissing('PUT', (id) => `/api/attempts/${id}/self-review`, attemptOfA.id, { scores });
      await sameAsMissing('GET', (id) => `/api/attempts/${id}/reviews`, attemptOfA.id);
      await sameAsMissing('DELETE', (id) => `/api/shares/${id}`, shareOfA.id);
      await sameAsMissing('DELETE', (id) => `/api/coach/invites/${id}`, inviteOfA.id);
      await sameAsMissing('GET', (id) => `/api/coach/candidates/${id}/attempts`, idOfA);
      await sameAsMissing('GET', (id) => `/api/coach/candidates/${id}/progress`, idOfA);
      await sameAsMissing('DELETE', (id) => `/api/coach/candidates/${id}`, idOfA);
      await sameAsMissing('DELETE', (id) => `/api/coach/coaches/${id}`, idOfA);
    });

    it("does not let B share, or start a round from, what is A's", async () => {
      await sameAsMissing('POST', () => '/api/shares', attemptOfA.id, { attemptId: attemptOfA.id, days: 3 });
      const ofA = await call(b, 'POST', '/api/shares', { attemptId: attemptOfA.id, days: 3 });
      const missing = await call(b, 'POST', '/api/shares', { attemptId: randomUUID(), days: 3 });
      expect(ofA.body).toBe(missing.body);
      const loopA = await call(b, 'POST', '/api/shares', { loopId: loopOfA.id, days: 3 });
      expect(loopA.body).toBe((await call(b, 'POST', '/api/shares', { loopId: randomUUID(), days: 3 })).body);
      const loopOfB = (await call(b, 'POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
      await call(b, 'POST', `/api/loops/${loopOfB.id}/rounds/1/start`);
      const fromStoryOfA = await call(b, 'PUT', `/api/loops/${loopOfB.id}/rounds/1/draft`, {
        storyId: storyOfA.id,
      });
      const fromNoStory = await call(b, 'PUT', `/api/loops/${loopOfB.id}/rounds/1/draft`, {
        storyId: randomUUID(),
      });
      expect(fromStoryOfA.statusCode).toBe(404);
      expect(fromStoryOfA.body).toBe(fromNoStory.body);
    });

    it("shows B none of A's loops, stories, shares, invites, coaches, cards or plan", async () => {
      expect(
        (await call(b, 'GET', '/api/loops')).json().loops.map((l: { id: string }) => l.id),
      ).not.toContain(loopOfA.id);
      expect((await call(b, 'GET', '/api/stories')).json()).toEqual({ stories: [] });
      const coverage = (await call(b, 'GET', '/api/stories/coverage?level=pm2')).json();
      expect(coverage.columns).toEqual([]);
      expect((await call(b, 'GET', '/api/shares')).json()).toEqual({ shares: [] });
      expect((await call(b, 'GET', '/api/coach/invites')).json()).toEqual({ invites: [] });
      expect((await call(b, 'GET', '/api/coach/coaches')).json()).toEqual({ coaches: [] });
      expect((await call(b, 'GET', '/api/coach/candidates')).json()).toEqual({ candidates: [] });
      expect((await call(b, 'GET', '/api/plan/preferences')).json().updatedAt).toBeNull();
      // B has no profile: A's level and interview date are not B's.
      expect((await call(b, 'GET', '/api/plan')).json().error.code).toBe('level_required');
      const cardsOfB = (await call(b, 'GET', '/api/plan/cards?level=pm2')).json();
      expect(cardsOfB.due).toEqual([]);
      expect(cardsOfB.interviewDate).toBeNull();
      const exported = JSON.stringify((await call(b, 'GET', '/api/export')).json());
      for (const id of [loopOfA.id, storyOfA.id, 'A story of A', 'A draft of A'])
        expect(exported).not.toContain(id);
    });

    it("leaves A's loop, story and share as they were", async () => {
      const loop = (await call(a, 'GET', `/api/loops/${loopOfA.id}`)).json();
      expect(loop.rounds[0].draft.answer).toBe('A draft of A');
      expect(loop.rounds[0].status).not.toBe('submitted');
      expect((await call(a, 'GET', `/api/stories/${storyOfA.id}`)).json().title).toBe('A story of A');
      expect((await call(a, 'GET', '/api/shares')).json().shares[0]).toMatchObject({
        id: shareOfA.id,
        state: 'active',
      });
    });

    it("lets B review A's shared attempt through the link, and nothing else of A's", async () => {
      const opened = (await call(b, 'POST', '/api/shared', { token: shareOfA.token })).json();
      expect(opened.items.map((i: { attemptId: string }) => i.attemptId)).toEqual([attemptOfA.id]);
      const scores = Object.fromEntries(attemptOfA.report.dimensions.map((d) => [d.id, 3]));
      const review = await call(b, 'PUT', '/api/shared/review', {
        token: shareOfA.token,
        scores,
        comments: [],
      });
      expect(review.statusCode).toBe(200);
      // The review reached A; B still cannot read A's attempt or its report.
      expect((await call(a, 'GET', `/api/attempts/${attemptOfA.id}/reviews`)).json().reviews).toHaveLength(1);
      expect((await call(b, 'GET', `/api/attempts/${attemptOfA.id}/reviews`)).statusCode).toBe(404);
      expect((await call(b, 'GET', `/api/attempts/${attemptOfA.id}`)).statusCode).toBe(404);
    });
  },
);
