// Request and response schemas of the progress view: dimension trends against the bar, level-fit
// history and what to practise next.
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { errors } from '../../schemas/common.js';

/** The most recent revisions the view is drawn from: more than any chart shows, and cheap to read. */
export const MAX_PROGRESS_REVISIONS = 500;

const demonstrated = Type.Enum([...LEVEL_IDS, 'none']);
const verdict = Type.Enum(['below', 'meets', 'exceeds']);
const Score = Type.Integer({ minimum: 1, maximum: 4 });

const revisionFields = {
  attemptId: Type.String({ format: 'uuid' }),
  revision: Type.Integer({ minimum: 1, description: 'the revision number within its attempt' }),
  at: Type.String({ format: 'date-time', description: 'when the revision was submitted' }),
  kind: Type.Enum(KIND_IDS),
  latest: Type.Boolean({ description: "the attempt's latest revision, the one that stands for it now" }),
};

const ProgressBody = Type.Object({
  level: Type.Enum(LEVEL_IDS, { description: 'the level whose bars the points are drawn against' }),
  levelFrom: Type.Enum(['query', 'profile', 'default'], {
    description: 'where the level came from: the query, your profile, or pm2 by default',
  }),
  revisions: Type.Object({
    shown: Type.Integer({ description: `the most recent ${MAX_PROGRESS_REVISIONS} at most` }),
    total: Type.Integer(),
  }),
  dimensions: Type.Array(
    Type.Object({
      id: Type.Enum(DIMENSION_IDS),
      label: Type.String(),
      bar: Score,
      points: Type.Array(Type.Object({ ...revisionFields, score: Score, bar: Score })),
    }),
    { description: 'every dimension, with a point for each revision that scored it, oldest first' },
  ),
  levelFit: Type.Array(
    Type.Object({
      ...revisionFields,
      demonstrated,
      target: Type.Enum(LEVEL_IDS, { description: 'the level the attempt was graded against' }),
      verdict,
      overall: Type.Number(),
    }),
    { description: 'every revision, oldest first' },
  ),
  practiseNext: Type.Array(
    Type.Object({
      kind: Type.Enum(KIND_IDS),
      label: Type.String(),
      dimensions: Type.Array(
        Type.Object({
          id: Type.Enum(DIMENSION_IDS),
          label: Type.String(),
          gap: Type.Union([Type.Number(), Type.Null()], {
            description: 'the bar less the recent mean; null when no answer has shown it yet',
          }),
        }),
      ),
      reason: Type.String(),
    }),
    { description: "the loop's kinds, most needed first" },
  ),
});

export const progressSchema = {
  security: [{ session: [] }],
  tags: ['progress'],
  summary: 'Your progress against the bar: dimension trends, level-fit history, what to practise next',
  querystring: Type.Object(
    {
      level: Type.Optional(
        Type.Enum(LEVEL_IDS, { description: 'default: your profile target level, else pm2' }),
      ),
    },
    { additionalProperties: false },
  ),
  response: { 200: ProgressBody, ...errors(400, 401) },
};
