// Where a candidate stands against the target bar, from their graded answers: each dimension's
// recent mean against the bar, how much practice each kind needs, and the skills (engine signals)
// their answers keep missing.
import type { DimensionId, KindId, LevelId, Report, RubricData, Score } from '../engine/index.js';

/** A graded answer: an attempt's latest report. Newest first wherever a list of them is taken. */
export interface GradedAnswer {
  kind: KindId;
  /** ISO. */
  createdAt: string;
  report: Report;
}

export interface DimensionStanding {
  dimension: DimensionId;
  label: string;
  bar: Score;
  /** The mean of the latest scores (at most RECENT of them); null when no answer scored it. */
  mean: number | null;
  answers: number;
  /** bar - mean: how far below the bar (negative above it); null without answers. */
  gap: number | null;
}

/** The latest scores of a dimension that stand for the candidate now. */
export const RECENT = 5;
/** A dimension no answer has scored yet is taken to be this far below the bar until one does. */
export const UNKNOWN_GAP = 1;

export function dimensionStandings(
  answers: readonly GradedAnswer[],
  rubric: RubricData,
  level: LevelId,
): DimensionStanding[] {
  const scores = new Map<DimensionId, number[]>();
  for (const answer of answers) {
    for (const d of answer.report.dimensions) {
      const list = scores.get(d.id) ?? [];
      if (list.length < RECENT) list.push(d.score);
      scores.set(d.id, list);
    }
  }
  return (Object.keys(rubric.dimensions) as DimensionId[]).map((dimension) => {
    const def = rubric.dimensions[dimension];
    const list = scores.get(dimension) ?? [];
    const mean = list.length ? round2(list.reduce((a, b) => a + b, 0) / list.length) : null;
    const bar = def.bars[level];
    return {
      dimension,
      label: def.label,
      bar,
      mean,
      answers: list.length,
      gap: mean === null ? null : round2(bar - mean),
    };
  });
}

/** How far below the bar a kind's answers are, weighted by its rubric: 0 (at or above) to 3. */
export function kindNeed(kind: KindId, standings: readonly DimensionStanding[], rubric: RubricData): number {
  const def = rubric.kinds.find((k) => k.id === kind);
  if (!def) return UNKNOWN_GAP;
  const byId = new Map(standings.map((s) => [s.dimension, s]));
  let need = 0;
  for (const [dimension, weight] of Object.entries(def.rubric) as Array<[DimensionId, number]>) {
    const gap = byId.get(dimension)?.gap ?? UNKNOWN_GAP;
    need += (Math.max(0, gap) * weight) / 100;
  }
  return round2(need);
}

/** The kind's dimension furthest below the bar (weighted), the one a session of it should work on. */
export function kindFocus(
  kind: KindId,
  standings: readonly DimensionStanding[],
  rubric: RubricData,
): DimensionStanding | null {
  const def = rubric.kinds.find((k) => k.id === kind);
  if (!def) return null;
  let best: { standing: DimensionStanding; score: number } | null = null;
  for (const [dimension, weight] of Object.entries(def.rubric) as Array<[DimensionId, number]>) {
    const standing = standings.find((s) => s.dimension === dimension);
    if (!standing) continue;
    const score = Math.max(0, standing.gap ?? UNKNOWN_GAP) * weight;
    if (score > 0 && (!best || score > best.score)) best = { standing, score };
  }
  return best?.standing ?? null;
}

export interface WeakSkill {
  /** The engine signal: "guardrail", "tradeoff_two_sided". */
  signal: string;
  dimension: DimensionId;
  /** Of the recent answers whose kind scores it, how many showed it. */
  shown: number;
  of: number;
}

/**
 * The skills the candidate's recent answers miss: signals scored on a dimension below the bar,
 * shown in fewer than half of the recent answers of the kinds that score them. Worst first.
 */
export function weakSkills(
  answers: readonly GradedAnswer[],
  standings: readonly DimensionStanding[],
  rubric: RubricData,
  kinds: readonly KindId[],
  limit = 12,
): WeakSkill[] {
  const below = new Map(standings.filter((s) => (s.gap ?? 0) > 0).map((s) => [s.dimension, s.gap ?? 0]));
  const out: Array<WeakSkill & { gap: number }> = [];
  const seen = new Set<string>();
  for (const kind of kinds) {
    const def = rubric.kinds.find((k) => k.id === kind);
    for (const dimension of Object.keys(def?.rubric ?? {}) as DimensionId[]) {
      const gap = below.get(dimension);
      if (gap === undefined) continue;
      for (const term of rubric.dimensions[dimension].scoring.terms) {
        if (term.points <= 0 || seen.has(term.signal)) continue;
        const relevant = answers
          .filter((a) => a.report.dimensions.some((d) => d.id === dimension))
          .slice(0, RECENT * 2);
        if (relevant.length === 0) continue;
        const shown = relevant.filter((a) =>
          a.report.dimensions.some((d) => d.points.some((p) => p.signal === term.signal && p.findings > 0)),
        ).length;
        if (shown * 2 >= relevant.length) continue;
        seen.add(term.signal);
        out.push({ signal: term.signal, dimension, shown, of: relevant.length, gap });
      }
    }
  }
  out.sort((a, b) => b.gap - a.gap || a.shown / a.of - b.shown / b.of || a.signal.localeCompare(b.signal));
  return out.slice(0, limit).map(({ gap: _gap, ...skill }) => skill);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
