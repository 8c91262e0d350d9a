// The engine's vocabulary: the grading contract of RUBRIC.md as types, the finding every signal
// returns, and the report. The values (weights, bars) come from content/, never from code.

export const LEVEL_IDS = ['apm', 'pm2', 'senior', 'staff'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];
/** `none`: the answer does not clear even the entry bar. */
export type DemonstratedLevel = LevelId | 'none';
/** A demonstrated level's rung on the ladder, 0 for none: for comparing and measuring distances. */
export const RUNG: Readonly<Record<DemonstratedLevel, number>> = {
  none: 0,
  ...(Object.fromEntries(LEVEL_IDS.map((id, i) => [id, i + 1])) as Record<LevelId, number>),
};

export const KIND_IDS = [
  'product_sense',
  'product_improvement',
  'metrics',
  'behavioral',
  'technical',
  'strategy',
  'take_home',
] as const;
export type KindId = (typeof KIND_IDS)[number];

export const DIMENSION_IDS = [
  'problem_definition',
  'user_insight',
  'solution_logic',
  'tradeoffs',
  'metrics',
  'structure',
  'star',
  'ownership',
  'impact',
  'strategy',
  'leadership',
  'technical_depth',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export type Score = 1 | 2 | 3 | 4;

export interface LevelDef {
  id: LevelId;
  label: string;
  evaluates: string;
  /** The dimensions this level is about: never forgiven when deciding whether it is cleared. */
  about: DimensionId[];
}

export interface KindDef {
  id: KindId;
  label: string;
  example: string;
  rounds: string;
  /** Dimension weights in percent, summing to 100. */
  rubric: Partial<Record<DimensionId, number>>;
}

/** One term of a dimension's scoring rule: points earned by a signal's findings. */
export interface ScoringTerm {
  signal: string;
  /** Points for each finding (negative for a signal that counts against). */
  points: number;
  /** The most this term may add (or, for negative points, take away). */
  cap: number;
}

export interface DimensionScoring {
  /** false when the rule is set by hand and must not be refitted. */
  fitted: boolean;
  /** Points every answer starts with (structure: most answers have some order). */
  base: number;
  /**
   * Points per point of the rest of the answer: the mean provisional score of the rubric's other
   * dimensions, less 2.5. An interviewer reads one dimension in the light of the whole answer.
   */
  context: number;
  terms: ScoringTerm[];
  /** Points needed for a score of 2, 3 and 4. */
  cuts: [number, number, number];
  /** A score of 3 or 4 needs, for every group, a finding of at least one of its signals. */
  requires: Partial<Record<'3' | '4', string[][]>>;
}

export interface DimensionDef {
  id: DimensionId;
  label: string;
  evidence: string;
  anchors: Record<Score, string>;
  bars: Record<LevelId, Score>;
  /** What the level expects on this dimension, in words, for feedback. */
  expects: Record<LevelId, string>;
  scoring: DimensionScoring;
  /** Questions an interviewer would probe when this dimension is weak. */
  follow_ups: string[];
}

/** A misalignment the guide warns about: a pattern of scores and signals, and what to say. */
export interface Misalignment {
  id: string;
  levels: LevelId[];
  kinds: KindId[];
  when: {
    scores?: Partial<Record<DimensionId, { min?: number; max?: number }>>;
    signals?: string[];
    without?: string[];
  };
  /** `{level}` is replaced by the target level's label. */
  message: string;
}

export interface RubricData {
  levels: LevelDef[];
  kinds: KindDef[];
  dimensions: Record<DimensionId, DimensionDef>;
  /** A dimension of at most this weight may fall one point short of a bar, unless the level is about it. */
  forgivableWeight: number;
  misalignments: Misalignment[];
}

/** A half-open range of UTF-16 offsets into the answer as given. */
export interface Span {
  start: number;
  end: number;
}

export interface Finding extends Span {
  signal: string;
  dimension: DimensionId;
  message: string;
}
