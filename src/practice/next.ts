// What to practise next: the kinds of interview the candidate's loop will have, ranked by how far
// their recent answers fall below the target bar on what each kind grades, each with the dimensions to
// work on and the reason in words. Pure: no store, no clock; the answers come in, newest first.
import type { DimensionId, KindId, LevelId, RubricData } from '../engine/index.js';
import {
  type DimensionStanding,
  dimensionStandings,
  type GradedAnswer,
  kindNeed,
  UNKNOWN_GAP,
} from '../plan/standing.js';

/** What the recruiter said about a part of the loop. */
export type LoopAnswer = 'yes' | 'no' | 'unknown';

/** A round of the level guide's loop (content/levels/<level>.yaml), most essential first. */
export interface LoopRound {
  kind: KindId;
  round: string;
  count: { min: number; max: number };
}

export interface PracticeInput {
  level: LevelId;
  rubric: RubricData;
  loop: readonly LoopRound[];
  /** unknown when the candidate has not said (or has no profile yet). */
  technicalRound: LoopAnswer;
  takeHome: LoopAnswer;
  /** The latest report of each attempt, newest first: the most recent weigh in, older ones drop out. */
  answers: readonly GradedAnswer[];
}

export interface PracticeSuggestion {
  kind: KindId;
  label: string;
  /** The kind's dimensions furthest below the bar, worst first; gap null when no answer has shown it yet. */
  dimensions: Array<{ id: DimensionId; label: string; gap: number | null }>;
  reason: string;
}

/** A round the loop may not have counts half as much as one it will. */
export const POSSIBLE_ROUND_WEIGHT = 0.5;
/** A kind never practised gets this on top of its gaps: the format itself takes rehearsal. */
export const NEVER_PRACTISED = 0.5;
/** Dimensions named per suggestion. */
export const MAX_DIMENSIONS = 3;

type Why = 'said_yes' | 'certain' | 'possible';

interface Expected {
  kind: KindId;
  round: string;
  why: Why;
}

export function practiseNext(input: PracticeInput): PracticeSuggestion[] {
  const { rubric, level } = input;
  const standings = dimensionStandings(input.answers, rubric, level);
  const levelLabel = rubric.levels.find((l) => l.id === level)?.label ?? level;
  const practised = new Set(input.answers.map((a) => a.kind));
  const ranked = expectedRounds(input).map((expected, order) => {
    const kind = rubric.kinds.find((k) => k.id === expected.kind);
    const label = kind?.label ?? expected.kind;
    const fresh = !practised.has(expected.kind);
    const need = kindNeed(expected.kind, standings, rubric) + (fresh ? NEVER_PRACTISED : 0);
    const importance = expected.why === 'possible' ? POSSIBLE_ROUND_WEIGHT : 1;
    const weak = weakest(kind?.rubric ?? {}, standings);
    return {
      order,
      priority: importance * need,
      suggestion: {
        kind: expected.kind,
        label,
        dimensions: weak.map((s) => ({ id: s.dimension, label: s.label, gap: s.gap })),
        reason: `${evidence(label, levelLabel, fresh, weak)}, and ${loopReason(expected)}.`,
      },
    };
  });
  ranked.sort((a, b) => b.priority - a.priority || a.order - b.order);
  return ranked.map((r) => r.suggestion);
}

/**
 * The kinds the loop will or may have: the guide's rounds, less a technical round or a take-home the
 * recruiter ruled out, with one they confirmed counted as certain (and added if the guide lacks it).
 */
function expectedRounds(input: PracticeInput): Expected[] {
  const said: Partial<Record<KindId, LoopAnswer>> = {
    technical: input.technicalRound,
    take_home: input.takeHome,
  };
  const rounds: Expected[] = [];
  for (const round of input.loop) {
    const answer = said[round.kind] ?? 'unknown';
    if (answer === 'no' || round.count.max === 0) continue;
    const why: Why = answer === 'yes' ? 'said_yes' : round.count.min > 0 ? 'certain' : 'possible';
    rounds.push({ kind: round.kind, round: round.round, why });
  }
  const fallback: Array<[KindId, string]> = [
    ['technical', 'Technical / systems thinking'],
    ['take_home', 'Take-home assignment'],
  ];
  for (const [kind, round] of fallback) {
    if (said[kind] === 'yes' && !rounds.some((r) => r.kind === kind))
      rounds.push({ kind, round, why: 'said_yes' });
  }
  return rounds;
}

/** The kind's dimensions below the bar (or not yet shown), by gap times the kind's weight on them. */
function weakest(
  weights: Partial<Record<DimensionId, number>>,
  standings: DimensionStanding[],
): DimensionStanding[] {
  return standings
    .filter((s) => (weights[s.dimension] ?? 0) > 0 && (s.gap ?? UNKNOWN_GAP) > 0)
    .map((s) => ({ s, weighted: (s.gap ?? UNKNOWN_GAP) * (weights[s.dimension] ?? 0) }))
    .sort((a, b) => b.weighted - a.weighted || a.s.dimension.localeCompare(b.s.dimension))
    .slice(0, MAX_DIMENSIONS)
    .map(({ s }) => s);
}

function evidence(kind: string, level: string, fresh: boolean, weak: DimensionStanding[]): string {
  const short = weak.filter((s) => s.gap !== null && s.mean !== null);
  if (short.length > 0) {
    const named = list(short.map((s) => `${s.label} (${s.mean} against ${s.bar})`));
    const lead = fresh
      ? `You have not answered a ${kind} question yet; your other answers`
      : 'Your recent answers';
    return `${lead} fall short of the ${level} bar on ${named}`;
  }
  if (fresh) return `You have not answered a ${kind} question yet`;
  if (weak.length > 0) return `Your answers have not yet shown ${list(weak.map((s) => s.label))}`;
  return `Your recent answers meet the ${level} bar on everything a ${kind} round grades: keep it warm`;
}

function loopReason(expected: Expected): string {
  if (expected.why === 'said_yes') {
    return `you said your loop has ${expected.kind === 'take_home' ? 'a take-home' : 'a technical round'}`;
  }
  if (expected.why === 'certain') return `your loop will have a ${expected.round} round`;
  return `your loop may have a ${expected.round} round: ask the recruiter`;
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
