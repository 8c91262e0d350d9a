// Request and response schemas of POST /api/grade.
import { Type } from 'typebox';
import { KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { AnswerText, errors, QuestionText } from '../../schemas/common.js';
import { ReportSchema } from '../../schemas/report.js';

export const GradeBody = Type.Object(
  {
    kind: Type.Optional(Type.Enum(KIND_IDS, { description: 'required unless questionId is given' })),
    level: Type.Enum(LEVEL_IDS, { description: 'the level the candidate is interviewing for' }),
    question: Type.Optional(QuestionText),
    questionId: Type.Optional(
      Type.String({ maxLength: 200, pattern: '^[a-z0-9-]+$', description: 'a question of the bank' }),
    ),
    answer: AnswerText,
  },
  { additionalProperties: false },
);

export const gradeSchema = {
  tags: ['grading'],
  summary: 'Grade an answer against the bar of a level',
  description:
    'With questionId, the bank question lends its prompt, its kind and, at the level, what a strong answer covers (checked point by point) and its follow-ups.',
  body: GradeBody,
  response: { 200: ReportSchema, ...errors(400, 403, 413, 415, 429) },
};
