// One user's progress: each dimension's scores over time against the bar of a level, the level each revision
// demonstrated, and what to practise next. GET /api/progress and the coach's view of a candidate both answer
// with it, so that one screen serves both.
import type { DimensionId, LevelId } from '../../../engine/index.js';
import { DIMENSION_IDS } from '../../../engine/index.js';
import { practiseNext } from '../../../practice/next.js';
import type { Db } from '../../../store/database.js';
import { getProfile } from '../../../store/profiles.repository.js';
import { scoredRevisions } from '../../../store/progress.repository.js';
import type { Content } from '../../content.js';
import { MAX_PROGRESS_REVISIONS } from './schema.js';

const DEFAULT_LEVEL: LevelId = 'pm2';

/** Against `requested`, else the user's target level, else PM II; `levelFrom` says which. */
export async function progressOf(db: Db, content: Content, userId: string, requested?: LevelId) {
  const { rubric } = content.grader;
  const [profile, { revisions, total }] = await Promise.all([
    getProfile(db, userId),
    scoredRevisions(db, userId, MAX_PROGRESS_REVISIONS),
  ]);
  const level = requested ?? profile?.targetLevel ?? DEFAULT_LEVEL;
  const levelFrom = requested ? ('query' as const) : profile ? ('profile' as const) : ('default' as const);
  const point = (r: (typeof revisions)[number]) => ({
    attemptId: r.attemptId,
    revision: r.revision,
    at: r.at,
    kind: r.kind,
    latest: r.latest,
  });
  const dimensions = DIMENSION_IDS.map((id: DimensionId) => {
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
  const guide = content.bank.levels.find((g) => g.id === level);
  return {
    level,
    levelFrom,
    revisions: { shown: revisions.length, total },
    dimensions,
    levelFit: revisions.map((r) => ({
      ...point(r),
      demonstrated: r.demonstrated,
      target: r.level,
      verdict: r.verdict,
      overall: r.overall,
    })),
    practiseNext: practiseNext({
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
    }),
  };
}
