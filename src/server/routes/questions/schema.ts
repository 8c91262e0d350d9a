// Request and response schemas of the question bank routes.
import { Type } from 'typebox';
import { KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { errors, Text } from '../../schemas/common.js';
import { QuestionSchema } from '../../schemas/content.js';

export const QuestionSummary = Type.Object({
  id: Type.String(),
  kind: Type.Enum(KIND_IDS),
  levels: Type.Array(Type.Enum(LEVEL_IDS)),
  prompt: Type.String(),
  context: Type.Optional(Type.String()),
  time_limit_min: Type.Integer(),
  tags: Type.Object({
    domain: Type.String(),
    company_type: Type.String(),
    topics: Type.Array(Type.String()),
  }),
  variants: Type.Array(Type.String()),
  competencies: Type.Array(Type.String()),
  concepts: Type.Array(Type.String()),
});

export const listQuestionsSchema = {
  tags: ['content'],
  summary: 'Browse the question bank',
  querystring: Type.Object(
    {
      kind: Type.Optional(Type.Enum(KIND_IDS)),
      level: Type.Optional(Type.Enum(LEVEL_IDS, { description: 'a level the question suits' })),
      tag: Type.Optional(
        Text({ maxLength: 100, description: 'a domain, company type, topic, competency or concept' }),
      ),
      q: Type.Optional(Text({ maxLength: 200, description: 'words that must all appear' })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
      offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({ questions: Type.Array(QuestionSummary), total: Type.Integer() }),
    ...errors(400),
  },
};

export const getQuestionSchema = {
  tags: ['content'],
  summary: 'One question with its guidance per level',
  params: Type.Object({ id: Type.String({ maxLength: 200, pattern: '^[a-z0-9-]+$' }) }),
  response: { 200: QuestionSchema, ...errors(400, 404) },
};
