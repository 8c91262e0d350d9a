// Mock loops over HTTP on every test database: composed from the profile or the request, run round
// after round against the server's clock, resumed, flagged overtime, and closed with the packet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../../../test/sample-answers.js';
import { contentGrader } from '../../../content/grader.js';
import { createStory } from '../../../store/stories.repository.js';
import { testDatabases } from '../../../store/test-databases.js';
import { call, type Method, signUp, type TestApp, testApp } from '../../test-app.js';

describe.each(testDatabases())('mock loops on $name', (database) => {
  let t: TestApp;
  let cookie: string;
  const send = (method: Method, url: string, payload?: object) => call(t.app, cookie, method, url, payload);

  beforeAll(async () => {
    t = await testApp(database);
    cookie = await signUp(t.app, 'a@x.io');
  });
  afterAll(async () => t.close());

  it('needs a level, from the request or the profile', async () => {
    const res = await send('POST', '/api/loops', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('level_required');
    await send('PUT', '/api/me/profile', {
      targetLevel: 'senior',
      interviewDate: null,
      company: null,
      loop: { rounds: 5, technicalRound: 'no', takeHome: 'unknown' },
    });
    const composition = (await send('GET', '/api/loops/composition')).json();
    expect(composition.level).toBe('senior');
    expect(composition.details).toEqual({ rounds: 5, technicalRound: 'no', takeHome: 'unknown' });
    expect(composition.rounds.map((r: { kind: string }) => r.kind)).not.toContain('technical');
    expect(composition.rounds[0].signals[0]).toEqual({ id: expect.any(String), label: expect.any(String) });
    const apm = (
      await send('GET', '/api/loops/composition?level=apm&rounds=3&technicalRound=unknown')
    ).json();
    expect(apm.rounds.map((r: { kind: string }) => r.kind)).toEqual([
      'product_sense',
      'product_sense',
      'behavioral',
    ]);
    expect(apm.notes.join(' ')).toMatch(/technical round/);
  });

  it('runs a loop round after round, resumably, and ends with the packet', async () => {
    const created = await send('POST', '/api/loops', {
      level: 'pm2',
      rounds: 4,
      technicalRound: 'yes',
      takeHome: 'no',
    });
    expect(created.statusCode).toBe(201);
    const loop = created.json();
    expect(loop).toMatchObject({ level: 'pm2', status: 'not_started', finishedAt: null });
    expect(loop.rounds).toHaveLength(4);
    expect(loop.rounds.every((r: { question: unknown }) => r.question === null)).toBe(true);
    expect(loop.current).toMatchObject({ position: 1, status: 'waiting', elapsedSec: 0 });
    const base = `/api/loops/${loop.id}/rounds`;

    expect((await send('POST', `${base}/1/answer`, { answer: STRONG_ANSWER })).json().error.code).toBe(
      'round_not_started',
    );
    expect((await send('POST', `${base}/2/start`)).json().error.code).toBe('round_not_current');
    expect((await send('POST', `${base}/8/start`)).json().error.code).toBe('round_not_found');
    expect((await send('POST', `${base}/9/start`)).statusCode).toBe(400);

    const started = (await send('POST', `${base}/1/start`)).json();
    expect(started.status).toBe('in_progress');
    expect(started.rounds[0].question).toEqual(expect.any(String));
    expect(started.current).toMatchObject({ position: 1, status: 'running' });
    expect(started.current.remainingSec).toBeLessThanOrEqual(started.rounds[0].limitSec);

    // A break: the round resumes where it was, its clock not reset.
    await send('PUT', `${base}/1/draft`, { answer: 'First thoughts' });
    const resumed = (await send('POST', `${base}/1/start`)).json();
    expect(resumed.rounds[0].startedAt).toBe(started.rounds[0].startedAt);
    expect(resumed.rounds[0].draft.answer).toBe('First thoughts');
    const read = (await send('GET', `/api/loops/${loop.id}`)).json();
    expect(read.current.position).toBe(1);

    const answered = await send('POST', `${base}/1/answer`, { answer: STRONG_ANSWER });
    expect(answered.statusCode).toBe(201);
    const body = answered.json();
    expect(body.overtime).toBe(false);
    expect(body.report.overall).toEqual(expect.any(Number));
    expect(body.loop.current.position).toBe(2);
    expect(body.loop.rounds[0]).toMatchObject({
      status: 'submitted',
      attemptId: body.attemptId,
      draft: null,
    });
    expect(body.loop.rounds[0].result.overall).toBe(body.report.overall);
    // The answer is an attempt like any other.
    const attempt = (await send('GET', `/api/attempts/${body.attemptId}`)).json();
    expect(attempt.revisions[0].answer).toBe(STRONG_ANSWER);
    expect((await send('POST', `${base}/1/answer`, { answer: STRONG_ANSWER })).json().error.code).toBe(
      'round_answered',
    );

    expect((await send('GET', `/api/loops/${loop.id}/packet`)).json().error).toMatchObject({
      code: 'loop_not_finished',
      message: expect.stringContaining('1 of 4'),
    });

    // Round 2 answered after its limit: taken, and flagged overtime.
    await send('POST', `${base}/2/start`);
    const limit = loop.rounds[1].limitSec as number;
    await t.store.db
      .updateTable('loop_rounds')
      .set({ started_at: new Date(Date.now() - (limit + 90) * 1000).toISOString() })
      .where('loop_id', '=', loop.id)
      .where('position', '=', 2)
      .execute();
    const late = (await send('GET', `/api/loops/${loop.id}`)).json();
    expect(late.current).toMatchObject({ position: 2, status: 'overtime', remainingSec: 0 });
    expect(late.current.overtimeSec).toBeGreaterThanOrEqual(90);
    const overtime = (await send('POST', `${base}/2/answer`, { answer: STRONG_ANSWER })).json();
    expect(overtime.overtime).toBe(true);
    expect(overtime.durationSec).toBeGreaterThanOrEqual(limit + 90);

    for (const position of [3, 4]) {
      await send('POST', `${base}/${position}/start`);
      expect((await send('POST', `${base}/${position}/answer`, { answer: STRONG_ANSWER })).statusCode).toBe(
        201,
      );
    }
    const finished = (await send('GET', `/api/loops/${loop.id}`)).json();
    expect(finished).toMatchObject({ status: 'finished', current: null });

    const packet = (await send('GET', `/api/loops/${loop.id}/packet`)).json();
    expect(packet.loopId).toBe(loop.id);
    expect(packet.rounds).toHaveLength(4);
    expect(packet.rounds[1].overtime).toBe(true);
    expect(['low', 'medium', 'high']).toContain(packet.downLevel.risk);
    expect(packet.rounds[0].signals.length).toBeGreaterThanOrEqual(2);

    const md = await send('GET', `/api/loops/${loop.id}/packet.md`);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toMatch(
      /^attachment; filename="ladder-packet-\d{4}-\d{2}-\d{2}\.md"$/,
    );
    expect(md.body).toMatch(/^# Hiring-committee packet: PM II \(mid-level\) mock loop/);
    expect(md.body).toContain('Candidate: a@x.io');
    const pdf = await send('GET', `/api/loops/${loop.id}/packet.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const list = (await send('GET', '/api/loops')).json();
    expect(list.loops.find((l: { id: string }) => l.id === loop.id)).toMatchObject({
      status: 'finished',
      rounds: 4,
      answered: 4,
      currentPosition: null,
    });
  });

  it('starts a round from a story, and draws questions not met in earlier loops', async () => {
    const user = (await send('GET', '/api/me')).json().user;
    const report = contentGrader().grade({
      answer: STRONG_ANSWER,
      kind: 'behavioral',
      level: 'pm2',
      question: null,
    });
    const story = await createStory(
      t.store.db,
      user.id,
      {
        title: 'Checkout',
        situation: 'Our checkout lost buyers.',
        task: 'I had to win them back.',
        action: 'I pulled the funnel data.',
        result: 'Conversion rose 9 points.',
        learned: null,
        competencies: ['data-driven-decision'],
        level: 'pm2',
        report,
      },
      new Date().toISOString(),
    );
    const first = (await send('POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
    const second = (await send('POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
    const questions = async (id: string) => {
      const ids: string[] = [];
      for (const position of [1, 2, 3]) {
        const loop = (await send('POST', `/api/loops/${id}/rounds/${position}/start`)).json();
        ids.push(loop.rounds[position - 1].questionId);
        await send('POST', `/api/loops/${id}/rounds/${position}/answer`, { answer: STRONG_ANSWER });
      }
      return ids;
    };
    const firstIds = await questions(first.id);
    const secondIds = await questions(second.id);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);

    const third = (await send('POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
    const behavioral = third.rounds.findIndex((r: { kind: string }) => r.kind === 'behavioral') + 1;
    for (let p = 1; p < behavioral; p++) {
      await send('POST', `/api/loops/${third.id}/rounds/${p}/start`);
      await send('POST', `/api/loops/${third.id}/rounds/${p}/answer`, { answer: STRONG_ANSWER });
    }
    await send('POST', `/api/loops/${third.id}/rounds/${behavioral}/start`);
    const draft = (
      await send('PUT', `/api/loops/${third.id}/rounds/${behavioral}/draft`, { storyId: story.id })
    ).json();
    expect(draft.storyId).toBe(story.id);
    expect(draft.answer).toContain('I pulled the funnel data.');
    expect(
      (await send('PUT', `/api/loops/${third.id}/rounds/${behavioral}/draft`, {})).json().error.code,
    ).toBe('draft_empty');
    const answered = (
      await send('POST', `/api/loops/${third.id}/rounds/${behavioral}/answer`, { answer: draft.answer })
    ).json();
    expect(answered.loop.rounds[behavioral - 1].storyId).toBe(story.id);
  });

  it('deletes a loop and keeps its answers as attempts', async () => {
    const before = (await send('GET', '/api/attempts')).json().total;
    const loop = (await send('POST', '/api/loops', { level: 'apm', rounds: 3 })).json();
    await send('POST', `/api/loops/${loop.id}/rounds/1/start`);
    await send('POST', `/api/loops/${loop.id}/rounds/1/answer`, { answer: STRONG_ANSWER });
    expect((await send('DELETE', `/api/loops/${loop.id}`)).statusCode).toBe(204);
    expect((await send('GET', `/api/loops/${loop.id}`)).json().error.code).toBe('loop_not_found');
    expect((await send('GET', '/api/attempts')).json().total).toBe(before + 1);
  });
});
