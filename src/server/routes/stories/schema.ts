// Request and response schemas of the story bank: STAR stories with guided fields, each graded and
// tagged with competencies, and the coverage matrix against what the target level asks.
import { Type } from 'typebox';
import { DIMENSION_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { STORY_FIELD_IDS } from '../../../stories/story.js';
import { errors, Text, Uuid } from '../../schemas/common.js';
import { EvidenceSchema, ReportSchema } from '../../schemas/report.js';

export const MAX_TITLE_CHARS = 120;
export const MAX_FIELD_CHARS = 6_000;
export const MAX_COMPETENCIES = 8;

const demonstrated = Type.Enum([...LEVEL_IDS, 'none'], { description: 'a level id, or none' });
const verdict = Type.Enum(['below', 'meets', 'exceeds']);
const DateTime = Type.String({ format: 'date-time' });
const CompetencyId = Type.String({ maxLength: 80, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
const field = (description: string) => Text({ minLength: 1, maxLength: MAX_FIELD_CHARS, description });

export const StoryInputSchema = Type.Object(
  {
    title: Text({ minLength: 1, maxLength: MAX_TITLE_CHARS, description: 'a name to find it by' }),
    situation: field('where, what was at stake, who was involved'),
    task: field('what you were responsible for achieving'),
    action: field('what you did, step by step: the largest part'),
    result: field('how it turned out, with a number if you have one'),
    learned: Type.Optional(
      Type.Union([
        Text({ maxLength: MAX_FIELD_CHARS, description: 'what you learned; optional' }),
        Type.Null(),
      ]),
    ),
    competencies: Type.Array(CompetencyId, {
      maxItems: MAX_COMPETENCIES,
      uniqueItems: true,
      description: 'ids from GET /api/stories/guide',
    }),
    level: Type.Optional(
      Type.Enum(LEVEL_IDS, { description: 'the bar to grade against; default: your profile' }),
    ),
  },
  { additionalProperties: false },
);

const StoryFieldId = Type.Enum(STORY_FIELD_IDS);

const StorySummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  competencies: Type.Array(Type.String()),
  level: Type.Enum(LEVEL_IDS),
  overall: Type.Number(),
  demonstrated,
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const StorySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  situation: Type.String(),
  task: Type.String(),
  action: Type.String(),
  result: Type.String(),
  learned: Type.Union([Type.String(), Type.Null()]),
  competencies: Type.Array(Type.String()),
  level: Type.Enum(LEVEL_IDS),
  createdAt: DateTime,
  updatedAt: DateTime,
  answer: Type.String({
    description: 'the story told as one answer: the text a round or practice starts from',
  }),
  grade: Type.Object({
    overall: Type.Number(),
    demonstrated,
    verdict,
    dimensions: Type.Array(
      Type.Object({
        id: Type.Enum(DIMENSION_IDS),
        label: Type.String(),
        score: Type.Integer(),
        bar: Type.Integer(),
        feedback: Type.String(),
      }),
      { description: 'star, ownership, impact and leadership' },
    ),
  }),
  evidence: Type.Array(
    Type.Object({
      ...EvidenceSchema.properties,
      field: StoryFieldId,
      fieldStart: Type.Integer({ description: 'UTF-16 offset into the field, inclusive' }),
      fieldEnd: Type.Integer({ description: 'UTF-16 offset into the field, exclusive' }),
    }),
  ),
  checks: Type.Array(
    Type.Object({
      field: StoryFieldId,
      words: Type.Integer(),
      share: Type.Number({ description: 'its share of the story’s words, 0 to 1' }),
      advice: Type.Array(Type.String()),
    }),
  ),
  uses: Type.Integer({ description: 'mock loop rounds answered starting from it' }),
  report: ReportSchema,
});

const GuideSchema = Type.Object({
  fields: Type.Array(
    Type.Object({
      id: StoryFieldId,
      label: Type.String(),
      prompt: Type.String(),
      hint: Type.String(),
      required: Type.Boolean(),
    }),
  ),
  competencies: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String(),
      description: Type.String(),
      levels: Type.Array(Type.Enum(LEVEL_IDS)),
    }),
  ),
});

const CoverageSchema = Type.Object({
  level: Type.Enum(LEVEL_IDS),
  rows: Type.Array(
    Type.Object({
      competency: Type.String(),
      label: Type.String(),
      demand: Type.Integer({ description: 'behavioral questions at the level that ask about it' }),
      stories: Type.Array(Type.String({ format: 'uuid' }), { description: 'strongest first' }),
      status: Type.Enum(['covered', 'weak', 'gap']),
    }),
  ),
  columns: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      title: Type.String(),
      demonstrated,
      meetsBar: Type.Boolean(),
      competencies: Type.Array(Type.String()),
      uses: Type.Integer(),
      overused: Type.Boolean(),
      reasons: Type.Array(Type.String()),
    }),
  ),
  gaps: Type.Array(Type.String()),
  weak: Type.Array(Type.String()),
  overused: Type.Array(Type.String({ format: 'uuid' })),
});

const IdParams = Type.Object({ id: Uuid });
const auth = { security: [{ session: [] }], tags: ['stories'] };

export const guideSchema = {
  ...auth,
  summary: 'The guided STAR fields and the competencies a story can be tagged with',
  response: { 200: GuideSchema, ...errors(401) },
};

export const listStoriesSchema = {
  ...auth,
  summary: 'Your stories, newest first',
  response: { 200: Type.Object({ stories: Type.Array(StorySummarySchema) }), ...errors(401) },
};

export const createStorySchema = {
  ...auth,
  summary: 'Write a story: graded on star, ownership, impact and leadership',
  body: StoryInputSchema,
  response: { 201: StorySchema, ...errors(400, 401, 403, 413, 415) },
};

export const getStorySchema = {
  ...auth,
  summary: 'One story with its grade, evidence by field and the guided checks',
  params: IdParams,
  response: { 200: StorySchema, ...errors(400, 401, 404) },
};

export const updateStorySchema = {
  ...auth,
  summary: 'Rewrite a story (every field): graded again',
  params: IdParams,
  body: StoryInputSchema,
  response: { 200: StorySchema, ...errors(400, 401, 403, 404, 413, 415) },
};

export const deleteStorySchema = {
  ...auth,
  summary: 'Delete a story',
  params: IdParams,
  response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
};

export const coverageSchema = {
  ...auth,
  summary: 'The competencies the level asks about against your stories: gaps and over-used stories',
  querystring: Type.Object(
    { level: Type.Optional(Type.Enum(LEVEL_IDS, { description: 'default: your profile' })) },
    { additionalProperties: false },
  ),
  response: { 200: CoverageSchema, ...errors(400, 401) },
};
