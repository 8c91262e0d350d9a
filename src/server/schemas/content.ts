// Response schemas for content the bank validates with zod: converted from those zod schemas, so the
// API documents exactly what content/ may hold.
import type { TSchema } from 'typebox';
import { Type } from 'typebox';
import { z } from 'zod';
import { levelGuideSchema } from '../../content/levels.schema.js';
import { questionSchema } from '../../content/questions.schema.js';

function fromZod(schema: z.ZodType, description: string): TSchema {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-7' }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return Type.Unsafe({ ...json, description });
}

export const QuestionSchema = fromZod(questionSchema, 'A question of the bank, with its guidance per level');
export const LevelGuideSchema = fromZod(levelGuideSchema, 'What the level guide says about one level');
