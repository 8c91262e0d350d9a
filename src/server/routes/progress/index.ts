// The progress view of the signed-in user: each dimension's scores over time against the bar of a
// level, the level each revision demonstrated, and what to practise next for the loop ahead.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { currentUser, requireUser } from '../../session.js';
import { progressOf } from './progress-of.js';
import { progressSchema } from './schema.js';

const progress: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  app.addHook('onRequest', requireUser);

  app.get('/progress', { schema: progressSchema }, async (request) =>
    progressOf(db, content, currentUser(request).id, request.query.level),
  );
};

export default progress;
