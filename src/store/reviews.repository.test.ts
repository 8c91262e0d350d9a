// Share links, reviews and self-reviews on every test database.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STRONG_ANSWER } from '../../test/sample-answers.js';
import type { Report } from '../engine/index.js';
import { createAttempt } from './attempts.repository.js';
import {
  createShare,
  findShareByToken,
  listShares,
  reviewsByReviewer,
  reviewsOfAttempts,
  revokeShare,
  saveReview,
  saveSelfReview,
  selfReviews,
} from './reviews.repository.js';
import { createUsers, strongReport, type TestStore, testDatabases } from './test-databases.js';

const NOW = '2026-11-28T10:00:00.000Z';
let report: Report;
beforeAll(() => {
  report = strongReport('product_sense', 'apm');
});

describe.each(testDatabases())('reviews on $name', (database) => {
  let store: TestStore;
  let attemptId: string;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['cand', 'rev', 'other'], NOW);
    attemptId = (
      await createAttempt(store.db, {
        userId: 'cand',
        questionId: null,
        question: 'Q?',
        kind: 'product_sense',
        level: 'apm',
        revision: { answer: STRONG_ANSWER, durationSec: null, report },
        now: NOW,
      })
    ).id;
  });
  afterEach(async () => store.close());

  it('finds a share by its token hash, lists it with its reviews, and revokes it for its owner only', async () => {
    const share = await createShare(store.db, {
      userId: 'cand',
      tokenHash: 'hash',
      attemptId,
      revision: 1,
      loopId: null,
      expiresAt: NOW,
      now: NOW,
    });
    expect((await findShareByToken(store.db, 'hash'))?.id).toBe(share.id);
    await saveReview(store.db, {
      shareId: share.id,
      reviewerId: 'rev',
      attemptId,
      revision: 1,
      scores: { problem_definition: 2 },
      comments: [{ start: 0, end: 5, comment: 'Vague' }],
      summary: null,
      now: NOW,
    });
    // A second save by the same reviewer replaces the first.
    await saveReview(store.db, {
      shareId: share.id,
      reviewerId: 'rev',
      attemptId,
      revision: 1,
      scores: { problem_definition: 3 },
      comments: [],
      summary: 'Better on reflection',
      now: NOW,
    });
    expect((await listShares(store.db, 'cand'))[0]?.reviews).toBe(1);
    const [review] = await reviewsOfAttempts(store.db, [attemptId]);
    expect(review).toMatchObject({
      reviewerEmail: 'rev@x.io',
      scores: { problem_definition: 3 },
      summary: 'Better on reflection',
    });
    expect(await reviewsByReviewer(store.db, share.id, 'other')).toEqual([]);
    expect(await revokeShare(store.db, 'other', share.id, NOW)).toBeUndefined();
    expect((await revokeShare(store.db, 'cand', share.id, NOW))?.revokedAt).toBe(NOW);
    expect(await listShares(store.db, 'other')).toEqual([]);
  });

  it("self-reviews only the user's own revisions", async () => {
    const self = { attemptId, revision: 1, scores: { metrics: 2 }, note: null, now: NOW };
    expect(await saveSelfReview(store.db, 'other', self)).toBe(false);
    expect(await saveSelfReview(store.db, 'cand', { ...self, revision: 2 })).toBe(false);
    expect(await saveSelfReview(store.db, 'cand', self)).toBe(true);
    expect(await saveSelfReview(store.db, 'cand', { ...self, scores: { metrics: 3 } })).toBe(true);
    expect((await selfReviews(store.db, 'cand', [attemptId]))[0]?.scores).toEqual({ metrics: 3 });
    expect(await selfReviews(store.db, 'other', [attemptId])).toEqual([]);
  });
});
