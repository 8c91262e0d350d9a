// The grading contract's vocabulary: levels (with their bars and guide) and interview kinds.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { LevelGuideSchema } from '../../schemas/content.js';

const LevelsBody = Type.Object({
  levels: Type.Array(
    Type.Object({
      id: Type.Enum(LEVEL_IDS),
      label: Type.String(),
      evaluates: Type.String(),
      about: Type.Array(Type.Enum(DIMENSION_IDS), {
        description: 'the dimensions never forgiven at this level',
      }),
      bars: Type.Record(Type.String(), Type.Integer(), {
        description: 'the score each dimension must reach',
      }),
      guide: LevelGuideSchema,
    }),
  ),
});

const KindsBody = Type.Object({
  kinds: Type.Array(
    Type.Object({
      id: Type.Enum(KIND_IDS),
      label: Type.String(),
      example: Type.String(),
      rounds: Type.String(),
      dimensions: Type.Array(
        Type.Object({ id: Type.Enum(DIMENSION_IDS), label: Type.String(), weight: Type.Number() }),
      ),
    }),
  ),
});

const catalog: FastifyPluginAsyncTypebox = async (app) => {
  const { rubric } = app.content.grader;
  const levels = {
    levels: rubric.levels.map((level) => {
      const guide = app.content.bank.levels.find((g) => g.id === level.id);
      if (!guide) throw new Error(`no level guide for ${level.id}`);
      return {
        ...level,
        bars: Object.fromEntries(DIMENSION_IDS.map((d) => [d, rubric.dimensions[d].bars[level.id]])),
        guide,
      };
    }),
  };
  const kinds = {
    kinds: rubric.kinds.map((kind) => ({
      id: kind.id,
      label: kind.label,
      example: kind.example,
      rounds: kind.rounds,
      dimensions: Object.entries(kind.rubric).map(([id, weight]) => ({
        id: id as (typeof DIMENSION_IDS)[number],
        label: rubric.dimensions[id as (typeof DIMENSION_IDS)[number]].label,
        weight: weight ?? 0,
      })),
    })),
  };

  app.get(
    '/levels',
    {
      schema: {
        tags: ['content'],
        summary: 'The levels, lowest first, with their bars and level guide',
        response: { 200: LevelsBody },
      },
    },
    async () => levels,
  );

  app.get(
    '/kinds',
    {
      schema: {
        tags: ['content'],
        summary: 'The interview kinds with the dimensions and weights of their rubric',
        response: { 200: KindsBody },
      },
    },
    async () => kinds,
  );
};

export default catalog;
