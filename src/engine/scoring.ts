// A dimension's score from its signals, by the rule in its content file: points per finding up to
// a cap, cuts for 2, 3 and 4, and the signals a 3 or a 4 requires. Every point is traceable.
import type { DimensionDef, Finding, Score } from './types.js';

export interface TermResult {
  signal: string;
  findings: number;
  points: number;
}

export interface DimensionScore {
  score: Score;
  points: number;
  terms: TermResult[];
  /** Set when `requires` held the score below what its points reached. */
  heldBy?: { score: Score; missing: string[] };
}

/** The signal name under which the rest of the answer's contribution is reported. */
export const CONTEXT_TERM = 'rest_of_answer';

/**
 * `rest` is the mean provisional score of the rubric's other dimensions (scored without context),
 * or null for that provisional pass.
 */
export function scoreDimension(
  def: DimensionDef,
  found: ReadonlyMap<string, Finding[]>,
  cap: Score,
  rest: number | null = null,
): DimensionScore {
  const { base, terms, cuts, requires } = def.scoring;
  const results: TermResult[] = terms.map((t) => {
    const n = found.get(t.signal)?.length ?? 0;
    const raw = n * t.points;
    const points = t.points >= 0 ? Math.min(raw, t.cap) : Math.max(raw, -t.cap);
    return { signal: t.signal, findings: n, points };
  });
  if (rest !== null && def.scoring.context !== 0) {
    results.push({
      signal: CONTEXT_TERM,
      findings: 0,
      points: Math.round(def.scoring.context * (rest - 2.5) * 100) / 100,
    });
  }
  const points = base + results.reduce((sum, r) => sum + r.points, 0);
  let score = (1 + cuts.filter((c) => points >= c).length) as Score;
  let heldBy: DimensionScore['heldBy'];
  for (const level of [4, 3] as const) {
    if (score < level) continue;
    const groups = requires[String(level) as '3' | '4'] ?? [];
    const unmet = groups.filter((g) => !g.some((id) => (found.get(id)?.length ?? 0) > 0));
    if (unmet.length > 0) {
      heldBy ??= { score, missing: unmet.map((g) => g[0] ?? '') };
      score = (level - 1) as Score;
    }
  }
  if (score > cap) score = cap;
  return heldBy ? { score, points, terms: results, heldBy } : { score, points, terms: results };
}
