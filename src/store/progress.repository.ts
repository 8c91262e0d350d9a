// A user's graded revisions in the order they were written, for the progress view: every revision of
// every attempt, each marked whether it is its attempt's latest, with the report it was graded with.
import type { DemonstratedLevel, KindId, LevelId, Report, Verdict } from '../engine/index.js';
import type { Db } from './database.js';

export interface ScoredRevision {
  attemptId: string;
  revision: number;
  /** When the revision was submitted. */
  at: string;
  kind: KindId;
  /** The level the attempt was graded against. */
  level: LevelId;
  overall: number;
  demonstrated: DemonstratedLevel;
  verdict: Verdict;
  /** The attempt's latest revision: the one that stands for it now. */
  latest: boolean;
  report: Report;
}

/** The user's most recent `limit` revisions, oldest first, and how many there are in all. */
export async function scoredRevisions(
  db: Db,
  userId: string,
  limit: number,
): Promise<{ revisions: ScoredRevision[]; total: number }> {
  const owned = db
    .selectFrom('attempt_revisions as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .where('a.user_id', '=', userId);
  const { n } = await owned.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const rows = await owned
    .select([
      'r.attempt_id',
      'r.number',
      'r.created_at',
      'r.overall',
      'r.demonstrated',
      'r.verdict',
      'r.report',
      'a.kind',
      'a.level',
    ])
    .select((eb) =>
      eb
        .selectFrom('attempt_revisions as l')
        .select((s) => s.fn.max('l.number').as('last'))
        .whereRef('l.attempt_id', '=', 'r.attempt_id')
        .as('last'),
    )
    .orderBy('r.created_at', 'desc')
    .orderBy('r.attempt_id', 'desc')
    .orderBy('r.number', 'desc')
    .limit(limit)
    .execute();
  return {
    total: Number(n),
    revisions: rows.reverse().map((row) => ({
      attemptId: row.attempt_id,
      revision: row.number,
      at: row.created_at,
      kind: row.kind as KindId,
      level: row.level as LevelId,
      overall: Number(row.overall),
      demonstrated: row.demonstrated as DemonstratedLevel,
      verdict: row.verdict as Verdict,
      latest: Number(row.last) === row.number,
      report: JSON.parse(row.report) as Report,
    })),
  };
}
