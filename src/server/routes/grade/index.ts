// Grading without an account: an answer in, the report out. Rate limited per address.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { gradeAnswer, resolveQuestion } from '../../grading.js';
import { gradeSchema } from './schema.js';

export interface GradeOptions {
  /** Requests per address per minute; false for no limit. */
  rateLimit: number | false;
}

const grade: FastifyPluginAsyncTypebox<GradeOptions> = async (app, options) => {
  app.post(
    '/grade',
    {
      schema: gradeSchema,
      config:
        options.rateLimit === false ? {} : { rateLimit: { max: options.rateLimit, timeWindow: '1 minute' } },
    },
    async (request) => {
      const { level, answer } = request.body;
      return gradeAnswer(app.content, resolveQuestion(app.content, request.body), level, answer);
    },
  );
};

export default grade;
