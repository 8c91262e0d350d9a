// Coach and peer reviews. A candidate shares one attempt (one revision of it) or one loop by a link
// that expires and can be withdrawn; a signed-in reviewer opens it, sees only what was shared, and
// scores it on the same rubric with comments on spans of the answer. The candidate may score their
// own answer too, and sees engine, self and reviewer scores side by side, widest disagreement first.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { DimensionId, KindId, LevelId, Report } from '../../../engine/index.js';
import { badSpans, compareScores, type Scores } from '../../../reviews/compare.js';
import { expiryAfter, linkState } from '../../../reviews/share.js';
import { type AttemptDetail, getAttempt } from '../../../store/attempts.repository.js';
import type { Db } from '../../../store/database.js';
import { getLoop, type Loop, roundAnswers } from '../../../store/loops.repository.js';
import {
  createShare,
  findShareByToken,
  listShares,
  type Review,
  reviewsByReviewer,
  reviewsOfAttempts,
  revokeShare,
  type SelfReview,
  type Share,
  saveReview,
  saveSelfReview,
  selfReviews,
} from '../../../store/reviews.repository.js';
import type { Content } from '../../content.js';
import { ApiError } from '../../errors.js';
import { currentUser, requireUser } from '../../session.js';
import { linkNotFound, linkTokenHash, newLinkToken, requireLive } from './link-token.js';
import {
  attemptReviewsSchema,
  createShareSchema,
  listSharesSchema,
  loopReviewsSchema,
  openSharedSchema,
  reviewSharedSchema,
  revokeShareSchema,
  selfReviewSchema,
} from './schema.js';

const attemptNotFound = () => new ApiError(404, 'attempt_not_found', 'You have no attempt with this id.');
const loopNotFound = () => new ApiError(404, 'loop_not_found', 'You have no loop with this id.');

/** A shared answer: one revision of an attempt, with where it sits in a loop if it is a round. */
interface SharedAnswer {
  attemptId: string;
  revision: number;
  position: number | null;
  round: string | null;
  kind: KindId;
  level: LevelId;
  question: string;
  answer: string;
  report: Report;
}

function revisionOf(attempt: AttemptDetail, number: number | undefined) {
  const revision =
    number === undefined ? attempt.revisions.at(-1) : attempt.revisions.find((r) => r.number === number);
  if (!revision) {
    throw new ApiError(
      404,
      'revision_not_found',
      `This attempt has revisions 1 to ${attempt.revisions.length}; there is no revision ${number}.`,
    );
  }
  return revision;
}

function answerOf(
  attempt: AttemptDetail,
  number: number | undefined,
  round: { position: number; name: string } | null,
): SharedAnswer {
  const revision = revisionOf(attempt, number);
  return {
    attemptId: attempt.id,
    revision: revision.number,
    position: round?.position ?? null,
    round: round?.name ?? null,
    kind: attempt.kind,
    level: attempt.level,
    question: attempt.question,
    answer: revision.answer,
    report: revision.report,
  };
}

/** The answered rounds of a loop, each its attempt's first revision (later ones came after the loop). */
async function roundAnswersOf(db: Db, loop: Loop): Promise<SharedAnswer[]> {
  const given = await roundAnswers(
    db,
    loop.rounds.flatMap((r) => (r.attemptId ? [r.attemptId] : [])),
  );
  return loop.rounds.flatMap((round) => {
    const answer = round.attemptId ? given.get(round.attemptId) : undefined;
    if (!round.attemptId || !answer) return [];
    return [
      {
        attemptId: round.attemptId,
        revision: answer.revision,
        position: round.position,
        round: round.name,
        kind: round.kind,
        level: loop.level,
        question: round.question,
        answer: answer.answer,
        report: answer.report,
      },
    ];
  });
}

/** What a share gives its reviewer: the attempt's shared revision, or each answered round of the loop. */
async function sharedAnswers(db: Db, share: Share): Promise<SharedAnswer[]> {
  if (share.attemptId) {
    const attempt = await getAttempt(db, share.userId, share.attemptId);
    return attempt ? [answerOf(attempt, share.revision ?? undefined, null)] : [];
  }
  const loop = share.loopId ? await getLoop(db, share.userId, share.loopId) : undefined;
  return loop ? roundAnswersOf(db, loop) : [];
}

function reviewView(review: Review) {
  return {
    id: review.id,
    reviewer: { id: review.reviewerId, email: review.reviewerEmail },
    attemptId: review.attemptId,
    revision: review.revision,
    scores: review.scores,
    comments: review.comments,
    summary: review.summary,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
  };
}

function shareView(share: Share & { reviews: number }, now: Date) {
  return {
    id: share.id,
    target: share.attemptId ? ('attempt' as const) : ('loop' as const),
    attemptId: share.attemptId,
    revision: share.revision,
    loopId: share.loopId,
    state: linkState(share, now),
    expiresAt: share.expiresAt,
    revokedAt: share.revokedAt,
    createdAt: share.createdAt,
    reviews: share.reviews,
  };
}

