// A user's attempts: answer a question, revise the answer (graded, with the change in scores),
// autosave a draft, list, read and delete. Another user's attempt answers exactly like a missing one.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  addRevision,
  deleteAttempt,
  getAttempt,
  listAttempts,
  saveDraft,
} from '../../../store/attempts.repository.js';
import { ApiError } from '../../errors.js';
import { gradeAnswer } from '../../grading.js';
import { currentUser, requireUser } from '../../session.js';
import {
  addRevisionSchema,
  createAttemptSchema,
  deleteAttemptSchema,
  getAttemptSchema,
  listAttemptsSchema,
  saveDraftSchema,
} from './schema.js';
import { attemptQuestion, startAttempt } from './submit.js';
import upload from './upload.js';

const notFound = () => new ApiError(404, 'attempt_not_found', 'You have no attempt with this id.');

const attempts: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  // On request, before any body is read: an upload is not buffered for a visitor who is not signed in.
  app.addHook('onRequest', requireUser);

  app.post('/attempts', { schema: createAttemptSchema }, async (request, reply) => {
    const { level, answer, durationSec } = request.body;
    const attempt = await startAttempt(app, currentUser(request).id, {
      question: attemptQuestion(content, request.body),
      level,
      answer,
      durationSec: durationSec ?? null,
    });
    return reply.code(201).send(attempt);
  });

  await app.register(upload);

  app.get('/attempts', { schema: listAttemptsSchema }, async (request) => {
    const { limit = 20, offset = 0, ...filter } = request.query;
    const page = await listAttempts(db, currentUser(request).id, { ...filter, limit, offset });
    return page;
  });

  app.get('/attempts/:id', { schema: getAttemptSchema }, async (request) => {
    const attempt = await getAttempt(db, currentUser(request).id, request.params.id);
    if (!attempt) throw notFound();
    return attempt;
  });

  app.post('/attempts/:id/revisions', { schema: addRevisionSchema }, async (request, reply) => {
    const userId = currentUser(request).id;
    const attempt = await getAttempt(db, userId, request.params.id);
    if (!attempt) throw notFound();
    const { answer, durationSec } = request.body;
    const report = gradeAnswer(
      content,
      { questionId: attempt.questionId, question: attempt.question, kind: attempt.kind },
      attempt.level,
      answer,
    );
    const revision = await addRevision(
      db,
      userId,
      attempt.id,
      { answer, durationSec: durationSec ?? null, report },
      new Date().toISOString(),
    );
    // Deleted between the read and the write.
    if (!revision) throw notFound();
    return reply.code(201).send(revision);
  });

  app.put('/attempts/:id/draft', { schema: saveDraftSchema }, async (request) => {
    const draft = await saveDraft(
      db,
      currentUser(request).id,
      request.params.id,
      request.body.answer,
      new Date().toISOString(),
    );
    if (!draft) throw notFound();
    return draft;
  });

  app.delete('/attempts/:id', { schema: deleteAttemptSchema }, async (request, reply) => {
    if (!(await deleteAttempt(db, currentUser(request).id, request.params.id))) throw notFound();
    return reply.code(204).send(null);
  });
};

export default attempts;
