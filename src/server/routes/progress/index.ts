// The progress view of the signed-in user: each dimension's scores over time against the bar of a
// level, the level each revision demonstrated, and what to practise next for the loop ahead.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DIMENSION_IDS, type LevelId } from '../../../engine/index.js';
import { practiseNext } from '../../../practice/next.js';
import { getProfile } from '../../../store/profiles.repository.js';
import { scoredRevisions } from '../../../store/progress.repository.js';
import { currentUser, requireUser } from '../../session.js';
import { MAX_PROGRESS_REVISIONS, progressSchema } from './schema.js';

const DEFAULT_LEVEL: LevelId = 'pm2';

const progress: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  const { rubric } = content.grader;
  app.addHook('onRequest', requireUser);

  app.get('/progress', { schema: progressSchema }, async (request) => {
    const userId = currentUser(request).id;
    const [profile, { revisions, total }] = await Promise.all([
      getProfile(db, userId),
      scoredRevisions(db, userId, MAX_PROGRESS_REVISIONS),
    ]);
    const level = request.query.level ?? profile?.targetLevel ?? DEFAULT_LEVEL;
    const levelFrom = request.query.level ? 'query' : profile ? 'profile' : 'default';
    const point = (r: (typeof revisions)[number]) => ({
      attemptId: r.attemptId,
      revision: r.revision,
      at: r.at,
      kind: r.kind,
      latest: r.latest,
    });
    const dimensions = DIMENSION_IDS.map((id) => {
      const { label, bars } = rubric.dimensions[id];
      return {
        id,
        label,
        bar: bars[level],
        points: revisions.flatMap((r) => {
          const scored = r.report.dimensions.find((d) => d.id === id);
          return scored ? [{ ...point(r), score: scored.score, bar: bars[level] }] : [];
        }),
      };
    });
    const levelFit = revisions.map((r) => ({
      ...point(r),
      demonstrated: r.demonstrated,
      target: r.level,
      verdict: r.verdict,
      overall: r.overall,
    }));
    const guide = content.bank.levels.find((g) => g.id === level);
    const next = practiseNext({
      level,
      rubric,
      loop: guide?.loop.rounds ?? [],
      technicalRound: profile?.loop.technicalRound ?? 'unknown',
      takeHome: profile?.loop.takeHome ?? 'unknown',
      // What stands for each attempt now, newest first.
      answers: revisions
        .filter((r) => r.latest)
        .reverse()
        .map((r) => ({ kind: r.kind, createdAt: r.at, report: r.report })),
    });
    return {
      level,
      levelFrom,
      revisions: { shown: revisions.length, total },
      dimensions,
      levelFit,
      practiseNext: next,
    } as const;
  });
};

export default progress;