function comparisonView(answer: SharedAnswer, self: SelfReview | null, reviews: Review[]) {
  const engineScores = Object.fromEntries(answer.report.dimensions.map((d) => [d.id, d.score]));
  const comparison = compareScores(
    answer.report,
    (self?.scores as Scores | undefined) ?? null,
    reviews.map((r) => ({ source: r.id, label: r.reviewerEmail, scores: r.scores as Scores })),
  );
  return {
    attemptId: answer.attemptId,
    revision: answer.revision,
    kind: answer.kind,
    level: answer.level,
    question: answer.question,
    answer: answer.answer,
    engine: {
      overall: answer.report.overall,
      demonstrated: answer.report.level_fit.demonstrated,
      verdict: answer.report.level_fit.verdict,
      scores: engineScores,
    },
    self,
    reviews: reviews.map(reviewView),
    ...comparison,
  };
}

/** Scores on the answer's own rubric: every dimension of it, none other. */
function checkScores(report: Report, scores: Partial<Record<DimensionId, number>>): Record<string, number> {
  const rubric = report.dimensions.map((d) => d.id);
  const extra = (Object.keys(scores) as DimensionId[]).filter((id) => !rubric.includes(id));
  if (extra.length) {
    throw new ApiError(
      400,
      'unknown_dimension',
      `A ${report.kind} answer is not scored on ${extra.join(', ')}: score ${rubric.join(', ')}.`,
    );
  }
  const missing = rubric.filter((id) => scores[id] === undefined);
  if (missing.length) {
    throw new ApiError(
      400,
      'scores_incomplete',
      `Score every dimension of the rubric; missing: ${missing.join(', ')}.`,
    );
  }
  return scores as Record<string, number>;
}

function rubricFor(content: Content, kind: KindId, level: LevelId) {
  const { rubric } = content.grader;
  const weights = rubric.kinds.find((k) => k.id === kind)?.rubric ?? {};
  return (Object.entries(weights) as Array<[DimensionId, number]>).map(([id, weight]) => {
    const def = rubric.dimensions[id];
    return { id, label: def.label, weight, bar: def.bars[level], anchors: def.anchors };
  });
}

