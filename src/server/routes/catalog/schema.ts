// Response schemas of the level and kind routes.
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { LevelGuideSchema } from '../../schemas/content.js';

export const LevelsBody = Type.Object({
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

export const KindsBody = Type.Object({
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

export const levelsSchema = {
  tags: ['content'],
  summary: 'The levels, lowest first, with their bars and level guide',
  response: { 200: LevelsBody },
};

export const kindsSchema = {
  tags: ['content'],
  summary: 'The interview kinds with the dimensions and weights of their rubric',
  response: { 200: KindsBody },
};
