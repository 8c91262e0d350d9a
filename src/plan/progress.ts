// A candidate's progress against the target bar, from their graded answers: what a coach sees and what
// the plan weighs. Each dimension's recent mean and its trend, each kind's latest standing, and the
// level each answer demonstrated over time.
import type { DemonstratedLevel, KindId, LevelId, RubricData, Verdict } from '../engine/index.js';
import { type DimensionStanding, dimensionStandings, type GradedAnswer, RECENT } from './standing.js';

export interface DimensionProgress extends DimensionStanding {
  /** The recent mean less the mean of the answers before them; null without both. */
  trend: number | null;
}

export interface KindProgress {
  kind: KindId;
  attempts: number;
  latestOverall: number;
  latestVerdict: Verdict;
}

export interface Progress {
  level: LevelId;
  attempts: number;
  dimensions: DimensionProgress[];
  kinds: KindProgress[];
  /** Oldest first: each answer's date, kind, overall and the level it showed. */
  history: Array<{
    date: string;
    kind: KindId;
    overall: number;
    demonstrated: DemonstratedLevel;
    verdict: Verdict;
  }>;
}

/** `answers` newest first. */
export function progressOf(answers: readonly GradedAnswer[], rubric: RubricData, level: LevelId): Progress {
  const recent = dimensionStandings(answers, rubric, level);
  const before = dimensionStandings(olderThanRecent(answers), rubric, level);
  const dimensions = recent.map((standing) => {
    const earlier = before.find((b) => b.dimension === standing.dimension)?.mean ?? null;
    return {
      ...standing,
      trend:
        standing.mean !== null && earlier !== null ? Math.round((standing.mean - earlier) * 100) / 100 : null,
    };
  });
  const kinds = new Map<KindId, KindProgress>();
  for (const answer of answers) {
    const known = kinds.get(answer.kind);
    if (known) known.attempts++;
    else
      kinds.set(answer.kind, {
        kind: answer.kind,
        attempts: 1,
        latestOverall: answer.report.overall,
        latestVerdict: answer.report.level_fit.verdict,
      });
  }
  return {
    level,
    attempts: answers.length,
    dimensions,
    kinds: [...kinds.values()],
    history: [...answers].reverse().map((a) => ({
      date: a.createdAt,
      kind: a.kind,
      overall: a.report.overall,
      demonstrated: a.report.level_fit.demonstrated,
      verdict: a.report.level_fit.verdict,
    })),
  };
}

/** For each dimension, the answers behind its recent mean are dropped, leaving the ones before them. */
function olderThanRecent(answers: readonly GradedAnswer[]): GradedAnswer[] {
  const counted = new Map<string, number>();
  return answers.flatMap((answer) => {
    const dimensions = answer.report.dimensions.filter((d) => {
      const n = counted.get(d.id) ?? 0;
      counted.set(d.id, n + 1);
      return n >= RECENT;
    });
    return dimensions.length ? [{ ...answer, report: { ...answer.report, dimensions } }] : [];
  });
}
