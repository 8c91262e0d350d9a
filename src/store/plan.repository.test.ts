// Plan preferences, card states with their review log, and the graded answers the plan reads, on
// every test database.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../test/sample-answers.js';
import type { Report } from '../engine/index.js';
import { reviewCard } from '../plan/cards.js';
import { addRevision, createAttempt } from './attempts.repository.js';
import {
  allCards,
  cardStates,
  DEFAULT_PREFERENCES,
  getPreferences,
  gradedAnswers,
  importCard,
  importPreferences,
  kindsPractisedOn,
  recordReview,
  savePreferences,
} from './plan.repository.js';
import { createUsers, strongReport, type TestStore, testDatabases } from './test-databases.js';

const NOW = '2026-11-28T10:00:00.000Z';
let report: Report;
beforeAll(() => {
  report = strongReport('product_sense', 'apm');
});

describe.each(testDatabases())('the plan store on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['a', 'b'], NOW);
  });
  afterEach(async () => store.close());

  it('keeps preferences per user, the newest winning an import', async () => {
    expect(await getPreferences(store.db, 'a')).toEqual(DEFAULT_PREFERENCES);
    const saved = await savePreferences(store.db, 'a', { sessionsPerDay: 3, restDays: [0, 6, 0] }, NOW);
    expect(saved).toEqual({ sessionsPerDay: 3, restDays: [0, 6], updatedAt: NOW });
    expect(await getPreferences(store.db, 'b')).toEqual(DEFAULT_PREFERENCES);
    expect(
      await importPreferences(store.db, 'a', {
        sessionsPerDay: 1,
        restDays: [],
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
    ).toBe(false);
    expect(await importPreferences(store.db, 'b', saved)).toBe(true);
    expect(await getPreferences(store.db, 'b')).toEqual(saved);
  });

  it('records reviews with the card state, exports them and imports only newer states', async () => {
    const now = new Date(NOW);
    const state = reviewCard(null, 'good', now, '2026-12-20');
    await recordReview(store.db, 'a', 'concept:caching', 'good', state, NOW);
    expect((await cardStates(store.db, 'a')).get('concept:caching')).toEqual(state);
    expect((await cardStates(store.db, 'b')).size).toBe(0);
    const [card] = await allCards(store.db, 'a');
    expect(card?.reviews).toEqual([{ rating: 'good', reviewedAt: NOW }]);
    if (!card) throw new Error('no card');
    expect(await importCard(store.db, 'a', card, NOW)).toBe(false);
    expect(await importCard(store.db, 'b', card, NOW)).toBe(true);
    expect(await importCard(store.db, 'b', card, NOW)).toBe(false);
    expect(await allCards(store.db, 'b')).toEqual([card]);
  });

  it("reads the user's latest graded answers, newest first, and the kinds practised on a day", async () => {
    const attempt = await createAttempt(store.db, {
      userId: 'a',
      questionId: null,
      question: 'Q?',
      kind: 'product_sense',
      level: 'apm',
      revision: { answer: STRONG_ANSWER, durationSec: null, report },
      now: NOW,
    });
    await addRevision(
      store.db,
      'a',
      attempt.id,
      { answer: STRONG_ANSWER, durationSec: null, report },
      '2026-11-29T09:00:00.000Z',
    );
    const answers = await gradedAnswers(store.db, 'a');
    expect(answers.map((a) => [a.kind, a.createdAt])).toEqual([
      ['product_sense', '2026-11-29T09:00:00.000Z'],
    ]);
    expect(await gradedAnswers(store.db, 'b')).toEqual([]);
    expect(await kindsPractisedOn(store.db, 'a', '2026-11-29')).toEqual(['product_sense']);
    expect(await kindsPractisedOn(store.db, 'a', '2026-11-30')).toEqual([]);
  });
});
