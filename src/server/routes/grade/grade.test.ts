// POST /api/grade: the engine's report over HTTP, bank questions, and the rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentGrader } from '../../../content/grader.js';
import { testDatabases } from '../../../store/test-databases.js';
import { ANSWER, type TestApp, testApp } from '../../test-app.js';

const [sqlite] = testDatabases();
if (!sqlite) throw new Error('no test database');

describe('POST /api/grade', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(sqlite, { gradeRateLimit: 3 });
  });
  afterAll(async () => t.close());

  const grade = (payload: object, remoteAddress = '10.1.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/grade', payload, remoteAddress });

  it('returns the report the engine gives in process, every field of it', async () => {
    const input = {
      kind: 'product_sense',
      level: 'senior',
      question: 'Design a grocery app for seniors.',
      answer: ANSWER,
    };
    const res = await grade(input);
    expect(res.statusCode).toBe(200);
    const expected = contentGrader().grade(input);
    const body = res.json();
    expect({ ...body, stats: { ...body.stats, ms: 0 } }).toEqual(
      JSON.parse(JSON.stringify({ ...expected, stats: { ...expected.stats, ms: 0 } })),
    );
    for (const d of body.dimensions) {
      for (const e of d.evidence) expect(ANSWER.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('grades against a bank question: its prompt, kind, coverage points and follow-ups', async () => {
    const bank = (await t.app.inject({ url: '/api/questions?kind=metrics&level=pm2&limit=1' })).json()
      .questions[0];
    const question = (await t.app.inject({ url: `/api/questions/${bank.id}` })).json();
    const res = await grade({ questionId: bank.id, level: 'pm2', answer: ANSWER }, '10.1.0.2');
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.kind).toBe('metrics');
    expect(report.question).toBe(question.prompt);
    expect(report.coverage.map((c: { point: string }) => c.point)).toEqual(
      question.guidance.pm2.covers.map((c: { point: string }) => c.point),
    );
    expect(report.follow_ups.slice(0, 2)).toEqual(question.guidance.pm2.follow_ups.slice(0, 2));
  });

  it('says what is wrong with the question reference', async () => {
    const cases: Array<[object, string]> = [
      [{ questionId: 'nope', level: 'pm2', answer: ANSWER }, 'unknown_question'],
      [{ level: 'pm2', answer: ANSWER }, 'kind_required'],
      [{ level: 'pm2', kind: 'behavioral', questionId: 'x', answer: ANSWER }, 'unknown_question'],
      [{ level: 'pm2', kind: 'product_sense', answer: '   \n ' }, 'answer_empty'],
    ];
    for (const [i, [payload, code]] of cases.entries()) {
      const res = await grade(payload, `10.1.1.${i}`);
      expect(res.statusCode, code).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    const bank = (await t.app.inject({ url: '/api/questions?kind=metrics&limit=1' })).json().questions[0];
    const mismatch = await grade(
      { questionId: bank.id, kind: 'behavioral', level: 'pm2', answer: ANSWER },
      '10.1.0.4',
    );
    expect(mismatch.json().error.code).toBe('kind_mismatch');
  });

  it('rate-limits each address', async () => {
    const payload = { kind: 'technical', level: 'apm', answer: 'An API is a contract between two programs.' };
    for (let i = 0; i < 3; i++) expect((await grade(payload, '10.2.0.1')).statusCode).toBe(200);
    const limited = await grade(payload, '10.2.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await grade(payload, '10.2.0.2')).statusCode).toBe(200);
  });
});
