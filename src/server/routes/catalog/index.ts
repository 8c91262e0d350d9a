// The grading contract's vocabulary: levels (with their bars and guide) and interview kinds.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DIMENSION_IDS } from '../../../engine/index.js';
import { kindsSchema, levelsSchema } from './schema.js';

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

  app.get('/levels', { schema: levelsSchema }, async () => levels);

  app.get('/kinds', { schema: kindsSchema }, async () => kinds);
};

export default catalog;
