// Loops, their rounds, what the user has seen and which stories they told, on every test database.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../test/sample-answers.js';
import type { Report } from '../engine/index.js';
import { createAttempt, deleteAttempt } from './attempts.repository.js';
import {
  allLoops,
  createLoop,
  deleteLoop,
  getLoop,
  importLoop,
  listLoops,
  type NewLoop,
  roundAnswers,
  saveRoundDraft,
  seenQuestions,
  startRound,
  storyUses,
  submitRound,
} from './loops.repository.js';
import { createStory } from './stories.repository.js';
import { createUsers, strongReport, type TestStore, testDatabases } from './test-databases.js';

const T = (minute: number) => `2026-11-28T10:${String(minute).padStart(2, '0')}:00.000Z`;

let report: Report;
beforeAll(() => {
  report = strongReport('behavioral', 'pm2');
});

const newLoop = (userId: string): NewLoop => ({
  userId,
  level: 'pm2',
  roundsRequested: null,
  technicalRound: 'unknown',
  takeHome: 'no',
  notes: ['A note.'],
  rounds: [
    {
      position: 1,
      kind: 'behavioral',
      name: 'Behavioral',
      owns: ['i_action', 'reflection'],
      questionId: 'be-two-teams-one-slot',
      question: 'Two teams?',
      limitSec: 900,
    },
    {
      position: 2,
      kind: 'technical',
      name: 'Technical',
      owns: ['tech_mechanism', 'tech_tradeoff'],
      questionId: 'te-x',
      question: 'How?',
      limitSec: 1500,
    },
  ],
  now: T(0),
});

describe.each(testDatabases())('loops on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['a', 'b'], T(0));
  });
  afterEach(async () => store.close());

  const answer = async (userId: string, loopId: string, position: number, storyId: string | null = null) => {
    const attempt = await createAttempt(store.db, {
      userId,
      questionId: 'be-two-teams-one-slot',
      question: 'Two teams?',
      kind: 'behavioral',
      level: 'pm2',
      revision: { answer: STRONG_ANSWER, durationSec: 600, report },
      now: T(5),
    });
    const ok = await submitRound(store.db, userId, loopId, position, {
      attemptId: attempt.id,
      durationSec: 600,
      overtime: false,
      storyId,
      now: T(position * 10),
    });
    return { attempt, ok };
  };

  it('creates a loop with its rounds, and only its owner reads, lists or deletes it', async () => {
    const loop = await createLoop(store.db, newLoop('a'));
    expect(loop.rounds.map((r) => [r.position, r.kind, r.owns, r.startedAt, r.overtime])).toEqual([
      [1, 'behavioral', ['i_action', 'reflection'], null, false],
      [2, 'technical', ['tech_mechanism', 'tech_tradeoff'], null, false],
    ]);
    expect(await getLoop(store.db, 'b', loop.id)).toBeUndefined();
    expect((await listLoops(store.db, 'b', { limit: 10, offset: 0 })).total).toBe(0);
    expect((await listLoops(store.db, 'a', { limit: 10, offset: 0 })).loops[0]?.id).toBe(loop.id);
    expect(await deleteLoop(store.db, 'b', loop.id)).toBe(false);
    expect(await deleteLoop(store.db, 'a', loop.id)).toBe(true);
    expect(await getLoop(store.db, 'a', loop.id)).toBeUndefined();
  });

  it('starts a round once, keeps its draft, takes one answer and finishes the loop with the last', async () => {
    const loop = await createLoop(store.db, newLoop('a'));
    expect(await startRound(store.db, 'b', loop.id, 1, T(1))).toBe(false);
    expect(await startRound(store.db, 'a', loop.id, 1, T(1))).toBe(true);
    expect(await startRound(store.db, 'a', loop.id, 1, T(2))).toBe(false);
    expect(await saveRoundDraft(store.db, 'b', loop.id, 1, { answer: 'x', storyId: null }, T(2))).toBe(false);
    expect(await saveRoundDraft(store.db, 'a', loop.id, 1, { answer: 'so far', storyId: null }, T(2))).toBe(
      true,
    );
    expect((await getLoop(store.db, 'a', loop.id))?.rounds[0]).toMatchObject({
      startedAt: T(1),
      draft: { answer: 'so far', updatedAt: T(2) },
    });

    const first = await answer('a', loop.id, 1);
    expect(first.ok).toBe(true);
    // A second answer to the same round loses.
    expect((await answer('a', loop.id, 1)).ok).toBe(false);
    const after = await getLoop(store.db, 'a', loop.id);
    expect(after?.rounds[0]).toMatchObject({ attemptId: first.attempt.id, draft: null, durationSec: 600 });
    expect(after?.finishedAt).toBeNull();
    await answer('a', loop.id, 2);
    expect((await getLoop(store.db, 'a', loop.id))?.finishedAt).toBe(T(20));

    const answers = await roundAnswers(store.db, [first.attempt.id]);
    expect(answers.get(first.attempt.id)?.report.overall).toBe(report.overall);
    // Deleting the attempt leaves the round answered but without its answer.
    await deleteAttempt(store.db, 'a', first.attempt.id);
    expect((await getLoop(store.db, 'a', loop.id))?.rounds[0]?.attemptId).toBeNull();
  });

  it("knows the questions the user met and the stories they told, and nobody else's", async () => {
    const story = await createStory(
      store.db,
      'a',
      {
        title: 'T',
        situation: 's',
        task: 't',
        action: 'a',
        result: 'r',
        learned: null,
        competencies: [],
        level: 'pm2',
        report,
      },
      T(0),
    );
    const loop = await createLoop(store.db, newLoop('a'));
    await answer('a', loop.id, 1, story.id);
    const seen = await seenQuestions(store.db, 'a');
    expect(seen.get('be-two-teams-one-slot')).toBe('2026-11-28');
    expect(seen.get('te-x')).toBe('2026-11-28');
    expect((await seenQuestions(store.db, 'b')).size).toBe(0);
    expect(await storyUses(store.db, 'a')).toEqual(new Map([[story.id, 1]]));
    expect((await storyUses(store.db, 'b')).size).toBe(0);
  });

  it('imports an exported loop once, however often', async () => {
    const loop = await createLoop(store.db, newLoop('a'));
    const [exported] = await allLoops(store.db, 'a');
    if (!exported) throw new Error('no loop exported');
    const item = {
      ...exported,
      sourceId: exported.id,
      rounds: exported.rounds.map((r) => ({ ...r, attemptId: null })),
    };
    expect(await importLoop(store.db, 'a', item)).toBe(false);
    expect(await importLoop(store.db, 'b', item)).toBe(true);
    expect(await importLoop(store.db, 'b', item)).toBe(false);
    const [copy] = await allLoops(store.db, 'b');
    expect(copy?.id).not.toBe(loop.id);
    expect(copy?.rounds).toEqual(item.rounds);
  });
});
