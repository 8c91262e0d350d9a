// The report of RUBRIC.md: its fields may be added to, never renamed or removed.
import type { CoverageResult } from './coverage.js';
import type { DeliveryNotes } from './delivery.js';
import type { Warning } from './integrity.js';
import type { Verdict } from './level-fit.js';
import type { DemonstratedLevel, DimensionId, KindId, LevelId, Score } from './types.js';

export interface Evidence {
  start: number;
  end: number;
  /** `answer.slice(start, end)`. */
  text: string;
  signal: string;
  /** Whether the finding raised the score or lowered it. */
  counts: 'for' | 'against';
}

export interface DimensionReport {
  id: DimensionId;
  label: string;
  weight: number;
  score: Score;
  bar: Score;
  evidence: Evidence[];
  feedback: string;
  /** How the score was reached: points per signal, for anyone who asks why. */
  points: Array<{ signal: string; findings: number; points: number }>;
}

export interface LadderRung {
  level: LevelId;
  label: string;
  clears: boolean;
  gaps: Array<{
    dimension: DimensionId;
    label: string;
    score: Score;
    bar: Score;
    forgiven: boolean;
    about: boolean;
    /** The answer's best evidence on that dimension, shortened; null when it has none. */
    quote: string | null;
  }>;
  /** In words: what stands between this answer and this rung. */
  summary: string;
}

export interface Report {
  kind: KindId;
  level: LevelId;
  overall: number;
  dimensions: DimensionReport[];
  level_fit: {
    target: LevelId;
    demonstrated: DemonstratedLevel;
    verdict: Verdict;
    summary: string;
    misalignments: Array<{ id: string; message: string }>;
  };
  follow_ups: string[];
  stats: { words: number; sentences: number; ms: number };
  warnings: Warning[];
  ladder: LadderRung[];
  delivery: DeliveryNotes;
  question: string | null;
  /** For a bank question: what a strong answer covers at this level, checked against the answer. */
  coverage: CoverageResult[];
}
