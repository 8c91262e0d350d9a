// The question bank: browse by kind, level, tag and words; one question in full.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { filterQuestions } from '../../../content/bank.js';
import type { Question } from '../../../content/questions.schema.js';
import { ApiError } from '../../errors.js';
import { getQuestionSchema, listQuestionsSchema } from './schema.js';

const questions: FastifyPluginAsyncTypebox = async (app) => {
  const { bank, questionsById } = app.content;

  // The bank does not change while the server runs, so a page once listed is kept (a bounded number of them).
  const pages = new Map<string, { questions: Array<Omit<Question, 'guidance' | 'brief'>>; total: number }>();
  app.get('/questions', { schema: listQuestionsSchema }, async (request) => {
    const { kind, level, tag, q, limit = 50, offset = 0 } = request.query;
    const key = JSON.stringify([kind, level, tag, q, limit, offset]);
    let page = pages.get(key);
    if (!page) {
      const matching = filterQuestions(bank.questions, { kind, level, tag, search: q });
      page = {
        questions: matching.slice(offset, offset + limit).map(({ guidance, brief, ...summary }) => summary),
        total: matching.length,
      };
      if (pages.size >= 1_000) pages.clear();
      pages.set(key, page);
    }
    return page;
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
