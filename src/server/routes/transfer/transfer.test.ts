// Export and import on every test database: the same format both ways, and importing twice changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../store/test-databases.js';
import { ANSWER, call, importSummary, type Method, signUp, type TestApp, testApp } from '../../test-app.js';

describe.each(testDatabases())('export and import on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  const send = (method: Method, url: string, payload?: object) => call(t.app, cookie, method, url, payload);

  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
    const attempt = (
      await send('POST', '/api/attempts', {
        question: 'Design a grocery app for seniors.',
        kind: 'product_sense',
        level: 'apm',
        answer: 'I would build big buttons.',
      })
    ).json();
    await send('POST', `/api/attempts/${attempt.id}/revisions`, { answer: ANSWER });
    await send('PUT', `/api/attempts/${attempt.id}/draft`, { answer: 'third try' });
  });
  afterAll(async () => t.close());

  it('exports everything of the user as a downloadable JSON file', async () => {
    const res = await send('GET', '/api/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="ladder-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const body = res.json();
    expect(body).toMatchObject({ format: 'ladder-export', version: 1, user: { email: 'a@x.io' } });
    expect(body.attempts).toHaveLength(1);
    expect(body.attempts[0].revisions).toHaveLength(2);
    expect(body.attempts[0].revisions[1].change.since).toBe(1);
    expect(body.attempts[0].draft.answer).toBe('third try');
  });

  it('imports its own export as a no-op, and into a fresh account once, however often', async () => {
    const exported = (await send('GET', '/api/export')).json();
    const again = await send('POST', '/api/import', exported);
    expect(again.json()).toEqual(
      importSummary({
        attempts: { created: 0, merged: 1 },
        revisions: { added: 0 },
        drafts: { saved: 0 },
      }),
    );
    expect((await send('GET', '/api/export')).json().attempts).toEqual(exported.attempts);

    const other = await signUp(t.app, 'b@x.io');
    const into = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/import', headers: { cookie: other }, payload });
    expect((await into(exported)).json()).toEqual(
      importSummary({
        attempts: { created: 1, merged: 0 },
        revisions: { added: 2 },
        drafts: { saved: 1 },
      }),
    );
    const once = (await t.app.inject({ url: '/api/export', headers: { cookie: other } })).json();
    expect((await into(exported)).json()).toEqual(
      importSummary({
        attempts: { created: 0, merged: 1 },
        revisions: { added: 0 },
        drafts: { saved: 0 },
      }),
    );
    const twice = (await t.app.inject({ url: '/api/export', headers: { cookie: other } })).json();
    expect(twice.attempts).toEqual(once.attempts);
    const [copy] = once.attempts;
    const [original] = exported.attempts;
    expect(copy.revisions.map((r: { answer: string }) => r.answer)).toEqual(
      original.revisions.map((r: { answer: string }) => r.answer),
    );
    expect(copy.revisions.map((r: { report: { overall: number } }) => r.report.overall)).toEqual(
      original.revisions.map((r: { report: { overall: number } }) => r.report.overall),
    );
    expect(copy.createdAt).toBe(original.createdAt);
    expect(copy.draft).toEqual(original.draft);
  });

  it('carries the profile both ways, newest wins, and reads exports made before profiles', async () => {
    const before = (await send('GET', '/api/export')).json();
    expect(before.profile).toBeNull();
    const { profile: _none, ...legacy } = before;
    expect((await send('POST', '/api/import', legacy)).json().profile).toEqual({ saved: false });

    const saved = (
      await send('PUT', '/api/me/profile', {
        targetLevel: 'senior',
        interviewDate: '2027-02-01',
        company: 'Acme',
        loop: { rounds: 5, technicalRound: 'no', takeHome: 'yes' },
      })
    ).json().profile;
    const exported = (await send('GET', '/api/export')).json();
    expect(exported.profile).toEqual(saved);
    // Its own export changes nothing.
    expect((await send('POST', '/api/import', exported)).json().profile).toEqual({ saved: false });

    const other = await signUp(t.app, 'profile@x.io');
    const into = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/import', headers: { cookie: other }, payload });
    expect((await into(exported)).json().profile).toEqual({ saved: true });
    expect((await into(exported)).json().profile).toEqual({ saved: false });
    const copied = await t.app.inject({ url: '/api/me/profile', headers: { cookie: other } });
    expect(copied.json().profile).toEqual(saved);

    // A newer profile of the user's own is not overwritten by an older export.
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { cookie: other },
      payload: { ...exported.profile, createdAt: undefined, updatedAt: undefined, targetLevel: 'staff' },
    });
    expect((await into(exported)).json().profile).toEqual({ saved: false });
    const kept = await t.app.inject({ url: '/api/me/profile', headers: { cookie: other } });
    expect(kept.json().profile.targetLevel).toBe('staff');
  });

  it('carries stories, loops, the plan and self-reviews, pointing rounds at the imported attempts, however often', async () => {
    const owner = await signUp(t.app, 'prep@x.io');
    const as = (cookie: string) => (method: Method, url: string, payload?: object) =>
      call(t.app, cookie, method, url, payload);
    const mine = as(owner);
    const story = (
      await mine('POST', '/api/stories', {
        title: 'Checkout',
        situation: 'Our checkout lost buyers.',
        task: 'I had to win them back.',
        action: 'I pulled the funnel data and ran an experiment with the lead engineer.',
        result: 'Conversion rose from 61% to 70%.',
        competencies: ['data-driven-decision'],
        level: 'pm2',
      })
    ).json();
    const loop = (await mine('POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
    await mine('POST', `/api/loops/${loop.id}/rounds/1/start`);
    const round = (
      await mine('POST', `/api/loops/${loop.id}/rounds/1/answer`, { answer: ANSWER, storyId: story.id })
    ).json();
    await mine('POST', `/api/loops/${loop.id}/rounds/2/start`);
    await mine('PUT', `/api/loops/${loop.id}/rounds/2/draft`, { answer: 'Halfway through' });
    await mine('PUT', '/api/plan/preferences', { sessionsPerDay: 3, restDays: [0] });
    await mine('POST', '/api/plan/cards/concept:caching/reviews', { rating: 'good' });
    const scores = Object.fromEntries(round.report.dimensions.map((d: { id: string }) => [d.id, 3]));
    await mine('PUT', `/api/attempts/${round.attemptId}/self-review`, { scores, note: 'Fair' });

    const exported = (await mine('GET', '/api/export')).json();
    expect(exported.stories).toHaveLength(1);
    expect(exported.loops[0].rounds[0]).toMatchObject({ attemptId: round.attemptId, storyId: story.id });
    expect(exported.plan.preferences).toMatchObject({ sessionsPerDay: 3, restDays: [0] });
    expect(exported.plan.cards[0]).toMatchObject({
      cardId: 'concept:caching',
      reviews: [{ rating: 'good' }],
    });
    expect(exported.selfReviews).toHaveLength(1);

    const other = as(await signUp(t.app, 'prep-copy@x.io'));
    const first = (await other('POST', '/api/import', exported)).json();
    expect(first).toMatchObject({
      stories: { created: 1, merged: 0 },
      loops: { created: 1, merged: 0 },
      plan: { preferencesSaved: true, cardsSaved: 1 },
      selfReviews: { saved: 1 },
    });
    const again = (await other('POST', '/api/import', exported)).json();
    expect(again).toMatchObject({
      stories: { created: 0, merged: 1 },
      loops: { created: 0, merged: 1 },
      plan: { preferencesSaved: false, cardsSaved: 0 },
      selfReviews: { saved: 0 },
    });

    const copy = (await other('GET', '/api/export')).json();
    const [copiedLoop] = copy.loops;
    const [copiedAttempt] = copy.attempts;
    expect(copiedLoop.id).not.toBe(loop.id);
    expect(copiedLoop.rounds[0].attemptId).toBe(copiedAttempt.id);
    expect(copiedLoop.rounds[0].storyId).toBe(copy.stories[0].id);
    expect(copiedLoop.rounds[1].draft.answer).toBe('Halfway through');
    expect(copy.selfReviews[0]).toMatchObject({ attemptId: copiedAttempt.id, note: 'Fair' });
    const copiedStory = (await other('GET', `/api/stories/${copy.stories[0].id}`)).json();
    expect(copiedStory.grade).toEqual((await mine('GET', `/api/stories/${story.id}`)).json().grade);
    const packetOfCopy = await other('GET', `/api/loops/${copiedLoop.id}`);
    expect(packetOfCopy.json().rounds[0].result.overall).toBe(round.report.overall);

    // An export made before these parts existed still imports.
    const { stories: _s, loops: _l, plan: _p, selfReviews: _r, ...older } = exported;
    const third = as(await signUp(t.app, 'older@x.io'));
    const res = await third('POST', '/api/import', older);
    expect(res.statusCode).toBe(200);
    expect(res.json().loops).toEqual({ created: 0, merged: 0 });
  });

  it('refuses a file that is not an export', async () => {
    const wrong = await send('POST', '/api/import', { format: 'something-else', version: 1, attempts: [] });
    expect(wrong.statusCode).toBe(400);
    const extra = await send('POST', '/api/import', {
      format: 'ladder-export',
      version: 1,
      attempts: [],
      extra: 1,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('unknown_field');
  });
});
