// Two users on every test database: B can neither read, change nor delete A's data, and every answer B
// gets about A's attempt is byte for byte the answer about an id that does not exist.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxOf, TAKE_HOME_QUESTION } from '../documents/test-documents.js';
import { testDatabases } from '../store/test-databases.js';
import { ANSWER, signUp, type TestApp, testApp } from './test-app.js';
import { multipartForm } from './test-multipart.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

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
  const call = (app: FastifyInstance, cookie: string, method: Method, url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

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
    expect(res.json()).toEqual({
      attempts: { created: 1, merged: 0 },
      revisions: { added: 1 },
      drafts: { saved: 1 },
      profile: { saved: false },
    });
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
