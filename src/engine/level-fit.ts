// The graders' rule: an answer clears a level when every dimension of its rubric meets that
// level's bar, except that one light dimension may fall one point short, never one the level is
// about. `demonstrated` is the highest level cleared together with every level below it.
import type { DemonstratedLevel, DimensionId, KindDef, LevelId, RubricData, Score } from './types.js';
import { LEVEL_IDS } from './types.js';

export interface LevelGap {
  dimension: DimensionId;
  score: Score;
  bar: Score;
  /** Forgiven: light enough, one point short, and not what the level is about. */
  forgiven: boolean;
  /** The level is about this dimension. */
  about: boolean;
}

export interface LevelCheck {
  level: LevelId;
  clears: boolean;
  gaps: LevelGap[];
}

export function checkLevel(
  rubric: RubricData,
  kind: KindDef,
  level: LevelId,
  scores: Partial<Record<DimensionId, Score>>,
): LevelCheck {
  const about = new Set(rubric.levels.find((l) => l.id === level)?.about ?? []);
  const gaps: LevelGap[] = [];
  let forgivenUsed = false;
  // Forgive the lightest eligible dimension first, so the choice does not depend on rubric order.
  const entries = Object.entries(kind.rubric).sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0)) as Array<
    [DimensionId, number]
  >;
  for (const [dimension, weight] of entries) {
    const bar = rubric.dimensions[dimension].bars[level];
    const score = scores[dimension] ?? 1;
    if (score >= bar) continue;
    const forgivable =
      !forgivenUsed && bar - score === 1 && weight <= rubric.forgivableWeight && !about.has(dimension);
    if (forgivable) forgivenUsed = true;
    gaps.push({ dimension, score, bar, forgiven: forgivable, about: about.has(dimension) });
  }
  return { level, clears: gaps.every((g) => g.forgiven), gaps };
}

export function demonstratedLevel(checks: LevelCheck[]): DemonstratedLevel {
  let demonstrated: DemonstratedLevel = 'none';
  for (const id of LEVEL_IDS) {
    const check = checks.find((c) => c.level === id);
    if (!check?.clears) break;
    demonstrated = id;
  }
  return demonstrated;
}

export type Verdict = 'below' | 'meets' | 'exceeds';

export function verdictFor(target: LevelId, demonstrated: DemonstratedLevel): Verdict {
  if (demonstrated === 'none') return 'below';
  const d = LEVEL_IDS.indexOf(demonstrated);
  const t = LEVEL_IDS.indexOf(target);
  return d < t ? 'below' : d === t ? 'meets' : 'exceeds';
}
