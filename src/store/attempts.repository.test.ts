// Attempts, revisions, drafts, export and import on every test database, across two users.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_QUESTION, STRONG_ANSWER, WEAK_ANSWER } from '../../test/sample-answers.js';
import { contentGrader } from '../content/grader.js';
import type { KindId, Report } from '../engine/index.js';
import {
  addRevision,
  allAttempts,
  createAttempt,
  deleteAttempt,
  getAttempt,
  importAttempt,
  importedRevisionNumbers,
  listAttempts,
  saveDraft,
} from './attempts.repository.js';
import { createUsers, type TestStore, testDatabases } from './test-databases.js';

const QUESTION = SAMPLE_QUESTION;
const WEAK = WEAK_ANSWER;
const STRONG = STRONG_ANSWER;

let weak: Report;
let strong: Report;
beforeAll(() => {
  const grader = contentGrader();
  weak = grader.grade({ answer: WEAK, kind: 'product_sense', level: 'apm', question: QUESTION });
  strong = grader.grade({ answer: STRONG, kind: 'product_sense', level: 'apm', question: QUESTION });
});

const T = (minute: number) => `2025-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each(testDatabases())('attempts on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['a', 'b'], T(0));
  });
  afterEach(async () => store.close());

  const newAttempt = (userId: string, minute = 1, kind: KindId = 'product_sense') =>
    createAttempt(store.db, {
      userId,
      questionId: null,
      question: QUESTION,
      kind,
      level: 'apm',
      revision: { answer: WEAK, durationSec: 300, report: weak },
      now: T(minute),
    });

  it('creates an attempt with its first revision and reads it back whole', async () => {
    const attempt = await newAttempt('a');
    expect(attempt).toMatchObject({
      questionId: null,
      question: QUESTION,
      kind: 'product_sense',
      level: 'apm',
      revisionCount: 1,
      latest: { number: 1, overall: weak.overall, demonstrated: weak.level_fit.demonstrated },
      draft: null,
    });
    expect(attempt.revisions).toEqual([
      { number: 1, answer: WEAK, durationSec: 300, createdAt: T(1), report: weak, change: null },
    ]);
    expect(await getAttempt(store.db, 'a', attempt.id)).toEqual(attempt);
  });

  it('numbers revisions and reports the change in scores, and submitting clears the draft', async () => {
    const attempt = await newAttempt('a');
    expect(await saveDraft(store.db, 'a', attempt.id, 'half-written', T(2))).toEqual({
      answer: 'half-written',
      updatedAt: T(2),
    });
    expect(await saveDraft(store.db, 'a', attempt.id, 'more written', T(3))).toEqual({
      answer: 'more written',
      updatedAt: T(3),
    });
    expect((await getAttempt(store.db, 'a', attempt.id))?.draft).toEqual({
      answer: 'more written',
      updatedAt: T(3),
    });
    const revision = await addRevision(
      store.db,
      'a',
      attempt.id,
      { answer: STRONG, durationSec: null, report: strong },
      T(4),
    );
    expect(revision?.number).toBe(2);
    expect(revision?.change?.since).toBe(1);
    expect(revision?.change?.overall).toBe(Math.round((strong.overall - weak.overall) * 100) / 100);
    expect(revision?.change?.overall).toBeGreaterThan(0);
    const pd = revision?.change?.dimensions.find((d) => d.id === 'problem_definition');
    expect(pd?.delta).toBe((pd?.to ?? 0) - (pd?.from ?? 0));
    const read = await getAttempt(store.db, 'a', attempt.id);
    expect(read?.draft).toBeNull();
    expect(read?.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(read?.revisions[1]?.change).toEqual(revision?.change);
    expect(read?.updatedAt).toBe(T(4));
  });

  it('numbers concurrent revisions without a clash', async () => {
    const attempt = await newAttempt('a');
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        addRevision(store.db, 'a', attempt.id, { answer: WEAK, durationSec: i, report: weak }, T(5)),
      ),
    );
    expect(made.map((r) => r?.number).sort()).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('lists newest first with filters, pages and the total', async () => {
    for (let i = 1; i <= 5; i++) await newAttempt('a', i, i % 2 ? 'product_sense' : 'metrics');
    await newAttempt('b', 9);
    const page = await listAttempts(store.db, 'a', { limit: 2, offset: 0 });
    expect(page.total).toBe(5);
    expect(page.attempts.map((a) => a.createdAt)).toEqual([T(5), T(4)]);
    expect(page.attempts[0]).toMatchObject({ revisionCount: 1, latest: { number: 1 } });
    const next = await listAttempts(store.db, 'a', { limit: 2, offset: 4 });
    expect(next.attempts.map((a) => a.createdAt)).toEqual([T(1)]);
    const metrics = await listAttempts(store.db, 'a', { kind: 'metrics', limit: 10, offset: 0 });
    expect(metrics.total).toBe(2);
    expect(metrics.attempts.every((a) => a.kind === 'metrics')).toBe(true);
  });

  it("sorts by the latest revision's score and filters by its verdict", async () => {
    const first = await newAttempt('a', 1);
    const second = await newAttempt('a', 2);
    const third = await newAttempt('a', 3);
    // The second attempt's latest revision is the strong answer: it sorts by that, not its first.
    // The verdict is stored as the report gives it; this one is made to differ from the weak answer's.
    const meets: Report = { ...strong, level_fit: { ...strong.level_fit, verdict: 'meets' } };
    await addRevision(store.db, 'a', second.id, { answer: STRONG, durationSec: null, report: meets }, T(4));
    await newAttempt('b', 5);
    const order = async (sort: 'newest' | 'oldest' | 'score_desc' | 'score_asc') =>
      (await listAttempts(store.db, 'a', { sort, limit: 10, offset: 0 })).attempts.map((x) => x.id);
    expect(await order('newest')).toEqual([third.id, second.id, first.id]);
    expect(await order('oldest')).toEqual([first.id, second.id, third.id]);
    // Equal scores go newest first.
    expect(await order('score_desc')).toEqual([second.id, third.id, first.id]);
    expect(await order('score_asc')).toEqual([third.id, first.id, second.id]);
    expect(weak.level_fit.verdict).toBe('below');
    const byVerdict = await listAttempts(store.db, 'a', {
      verdict: 'meets',
      limit: 10,
      offset: 0,
    });
    expect(byVerdict).toMatchObject({ total: 1, attempts: [{ id: second.id, revisionCount: 2 }] });
    const weakOnes = await listAttempts(store.db, 'a', {
      verdict: 'below',
      sort: 'oldest',
      limit: 1,
      offset: 1,
    });
    expect(weakOnes.total).toBe(2);
    expect(weakOnes.attempts.map((x) => x.id)).toEqual([third.id]);
  });

  it('keeps each user to their own attempts', async () => {
    const mine = await newAttempt('a');
    expect(await getAttempt(store.db, 'b', mine.id)).toBeUndefined();
    expect(
      await addRevision(store.db, 'b', mine.id, { answer: WEAK, durationSec: null, report: weak }, T(2)),
    ).toBeUndefined();
    expect(await saveDraft(store.db, 'b', mine.id, 'x', T(2))).toBeUndefined();
    expect(await deleteAttempt(store.db, 'b', mine.id)).toBe(false);
    expect((await listAttempts(store.db, 'b', { limit: 10, offset: 0 })).total).toBe(0);
    expect(await allAttempts(store.db, 'b')).toEqual([]);
    // Untouched by all of that.
    expect(await getAttempt(store.db, 'a', mine.id)).toEqual(mine);
  });

  it('deletes an attempt with its revisions and draft', async () => {
    const attempt = await newAttempt('a');
    await saveDraft(store.db, 'a', attempt.id, 'x', T(2));
    expect(await deleteAttempt(store.db, 'a', attempt.id)).toBe(true);
    expect(await getAttempt(store.db, 'a', attempt.id)).toBeUndefined();
    expect(await deleteAttempt(store.db, 'a', attempt.id)).toBe(false);
    const left = await store.db.selectFrom('attempt_revisions').selectAll().execute();
    expect(left).toEqual([]);
    expect(await store.db.selectFrom('drafts').selectAll().execute()).toEqual([]);
  });

  it('imports an export idempotently, into another user too', async () => {
    const attempt = await newAttempt('a');
    await addRevision(store.db, 'a', attempt.id, { answer: STRONG, durationSec: 60, report: strong }, T(3));
    await saveDraft(store.db, 'a', attempt.id, 'draft', T(4));
    const [exported] = await allAttempts(store.db, 'a');
    if (!exported) throw new Error('nothing exported');
    const item = {
      sourceId: exported.id,
      questionId: exported.questionId,
      question: exported.question,
      kind: exported.kind,
      level: exported.level,
      createdAt: exported.createdAt,
      revisions: exported.revisions.map((r) => ({ ...r })),
      draft: exported.draft,
    };

    // Into the same user: it is already there.
    expect(await importedRevisionNumbers(store.db, 'a', [exported.id])).toEqual(
      new Map([[exported.id, new Set([1, 2])]]),
    );
    expect(await importAttempt(store.db, 'a', item)).toEqual({
      attemptId: exported.id,
      created: false,
      revisionsAdded: 0,
      draftSaved: false,
    });

    // Into user b: a new attempt with a new id, then nothing more on the second import.
    expect(await importedRevisionNumbers(store.db, 'b', [exported.id])).toEqual(new Map());
    const first = await importAttempt(store.db, 'b', item);
    expect(first).toMatchObject({ created: true, revisionsAdded: 2, draftSaved: true });
    expect(first.attemptId).not.toBe(exported.id);
    expect(await importAttempt(store.db, 'b', item)).toEqual({
      attemptId: first.attemptId,
      created: false,
      revisionsAdded: 0,
      draftSaved: false,
    });
    expect(await importedRevisionNumbers(store.db, 'b', [exported.id])).toEqual(
      new Map([[exported.id, new Set([1, 2])]]),
    );
    const copy = await getAttempt(store.db, 'b', first.attemptId);
    expect(copy?.revisions).toEqual(exported.revisions);
    expect(copy?.draft).toEqual(exported.draft);
    expect((await listAttempts(store.db, 'b', { limit: 10, offset: 0 })).total).toBe(1);
    // A's attempt is untouched.
    expect(await getAttempt(store.db, 'a', exported.id)).toEqual(exported);
  });
});
