// Request and response schemas of share links, reviews through them, self-reviews, and the report
// of engine, self and reviewer scores side by side.
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { MAX_LINK_DAYS, MIN_LINK_DAYS } from '../../../reviews/share.js';
import { errors, Text, Uuid } from '../../schemas/common.js';
import { LinkToken } from './link-token.js';

export const MAX_COMMENTS = 100;
export const MAX_COMMENT_CHARS = 2_000;
export const MAX_SUMMARY_CHARS = 4_000;

const Score = Type.Integer({ minimum: 1, maximum: 4 });
const DateTime = Type.String({ format: 'date-time' });
const demonstrated = Type.Enum([...LEVEL_IDS, 'none']);
const verdict = Type.Enum(['below', 'meets', 'exceeds']);

const scoreFields = Object.fromEntries(DIMENSION_IDS.map((id) => [id, Type.Optional(Score)]));
/** Dimension id to a score of 1-4: every dimension of the answer's rubric, no other. */
const ScoresInput = Type.Object(scoreFields, {
  additionalProperties: false,
  description: 'a score of 1-4 for every dimension of the answer’s rubric',
});
const ScoresSchema = Type.Object(scoreFields);

const CommentInput = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: 'UTF-16 offset into the answer, inclusive' }),
    end: Type.Integer({ minimum: 1, description: 'UTF-16 offset into the answer, exclusive' }),
    comment: Text({ minLength: 1, maxLength: MAX_COMMENT_CHARS }),
  },
  { additionalProperties: false },
);
const CommentSchema = Type.Object({ start: Type.Integer(), end: Type.Integer(), comment: Type.String() });

export const ShareSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  target: Type.Enum(['attempt', 'loop']),
  attemptId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  revision: Type.Union([Type.Integer(), Type.Null()]),
  loopId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  state: Type.Enum(['active', 'expired', 'revoked']),
  expiresAt: DateTime,
  revokedAt: Type.Union([DateTime, Type.Null()]),
  createdAt: DateTime,
  reviews: Type.Integer({ description: 'reviews written through it' }),
});

const ReviewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  reviewer: Type.Object({ id: Type.String({ format: 'uuid' }), email: Type.String() }),
  attemptId: Type.String({ format: 'uuid' }),
  revision: Type.Integer(),
  scores: ScoresSchema,
  comments: Type.Array(CommentSchema),
  summary: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
  updatedAt: DateTime,
});

const SelfReviewSchema = Type.Object({
  attemptId: Type.String({ format: 'uuid' }),
  revision: Type.Integer(),
  scores: ScoresSchema,
  note: Type.Union([Type.String(), Type.Null()]),
  updatedAt: DateTime,
});

