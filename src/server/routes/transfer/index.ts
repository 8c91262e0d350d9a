// Export and import of a user's data in one JSON format.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  allAttempts,
  type ImportedAttempt,
  importAttempt,
  importedRevisionNumbers,
} from '../../../store/attempts.repository.js';
import { getProfile, importProfile } from '../../../store/profiles.repository.js';
import { gradeAnswer } from '../../grading.js';
import { currentUser, requireUser } from '../../session.js';
import { exportPreparation, importPreparation } from './preparation.js';
import { EXPORT_FORMAT, EXPORT_VERSION, exportSchema, importSchema } from './schema.js';

export interface TransferOptions {
  /** The largest import body, in bytes. */
  importBodyLimit: number;
  /** Imports per address per hour; false for no limit. Each import may grade many answers. */
  importRateLimit: number | false;
}

const iso = (value: string) => new Date(value).toISOString();

const transfer: FastifyPluginAsyncTypebox<TransferOptions> = async (app, options) => {
  const { db, content } = app;
  app.addHook('preHandler', requireUser);

  app.get('/export', { schema: exportSchema }, async (request, reply) => {
    const user = currentUser(request);
    const attempts = await allAttempts(db, user.id);
    const day = new Date().toISOString().slice(0, 10);
    void reply.header('content-disposition', `attachment; filename="ladder-export-${day}.json"`);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      user: { email: user.email, createdAt: user.created_at },
      profile: await getProfile(db, user.id),
      attempts,
      ...(await exportPreparation(db, user.id)),
    } as const;
  });

  app.post(
    '/import',
    {
      schema: importSchema,
      bodyLimit: options.importBodyLimit,
      config:
        options.importRateLimit === false
          ? {}
          : { rateLimit: { max: options.importRateLimit, timeWindow: '1 hour' } },
    },
    async (request) => {
      const userId = currentUser(request).id;
      const { attempts, profile } = request.body;
      const held = await importedRevisionNumbers(
        db,
        userId,
        attempts.map((a) => a.id),
      );
      const totals = { created: 0, merged: 0, added: 0, drafts: 0 };
      // The file's attempt ids to this account's, for the loop rounds and self-reviews that name them.
      const attemptIds = new Map<string, string>();
      for (const attempt of attempts) {
        const have = held.get(attempt.id) ?? new Set<number>();
        const question = { questionId: attempt.questionId, question: attempt.question, kind: attempt.kind };
        const item: ImportedAttempt = {
          sourceId: attempt.id,
          questionId: attempt.questionId,
          question: attempt.question,
          kind: attempt.kind,
          level: attempt.level,
          createdAt: iso(attempt.createdAt),
          // Only what the user lacks is graded, so importing the same file again costs little.
          revisions: attempt.revisions
            .filter((r) => !have.has(r.number))
            .map((r) => ({
              number: r.number,
              answer: r.answer,
              durationSec: r.durationSec,
              createdAt: iso(r.createdAt),
              report: gradeAnswer(content, question, attempt.level, r.answer),
            })),
          draft: attempt.draft
            ? { answer: attempt.draft.answer, updatedAt: iso(attempt.draft.updatedAt) }
            : null,
        };
        const outcome = await importAttempt(db, userId, item);
        attemptIds.set(attempt.id, outcome.attemptId);
        if (outcome.created) totals.created++;
        else totals.merged++;
        totals.added += outcome.revisionsAdded;
        if (outcome.draftSaved) totals.drafts++;
      }
      const profileSaved = profile
        ? await importProfile(db, userId, {
            ...profile,
            createdAt: iso(profile.createdAt),
            updatedAt: iso(profile.updatedAt),
          })
        : false;
      return {
        attempts: { created: totals.created, merged: totals.merged },
        revisions: { added: totals.added },
        drafts: { saved: totals.drafts },
        profile: { saved: profileSaved },
        ...(await importPreparation(db, content, userId, request.body, attemptIds, new Date().toISOString())),
      };
    },
  );
};

export default transfer;
