// The reviewer's, the candidate's own and the engine's scores of one answer side by side, and where
// they disagree most: the dimensions with the widest spread first.
import type { DimensionId, Report } from '../engine/index.js';

export type Scores = Partial<Record<DimensionId, number>>;

export interface ScoreSource {
  /** "engine", "self", or a reviewer's id. */
  source: string;
  /** Who it is, for a reviewer their email. */
  label: string;
  scores: Scores;
}

export interface DimensionComparison {
  dimension: DimensionId;
  label: string;
  bar: number;
  engine: number;
  self: number | null;
  reviewers: Array<{ reviewer: string; score: number | null }>;
  /** Highest score less lowest among those given. */
  spread: number;
}

export interface Disagreement {
  dimension: DimensionId;
  label: string;
  spread: number;
  /** Who scored highest and lowest, in words: "you 4, engine 2". */
  summary: string;
}

export interface Comparison {
  dimensions: DimensionComparison[];
  /** Dimensions whose scores differ by 1 or more, widest first. */
  disagreements: Disagreement[];
  /** The mean absolute difference from the engine of the self-score and of each reviewer. */
  agreement: Array<{ source: string; label: string; meanDifferenceFromEngine: number | null }>;
}

export function compareScores(
  report: Report,
  self: Scores | null,
  reviewers: readonly ScoreSource[],
): Comparison {
  const dimensions = report.dimensions.map((d): DimensionComparison => {
    const given = [d.score, self?.[d.id], ...reviewers.map((r) => r.scores[d.id])].filter(
      (s): s is number => typeof s === 'number',
    );
    return {
      dimension: d.id,
      label: d.label,
      bar: d.bar,
      engine: d.score,
      self: self?.[d.id] ?? null,
      reviewers: reviewers.map((r) => ({ reviewer: r.source, score: r.scores[d.id] ?? null })),
      spread: Math.max(...given) - Math.min(...given),
    };
  });
  const disagreements = dimensions
    .filter((d) => d.spread >= 1)
    .sort((a, b) => b.spread - a.spread || a.label.localeCompare(b.label))
    .map((d) => ({
      dimension: d.dimension,
      label: d.label,
      spread: d.spread,
      summary: [
        `engine ${d.engine}`,
        ...(d.self === null ? [] : [`you ${d.self}`]),
        ...d.reviewers.flatMap((r, i) =>
          r.score === null ? [] : [`${reviewers[i]?.label ?? r.reviewer} ${r.score}`],
        ),
      ].join(', '),
    }));
  const meanDiff = (scores: Scores | null) => {
    if (!scores) return null;
    const diffs = report.dimensions.flatMap((d) =>
      typeof scores[d.id] === 'number' ? [Math.abs((scores[d.id] ?? 0) - d.score)] : [],
    );
    return diffs.length ? Math.round((diffs.reduce((a, b) => a + b, 0) / diffs.length) * 100) / 100 : null;
  };
  return {
    dimensions,
    disagreements,
    agreement: [
      { source: 'self', label: 'you', meanDifferenceFromEngine: meanDiff(self) },
      ...reviewers.map((r) => ({
        source: r.source,
        label: r.label,
        meanDifferenceFromEngine: meanDiff(r.scores),
      })),
    ],
  };
}

/** The scores' dimensions must be the rubric's: one the kind does not score is a mistake to name. */
export function unknownDimensions(report: Report, scores: Scores): DimensionId[] {
  const rubric = new Set(report.dimensions.map((d) => d.id));
  return (Object.keys(scores) as DimensionId[]).filter((id) => !rubric.has(id));
}

export interface SpanComment {
  start: number;
  end: number;
  comment: string;
}

/** The comments whose span does not fit the answer (half-open UTF-16 offsets), by index. */
export function badSpans(answer: string, comments: readonly SpanComment[]): number[] {
  return comments.flatMap((c, i) => (c.start < 0 || c.end > answer.length || c.start >= c.end ? [i] : []));
}
