// Grades a set of expert-graded answers and measures agreement, per kind and pooled, with the
// answers the engine disagrees with most. The graders' files are read by the caller; this is pure.
import type { DemonstratedLevel, DimensionId, KindId, LevelId, Report } from '../engine/index.js';
import { LEVEL_IDS, RUNG, verdictFor } from '../engine/index.js';
import { quadraticWeightedKappa, spearman } from './agreement.js';

export interface GradedAnswer {
  id: string;
  kind: KindId;
  level: LevelId;
  grades: { dimensions: Partial<Record<DimensionId, number>>; demonstrated: DemonstratedLevel };
}

export interface Agreement {
  n: number;
  spearman: number;
  qwk: number;
  demonstratedExact: number;
  demonstratedWithinOne: number;
  verdict: number;
}

export interface Disagreement {
  id: string;
  graders: { overall: number; demonstrated: DemonstratedLevel };
  engine: { overall: number; demonstrated: DemonstratedLevel };
  /** Dimensions where the scores differ, as "id engine/graders". */
  dimensions: string[];
}

export interface CalibrationResult {
  pooled: Agreement;
  byKind: Array<{ kind: KindId } & Agreement>;
  worst: Disagreement[];
}

export function gradersOverall(answer: GradedAnswer, report: Report): number {
  let sum = 0;
  let weights = 0;
  for (const d of report.dimensions) {
    const g = answer.grades.dimensions[d.id];
    if (g === undefined) continue;
    sum += g * d.weight;
    weights += d.weight;
  }
  return weights ? sum / weights : Number.NaN;
}

function agreement(pairs: Array<{ answer: GradedAnswer; report: Report }>): Agreement {
  const engineOverall: number[] = [];
  const gradedOverall: number[] = [];
  const engineDims: number[] = [];
  const gradedDims: number[] = [];
  let exact = 0;
  let withinOne = 0;
  let verdict = 0;
  for (const { answer, report } of pairs) {
    engineOverall.push(report.overall);
    gradedOverall.push(gradersOverall(answer, report));
    for (const d of report.dimensions) {
      const g = answer.grades.dimensions[d.id];
      if (g === undefined) continue;
      engineDims.push(d.score);
      gradedDims.push(g);
    }
    const e = report.level_fit.demonstrated;
    const g = answer.grades.demonstrated;
    if (e === g) exact++;
    if (Math.abs(RUNG[e] - RUNG[g]) <= 1) withinOne++;
    if (verdictFor(answer.level, g) === report.level_fit.verdict) verdict++;
  }
  const n = pairs.length;
  return {
    n,
    spearman: spearman(engineOverall, gradedOverall),
    qwk: quadraticWeightedKappa(engineDims, gradedDims),
    demonstratedExact: n ? exact / n : Number.NaN,
    demonstratedWithinOne: n ? withinOne / n : Number.NaN,
    verdict: n ? verdict / n : Number.NaN,
  };
}

export function calibrate(
  pairs: Array<{ answer: GradedAnswer; report: Report }>,
  worstCount = 8,
): CalibrationResult {
  const kinds = [...new Set(pairs.map((p) => p.answer.kind))].sort();
  const worst = pairs
    .map(({ answer, report }) => {
      const graders = gradersOverall(answer, report);
      const gap =
        Math.abs(graders - report.overall) +
        0.5 * Math.abs(RUNG[answer.grades.demonstrated] - RUNG[report.level_fit.demonstrated]);
      return {
        gap,
        item: {
          id: answer.id,
          graders: { overall: Math.round(graders * 100) / 100, demonstrated: answer.grades.demonstrated },
          engine: { overall: report.overall, demonstrated: report.level_fit.demonstrated },
          dimensions: report.dimensions
            .filter(
              (d) =>
                answer.grades.dimensions[d.id] !== undefined && answer.grades.dimensions[d.id] !== d.score,
            )
            .map((d) => `${d.id} ${d.score}/${answer.grades.dimensions[d.id]}`),
        },
      };
    })
    .sort((a, b) => b.gap - a.gap)
    .slice(0, worstCount)
    .map((w) => w.item);
  return {
    pooled: agreement(pairs),
    byKind: kinds.map((kind) => ({ kind, ...agreement(pairs.filter((p) => p.answer.kind === kind)) })),
    worst,
  };
}

export function isLevel(value: unknown): value is DemonstratedLevel {
  return value === 'none' || (LEVEL_IDS as readonly unknown[]).includes(value);
}