export const ComparisonSchema = Type.Object({
  attemptId: Type.String({ format: 'uuid' }),
  revision: Type.Integer(),
  kind: Type.Enum(KIND_IDS),
  level: Type.Enum(LEVEL_IDS),
  question: Type.String(),
  answer: Type.String(),
  engine: Type.Object({ overall: Type.Number(), demonstrated, verdict, scores: ScoresSchema }),
  self: Type.Union([SelfReviewSchema, Type.Null()]),
  reviews: Type.Array(ReviewSchema),
  dimensions: Type.Array(
    Type.Object({
      dimension: Type.Enum(DIMENSION_IDS),
      label: Type.String(),
      bar: Type.Integer(),
      engine: Type.Integer(),
      self: Type.Union([Type.Integer(), Type.Null()]),
      reviewers: Type.Array(
        Type.Object({
          reviewer: Type.String({ description: 'the review’s id' }),
          score: Type.Union([Type.Integer(), Type.Null()]),
        }),
      ),
      spread: Type.Integer({ description: 'highest less lowest score given' }),
    }),
  ),
  disagreements: Type.Array(
    Type.Object({
      dimension: Type.Enum(DIMENSION_IDS),
      label: Type.String(),
      spread: Type.Integer(),
      summary: Type.String({ description: 'who gave what, e.g. "engine 2, you 4, coach@x.io 3"' }),
    }),
    { description: 'the dimensions scored 1 point apart or more, widest first' },
  ),
  agreement: Type.Array(
    Type.Object({
      source: Type.String({ description: '"self" or a review id' }),
      label: Type.String(),
      meanDifferenceFromEngine: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
});

const RubricDimension = Type.Object({
  id: Type.Enum(DIMENSION_IDS),
  label: Type.String(),
  weight: Type.Number(),
  bar: Type.Integer({ description: 'the score the candidate’s target level expects' }),
  anchors: Type.Object({ 1: Type.String(), 2: Type.String(), 3: Type.String(), 4: Type.String() }),
});

const SharedItem = Type.Object({
  attemptId: Type.String({ format: 'uuid' }),
  revision: Type.Integer(),
  position: Type.Union([Type.Integer(), Type.Null()], { description: 'the loop round; null for an attempt' }),
  round: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Enum(KIND_IDS),
  level: Type.Enum(LEVEL_IDS),
  question: Type.String(),
  answer: Type.String(),
  rubric: Type.Array(RubricDimension),
  review: Type.Union([ReviewSchema, Type.Null()], { description: 'your review of it, if you wrote one' }),
});

const IdParams = Type.Object({ id: Uuid });
const candidate = { security: [{ session: [] }], tags: ['reviews'] };

export const createShareSchema = {
  ...candidate,
  summary: 'Share one attempt (a revision of it) or one loop with a reviewer: a link token, shown once',
  body: Type.Object(
    {
      attemptId: Type.Optional(Uuid),
      revision: Type.Optional(Type.Integer({ minimum: 1, description: 'default: the latest' })),
      loopId: Type.Optional(Uuid),
      days: Type.Integer({
        minimum: MIN_LINK_DAYS,
        maximum: MAX_LINK_DAYS,
        description: 'until the link expires',
      }),
    },
    { additionalProperties: false, description: 'attemptId or loopId' },
  ),
  response: {
    201: Type.Object({
      ...ShareSchema.properties,
      token: Type.String({ description: 'give it to the reviewer' }),
    }),
    ...errors(400, 401, 403, 404, 413, 415),
  },
};

export const listSharesSchema = {
  ...candidate,
  summary: 'Your share links, newest first',
  response: { 200: Type.Object({ shares: Type.Array(ShareSchema) }), ...errors(401) },
};

export const revokeShareSchema = {
  ...candidate,
  summary: 'Withdraw a share link: it answers 410 from then on; the reviews written stay',
  params: IdParams,
  response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
};

export const selfReviewSchema = {
  ...candidate,
  summary: 'Score your own answer on its rubric, to compare with the engine and your reviewers',
  params: IdParams,
  body: Type.Object(
    {
      revision: Type.Optional(Type.Integer({ minimum: 1, description: 'default: the latest' })),
      scores: ScoresInput,
      note: Type.Optional(Type.Union([Text({ maxLength: MAX_SUMMARY_CHARS }), Type.Null()])),
    },
    { additionalProperties: false },
  ),
  response: { 200: SelfReviewSchema, ...errors(400, 401, 403, 404, 413, 415) },
};

export const attemptReviewsSchema = {
  ...candidate,
  summary:
    'The engine’s, your own and your reviewers’ scores of an answer side by side, and where they disagree most',
  params: IdParams,
  querystring: Type.Object(
    { revision: Type.Optional(Type.Integer({ minimum: 1, description: 'default: the latest' })) },
    { additionalProperties: false },
  ),
  response: { 200: ComparisonSchema, ...errors(400, 401, 404) },
};

export const loopReviewsSchema = {
  ...candidate,
  summary: 'Each answered round of a loop: engine, self and reviewer scores side by side',
  params: IdParams,
  response: {
    200: Type.Object({
      loopId: Type.String({ format: 'uuid' }),
      rounds: Type.Array(
        Type.Object({ position: Type.Integer(), name: Type.String(), ...ComparisonSchema.properties }),
      ),
    }),
    ...errors(400, 401, 404),
  },
};

const reviewer = { security: [{ session: [] }], tags: ['reviews'] };

export const openSharedSchema = {
  ...reviewer,
  summary:
    'Open a share link as its reviewer (signed in): the shared answers and the rubric to score them on',
  description: 'The token travels in the body so that it stays out of request logs.',
  body: Type.Object({ token: LinkToken }, { additionalProperties: false }),
  response: {
    200: Type.Object({
      target: Type.Enum(['attempt', 'loop']),
      expiresAt: DateTime,
      items: Type.Array(SharedItem),
    }),
    ...errors(400, 401, 403, 404, 410, 413, 415),
  },
};

export const reviewSharedSchema = {
  ...reviewer,
  summary: 'Score a shared answer on its rubric, with comments on spans of it; saving again replaces it',
  body: Type.Object(
    {
      token: LinkToken,
      attemptId: Type.Optional(Uuid),
      scores: ScoresInput,
      comments: Type.Array(CommentInput, { maxItems: MAX_COMMENTS }),
      summary: Type.Optional(Type.Union([Text({ maxLength: MAX_SUMMARY_CHARS }), Type.Null()])),
    },
    {
      additionalProperties: false,
      description: 'attemptId: which round of a shared loop; optional for an attempt',
    },
  ),
  response: { 200: ReviewSchema, ...errors(400, 401, 403, 404, 410, 413, 415) },
};
