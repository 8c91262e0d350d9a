// The question bank: browse by kind, level, tag and words; one question in full.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { filterQuestions } from '../../../content/bank.js';
import { ApiError } from '../../errors.js';
import { getQuestionSchema, listQuestionsSchema } from './schema.js';

const questions: FastifyPluginAsyncTypebox = async (app) => {
  const { bank, questionsById } = app.content;

  app.get('/questions', { schema: listQuestionsSchema }, async (request) => {
    const { kind, level, tag, q, limit = 50, offset = 0 } = request.query;
    const matching = filterQuestions(bank.questions, { kind, level, tag, search: q });
    return {
      questions: matching.slice(offset, offset + limit).map(({ guidance, brief, ...summary }) => summary),
      total: matching.length,
    };
  });

  app.get('/questions/:id', { schema: getQuestionSchema }, async (request) => {
    const question = questionsById.get(request.params.id);
    if (!question) {
      throw new ApiError(404, 'question_not_found', `No question "${request.params.id}" in the bank.`);
    }
    return question;
  });
};

export default questions;
