// Starting an attempt: the question it answers, the first answer graded, both stored. Typed answers
// (POST /attempts) and uploaded take-homes (POST /attempts/upload) go through here alike.
import type { FastifyInstance } from 'fastify';
import type { KindId, LevelId, Report } from '../../../engine/index.js';
import { type AttemptDetail, createAttempt } from '../../../store/attempts.repository.js';
import type { Content } from '../../content.js';
import { ApiError } from '../../errors.js';
import { gradeAnswer, type ResolvedQuestion, resolveQuestion } from '../../grading.js';

export interface AttemptQuestionRequest {
  questionId?: string;
  question?: string;
  kind?: KindId;
  level: LevelId;
}

/** The question an attempt answers: a bank question, or a prompt of the user's own with its kind. */
export function attemptQuestion(
  content: Content,
  request: AttemptQuestionRequest,
): ResolvedQuestion & { question: string } {
  const question = resolveQuestion(content, request);
  if (question.question === null) {
    throw new ApiError(
      400,
      'question_required',
      'Give a questionId, or the question you answered and its kind.',
    );
  }
  return { ...question, question: question.question };
}

export async function startAttempt(
  app: FastifyInstance,
  userId: string,
  input: {
    question: ResolvedQuestion & { question: string };
    level: LevelId;
    answer: string;
    durationSec: number | null;
  },
): Promise<AttemptDetail & { report: Report }> {
  const report = gradeAnswer(app.content, input.question, input.level, input.answer);
  const attempt = await createAttempt(app.db, {
    userId,
    questionId: input.question.questionId,
    question: input.question.question,
    kind: input.question.kind,
    level: input.level,
    revision: { answer: input.answer, durationSec: input.durationSec, report },
    now: new Date().toISOString(),
  });
  return { ...attempt, report };
}
