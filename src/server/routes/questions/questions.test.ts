// The question bank, levels and kinds over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterQuestions, loadBank } from '../../../content/bank.js';
import { testDatabases } from '../../../store/test-databases.js';
import { type TestApp, testApp } from '../../test-app.js';

const [sqlite] = testDatabases();
if (!sqlite) throw new Error('no test database');
const bank = loadBank();

describe('content routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(sqlite);
  });
  afterAll(async () => t.close());

  it('lists questions filtered like ladder questions, in pages of summaries', async () => {
    const res = await t.app.inject({ url: '/api/questions?kind=behavioral&level=staff&limit=5' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const expected = filterQuestions(bank.questions, { kind: 'behavioral', level: 'staff' });
    expect(body.total).toBe(expected.length);
    expect(body.questions.map((q: { id: string }) => q.id)).toEqual(expected.slice(0, 5).map((q) => q.id));
    expect(body.questions[0]).not.toHaveProperty('guidance');
    const next = (
      await t.app.inject({ url: '/api/questions?kind=behavioral&level=staff&limit=5&offset=5' })
    ).json();
    expect(next.questions.map((q: { id: string }) => q.id)).toEqual(expected.slice(5, 10).map((q) => q.id));
    const searched = (await t.app.inject({ url: '/api/questions?q=retention&tag=consumer' })).json();
    expect(searched.total).toBe(
      filterQuestions(bank.questions, { search: 'retention', tag: 'consumer' }).length,
    );
  });

  it('gives one question whole, exactly as the bank holds it', async () => {
    const question = bank.questions.find((q) => q.kind === 'take_home') ?? bank.questions[0];
    const res = await t.app.inject({ url: `/api/questions/${question?.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(question)));
    const missing = await t.app.inject({ url: '/api/questions/no-such-question' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('question_not_found');
  });

  it('refuses unknown filters and values', async () => {
    for (const url of [
      '/api/questions?kind=poetry',
      '/api/questions?colour=red',
      '/api/questions?limit=9999',
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(400);
    }
  });

  it('lists the levels with their bars and guide, and the kinds with their rubric', async () => {
    const levels = (await t.app.inject({ url: '/api/levels' })).json().levels;
    expect(levels.map((l: { id: string }) => l.id)).toEqual(['apm', 'pm2', 'senior', 'staff']);
    expect(levels[2].bars.problem_definition).toBe(4);
    expect(levels[0].guide).toEqual(JSON.parse(JSON.stringify(bank.levels[0])));
    const kinds = (await t.app.inject({ url: '/api/kinds' })).json().kinds;
    const takeHome = kinds.find((k: { id: string }) => k.id === 'take_home');
    expect(takeHome.dimensions).toEqual([
      { id: 'problem_definition', label: 'Problem definition', weight: 30 },
      { id: 'user_insight', label: 'User insight', weight: 25 },
      { id: 'solution_logic', label: 'Logical integrity of solution', weight: 30 },
      { id: 'tradeoffs', label: 'Trade-offs and risks', weight: 15 },
    ]);
  });
});
