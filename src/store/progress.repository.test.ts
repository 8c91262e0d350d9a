// Scored revisions for progress on every test database: in time order, the latest of each attempt
// marked, the most recent kept when there are more than asked for, and only the user's own.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_QUESTION, STRONG_ANSWER, WEAK_ANSWER } from '../../test/sample-answers.js';
import { contentGrader } from '../content/grader.js';
import type { Report } from '../engine/index.js';
import { addRevision, createAttempt } from './attempts.repository.js';
import { scoredRevisions } from './progress.repository.js';
import { createUsers, type TestStore, testDatabases } from './test-databases.js';

let weak: Report;
let strong: Report;
beforeAll(() => {
  const grader = contentGrader();
  weak = grader.grade({
    answer: WEAK_ANSWER,
    kind: 'product_sense',
    level: 'pm2',
    question: SAMPLE_QUESTION,
  });
  strong = grader.grade({
    answer: STRONG_ANSWER,
    kind: 'product_sense',
    level: 'pm2',
    question: SAMPLE_QUESTION,
  });
});

const T = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each(testDatabases())('scored revisions on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['a', 'b'], T(0));
  });
  afterEach(async () => store.close());

  const start = (userId: string, minute: number) =>
    createAttempt(store.db, {
      userId,
      questionId: null,
      question: SAMPLE_QUESTION,
      kind: 'product_sense',
      level: 'pm2',
      revision: { answer: WEAK_ANSWER, durationSec: null, report: weak },
      now: T(minute),
    });

  it('lists every revision oldest first, marking the latest of each attempt', async () => {
    const first = await start('a', 1);
    const second = await start('a', 2);
    await addRevision(
      store.db,
      'a',
      first.id,
      { answer: STRONG_ANSWER, durationSec: null, report: strong },
      T(3),
    );
    await start('b', 4);
    const { revisions, total } = await scoredRevisions(store.db, 'a', 100);
    expect(total).toBe(3);
    expect(revisions.map((r) => [r.attemptId, r.revision, r.at, r.latest])).toEqual([
      [first.id, 1, T(1), false],
      [second.id, 1, T(2), true],
      [first.id, 2, T(3), true],
    ]);
    expect(revisions[2]).toMatchObject({
      kind: 'product_sense',
      level: 'pm2',
      overall: strong.overall,
      demonstrated: strong.level_fit.demonstrated,
      verdict: strong.level_fit.verdict,
    });
    expect(revisions[2]?.report).toEqual(strong);
    expect(await scoredRevisions(store.db, 'nobody', 100)).toEqual({ revisions: [], total: 0 });
  });

  it('keeps the most recent when there are more than asked for', async () => {
    for (let minute = 1; minute <= 5; minute++) await start('a', minute);
    const { revisions, total } = await scoredRevisions(store.db, 'a', 2);
    expect(total).toBe(5);
    expect(revisions.map((r) => r.at)).toEqual([T(4), T(5)]);
  });
});
