// Grading a request's answer: a bank question lends its prompt, kind and, at the level, the points a
// strong answer covers and its follow-ups, as `ladder grade --question-id` does.
import type { KindId, LevelId, Report } from '../engine/index.js';
import type { Content } from './content.js';
import { ApiError } from './errors.js';

export interface GradeRequest {
  kind?: KindId;
  level: LevelId;
  question?: string;
  questionId?: string;
  answer: string;
}

export interface ResolvedQuestion {
  questionId: string | null;
  question: string | null;
  kind: KindId;
}

export function resolveQuestion(content: Content, request: Omit<GradeRequest, 'answer'>): ResolvedQuestion {
  if (request.questionId !== undefined) {
    const bank = content.questionsById.get(request.questionId);
    if (!bank) {
      throw new ApiError(
        400,
        'unknown_question',
        `No question "${request.questionId}" in the bank; list them with GET /api/questions.`,
      );
    }
    if (request.kind !== undefined && request.kind !== bank.kind) {
      throw new ApiError(
        400,
        'kind_mismatch',
        `Question ${bank.id} is a ${bank.kind} question, not ${request.kind}: leave kind out or fix it.`,
      );
    }
    return { questionId: bank.id, question: request.question ?? bank.prompt, kind: bank.kind };
  }
  if (request.kind === undefined) {
    throw new ApiError(400, 'kind_required', 'Say which kind of interview with kind, or give a questionId.');
  }
  return { questionId: null, question: request.question ?? null, kind: request.kind };
}

export function gradeAnswer(
  content: Content,
  question: ResolvedQuestion,
  level: LevelId,
  answer: string,
): Report {
  const guidance = question.questionId
    ? content.questionsById.get(question.questionId)?.guidance[level]
    : undefined;
  return content.grader.grade({
    answer,
    kind: question.kind,
    level,
    question: question.question,
    covers: guidance?.covers,
    questionFollowUps: guidance?.follow_ups,
  });
}
