// The change in scores from one revision of an answer to the next: what learning velocity looks like.
import type { DemonstratedLevel, DimensionId, Report, Verdict } from '../engine/index.js';

export interface ScoreChange {
  /** The revision this one is compared with. */
  since: number;
  /** New overall less the old, rounded to two decimals. */
  overall: number;
  dimensions: Array<{ id: DimensionId; from: number; to: number; delta: number }>;
  demonstrated: { from: DemonstratedLevel; to: DemonstratedLevel };
  verdict: { from: Verdict; to: Verdict };
}

export function scoreChange(since: number, before: Report, after: Report): ScoreChange {
  const old = new Map(before.dimensions.map((d) => [d.id, d.score]));
  return {
    since,
    overall: Math.round((after.overall - before.overall) * 100) / 100,
    dimensions: after.dimensions.map((d) => {
      const from = old.get(d.id) ?? d.score;
      return { id: d.id, from, to: d.score, delta: d.score - from };
    }),
    demonstrated: { from: before.level_fit.demonstrated, to: after.level_fit.demonstrated },
    verdict: { from: before.level_fit.verdict, to: after.level_fit.verdict },
  };
}
