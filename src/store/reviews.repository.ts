// Share links, the reviews written through them and the candidate's self-reviews. A share is found
// by the hash of its token; the owner manages it by id. Every owner-side function matches on the
// owner's id, so another user's share reads exactly like one that does not exist.
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { ReviewRow, SelfReviewRow, ShareRow } from './reviews.table.js';

export type Scores = Record<string, number>;
export interface SpanComment {
  start: number;
  end: number;
  comment: string;
}

export interface Share {
  id: string;
  userId: string;
  attemptId: string | null;
  revision: number | null;
  loopId: string | null;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
}

export interface Review {
  id: string;
  shareId: string;
  reviewerId: string;
  reviewerEmail: string;
  attemptId: string;
  revision: number;
  scores: Scores;
  comments: SpanComment[];
  summary: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SelfReview {
  attemptId: string;
  revision: number;
  scores: Scores;
  note: string | null;
  updatedAt: string;
}

export async function createShare(
  db: Db,
  share: {
    userId: string;
    tokenHash: string;
    attemptId: string | null;
    revision: number | null;
    loopId: string | null;
    expiresAt: string;
    now: string;
  },
): Promise<Share> {
  const id = randomUUID();
  await db
    .insertInto('shares')
    .values({
      id,
      user_id: share.userId,
      attempt_id: share.attemptId,
      revision: share.revision,
      loop_id: share.loopId,
      token_hash: share.tokenHash,
      expires_at: share.expiresAt,
      revoked_at: null,
      created_at: share.now,
    })
    .execute();
  return {
    id,
    userId: share.userId,
    attemptId: share.attemptId,
    revision: share.revision,
    loopId: share.loopId,
    expiresAt: share.expiresAt,
    revokedAt: null,
    createdAt: share.now,
  };
}

/** The user's shares, newest first, with how many reviews each has. */
export async function listShares(db: Db, userId: string): Promise<Array<Share & { reviews: number }>> {
  const rows = await db
    .selectFrom('shares')
    .leftJoin('reviews', 'reviews.share_id', 'shares.id')
    .selectAll('shares')
    .select((eb) => eb.fn.count('reviews.id').as('reviews'))
    .where('shares.user_id', '=', userId)
    .groupBy([
      'shares.id',
      'shares.user_id',
      'shares.attempt_id',
      'shares.revision',
      'shares.loop_id',
      'shares.token_hash',
      'shares.expires_at',
      'shares.revoked_at',
      'shares.created_at',
    ])
    .orderBy('shares.created_at', 'desc')
    .orderBy('shares.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...shareOf(r), reviews: Number(r.reviews) }));
}

/** Revokes the user's share; false when they have no such share. Revoking twice keeps the first time. */
export async function revokeShare(
  db: Db,
  userId: string,
  id: string,
  now: string,
): Promise<Share | undefined> {
  const row = await db
    .updateTable('shares')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
  return row ? shareOf(row) : undefined;
}

export async function findShareByToken(db: Db, tokenHash: string): Promise<Share | undefined> {
  const row = await db
    .selectFrom('shares')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? shareOf(row) : undefined;
}

/** Creates or replaces the reviewer's review of one attempt through one share. */
export async function saveReview(
  db: Db,
  review: {
    shareId: string;
    reviewerId: string;
    attemptId: string;
    revision: number;
    scores: Scores;
    comments: SpanComment[];
    summary: string | null;
    now: string;
  },
): Promise<void> {
  const values = {
    revision: review.revision,
    scores: JSON.stringify(review.scores),
    comments: JSON.stringify(review.comments),
    summary: review.summary,
    updated_at: review.now,
  };
  await db
    .insertInto('reviews')
    .values({
      id: randomUUID(),
      share_id: review.shareId,
      reviewer_id: review.reviewerId,
      attempt_id: review.attemptId,
      created_at: review.now,
      ...values,
    })
    .onConflict((oc) => oc.columns(['share_id', 'reviewer_id', 'attempt_id']).doUpdateSet(values))
    .execute();
}

/** The reviews of the given attempts, through any share; for the candidate, who owns the attempts. */
export async function reviewsOfAttempts(db: Db, attemptIds: string[]): Promise<Review[]> {
  if (attemptIds.length === 0) return [];
  const rows = await db
    .selectFrom('reviews')
    .innerJoin('users', 'users.id', 'reviews.reviewer_id')
    .selectAll('reviews')
    .select('users.email')
    .where('reviews.attempt_id', 'in', attemptIds)
    .orderBy('reviews.created_at')
    .execute();
  return rows.map((r) => reviewOf(r, r.email));
}

/** The reviewer's own reviews through one share. */
export async function reviewsByReviewer(db: Db, shareId: string, reviewerId: string): Promise<Review[]> {
  const rows = await db
    .selectFrom('reviews')
    .innerJoin('users', 'users.id', 'reviews.reviewer_id')
    .selectAll('reviews')
    .select('users.email')
    .where('reviews.share_id', '=', shareId)
    .where('reviews.reviewer_id', '=', reviewerId)
    .orderBy('reviews.created_at')
    .execute();
  return rows.map((r) => reviewOf(r, r.email));
}

/** Saves the candidate's own scores of a revision; false when the attempt is not theirs. */
export async function saveSelfReview(
  db: Db,
  userId: string,
  review: { attemptId: string; revision: number; scores: Scores; note: string | null; now: string },
): Promise<boolean> {
  const owned = await db
    .selectFrom('attempt_revisions')
    .innerJoin('attempts', 'attempts.id', 'attempt_revisions.attempt_id')
    .select('attempts.id')
    .where('attempts.id', '=', review.attemptId)
    .where('attempts.user_id', '=', userId)
    .where('attempt_revisions.number', '=', review.revision)
    .executeTakeFirst();
  if (!owned) return false;
  const values = { scores: JSON.stringify(review.scores), note: review.note, updated_at: review.now };
  await db
    .insertInto('self_reviews')
    .values({ attempt_id: review.attemptId, revision: review.revision, user_id: userId, ...values })
    .onConflict((oc) => oc.columns(['attempt_id', 'revision']).doUpdateSet(values))
    .execute();
  return true;
}

export async function selfReviews(db: Db, userId: string, attemptIds: string[]): Promise<SelfReview[]> {
  if (attemptIds.length === 0) return [];
  const rows = await db
    .selectFrom('self_reviews')
    .selectAll()
    .where('user_id', '=', userId)
    .where('attempt_id', 'in', attemptIds)
    .execute();
  return rows.map(selfReviewOf);
}

function shareOf(row: ShareRow): Share {
  return {
    id: row.id,
    userId: row.user_id,
    attemptId: row.attempt_id,
    revision: row.revision,
    loopId: row.loop_id,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

function selfReviewOf(row: SelfReviewRow): SelfReview {
  return {
    attemptId: row.attempt_id,
    revision: row.revision,
    scores: JSON.parse(row.scores) as Scores,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

function reviewOf(row: ReviewRow, email: string): Review {
  return {
    id: row.id,
    shareId: row.share_id,
    reviewerId: row.reviewer_id,
    reviewerEmail: email,
    attemptId: row.attempt_id,
    revision: row.revision,
    scores: JSON.parse(row.scores) as Scores,
    comments: JSON.parse(row.comments) as SpanComment[],
    summary: row.summary,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every self-review of the user, by attempt and revision: part of an export. */
export async function allSelfReviews(db: Db, userId: string): Promise<SelfReview[]> {
  const rows = await db
    .selectFrom('self_reviews')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('attempt_id')
    .orderBy('revision')
    .execute();
  return rows.map(selfReviewOf);
}