const reviews: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  app.addHook('preHandler', requireUser);

  /** The share a token names, live; the owner may open it but not review it. */
  const liveShare = async (token: string, now: Date) => {
    const share = await findShareByToken(db, linkTokenHash(token));
    if (!share) throw linkNotFound('review link');
    requireLive('review link', share, now);
    return share;
  };

  app.post('/shares', { schema: createShareSchema }, async (request, reply) => {
    const userId = currentUser(request).id;
    const { attemptId, loopId, revision, days } = request.body;
    if ((attemptId === undefined) === (loopId === undefined)) {
      throw new ApiError(
        400,
        'share_target_required',
        'Share either one attempt (attemptId) or one loop (loopId).',
      );
    }
    if (loopId !== undefined && revision !== undefined) {
      throw new ApiError(
        400,
        'revision_not_allowed',
        'A loop is shared as its rounds were answered: leave revision out.',
      );
    }
    let shared: { attemptId: string | null; revision: number | null; loopId: string | null };
    if (attemptId !== undefined) {
      const attempt = await getAttempt(db, userId, attemptId);
      if (!attempt) throw attemptNotFound();
      shared = { attemptId, revision: revisionOf(attempt, revision).number, loopId: null };
    } else {
      if (!(await getLoop(db, userId, loopId as string))) throw loopNotFound();
      shared = { attemptId: null, revision: null, loopId: loopId as string };
    }
    const now = new Date();
    const { token, hash } = newLinkToken();
    const share = await createShare(db, {
      userId,
      tokenHash: hash,
      ...shared,
      expiresAt: expiryAfter(now, days),
      now: now.toISOString(),
    });
    return reply.code(201).send({ ...shareView({ ...share, reviews: 0 }, now), token });
  });

  app.get('/shares', { schema: listSharesSchema }, async (request) => {
    const now = new Date();
    return { shares: (await listShares(db, currentUser(request).id)).map((s) => shareView(s, now)) };
  });

  app.delete('/shares/:id', { schema: revokeShareSchema }, async (request, reply) => {
    const revoked = await revokeShare(
      db,
      currentUser(request).id,
      request.params.id,
      new Date().toISOString(),
    );
    if (!revoked) throw new ApiError(404, 'share_not_found', 'You have no share link with this id.');
    return reply.code(204).send(null);
  });

  app.post('/shared', { schema: openSharedSchema }, async (request) => {
    const reviewerId = currentUser(request).id;
    const share = await liveShare(request.body.token, new Date());
    const answers = await sharedAnswers(db, share);
    const mine = new Map(
      (await reviewsByReviewer(db, share.id, reviewerId)).map((r) => [`${r.attemptId}:${r.revision}`, r]),
    );
    return {
      target: share.attemptId ? ('attempt' as const) : ('loop' as const),
      expiresAt: share.expiresAt,
      items: answers.map((a) => {
        const review = mine.get(`${a.attemptId}:${a.revision}`);
        return {
          attemptId: a.attemptId,
          revision: a.revision,
          position: a.position,
          round: a.round,
          kind: a.kind,
          level: a.level,
          question: a.question,
          answer: a.answer,
          rubric: rubricFor(content, a.kind, a.level),
          review: review ? reviewView(review) : null,
        };
      }),
    };
  });

  app.put('/shared/review', { schema: reviewSharedSchema }, async (request) => {
    const reviewer = currentUser(request);
    const { token, attemptId, scores, comments, summary } = request.body;
    const now = new Date();
    const share = await liveShare(token, now);
    if (share.userId === reviewer.id) {
      throw new ApiError(
        403,
        'own_share',
        'This is your own answer: score it with PUT /api/attempts/{id}/self-review, not as a reviewer.',
      );
    }
    const answers = await sharedAnswers(db, share);
    const answer =
      attemptId === undefined && answers.length === 1
        ? answers[0]
        : answers.find((a) => a.attemptId === attemptId);
    if (!answer) {
      throw new ApiError(
        400,
        'not_shared',
        attemptId === undefined
          ? 'This link shares a loop: say which round’s attemptId you are reviewing.'
          : 'This link does not share that attempt: review one of the answers it opens.',
      );
    }
    const bad = badSpans(answer.answer, comments);
    if (bad.length) {
      throw new ApiError(
        400,
        'span_out_of_range',
        `comments.${bad[0]}: a span is start < end within the answer's ${answer.answer.length} UTF-16 units.`,
      );
    }
    await saveReview(db, {
      shareId: share.id,
      reviewerId: reviewer.id,
      attemptId: answer.attemptId,
      revision: answer.revision,
      scores: checkScores(answer.report, scores),
      comments,
      summary: summary?.trim() || null,
      now: now.toISOString(),
    });
    const saved = (await reviewsByReviewer(db, share.id, reviewer.id)).find(
      (r) => r.attemptId === answer.attemptId,
    );
    if (!saved) throw new Error(`the review of ${answer.attemptId} vanished right after it was saved`);
    return reviewView(saved);
  });

  app.put('/attempts/:id/self-review', { schema: selfReviewSchema }, async (request) => {
    const userId = currentUser(request).id;
    const attempt = await getAttempt(db, userId, request.params.id);
    if (!attempt) throw attemptNotFound();
    const revision = revisionOf(attempt, request.body.revision);
    const scores = checkScores(revision.report, request.body.scores);
    const note = request.body.note?.trim() || null;
    const now = new Date().toISOString();
    // Deleted between the read and the write.
    if (
      !(await saveSelfReview(db, userId, {
        attemptId: attempt.id,
        revision: revision.number,
        scores,
        note,
        now,
      }))
    ) {
      throw attemptNotFound();
    }
    return { attemptId: attempt.id, revision: revision.number, scores, note, updatedAt: now };
  });

  /** Compares any of these answers with its self-review and its reviews, read in two queries for them all. */
  const comparer = async (userId: string, answers: SharedAnswer[]) => {
    const ids = answers.map((a) => a.attemptId);
    const [selves, written] = await Promise.all([selfReviews(db, userId, ids), reviewsOfAttempts(db, ids)]);
    const of = (a: SharedAnswer) => (r: { attemptId: string; revision: number }) =>
      r.attemptId === a.attemptId && r.revision === a.revision;
    return (a: SharedAnswer) => comparisonView(a, selves.find(of(a)) ?? null, written.filter(of(a)));
  };

  app.get('/attempts/:id/reviews', { schema: attemptReviewsSchema }, async (request) => {
    const userId = currentUser(request).id;
    const attempt = await getAttempt(db, userId, request.params.id);
    if (!attempt) throw attemptNotFound();
    const answer = answerOf(attempt, request.query.revision, null);
    return (await comparer(userId, [answer]))(answer);
  });

  app.get('/loops/:id/reviews', { schema: loopReviewsSchema }, async (request) => {
    const userId = currentUser(request).id;
    const loop = await getLoop(db, userId, request.params.id);
    if (!loop) throw loopNotFound();
    const answers = await roundAnswersOf(db, loop);
    const compare = await comparer(userId, answers);
    const rounds = answers.map((answer) => ({
      position: answer.position ?? 0,
      name: answer.round ?? '',
      ...compare(answer),
    }));
    return { loopId: loop.id, rounds };
  });
};

export default reviews;
