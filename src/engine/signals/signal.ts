// What a signal is: data from content/signals/<id>.yaml compiled once into regular expressions, and
// a detector that reads the Analysis and returns findings with spans.
import type { Analysis, Sentence } from '../analysis.js';
import type { DimensionId, Finding, KindId } from '../types.js';

export interface SignalData {
  id: string;
  dimension: DimensionId;
  message: string;
  /** Advice when the signal is absent; empty for signals that count against an answer. */
  missing: string;
  /** The detector function; `pattern` (the default) matches sentences against `patterns`. */
  detector: string;
  /** Only sentences in this part of the answer (0 = start, 1 = end). */
  within?: [number, number];
  /** Other string lists (patterns, all, not, or a detector's own) and settings. */
  [field: string]: unknown;
}

export interface CompiledSignal {
  id: string;
  dimension: DimensionId;
  message: string;
  missing: string;
  detector: string;
  within: [number, number];
  /** Every list of strings in the data, compiled to case-insensitive expressions. */
  lists: Record<string, RegExp[]>;
  /** Every list of strings in the data, as written (for word lists). */
  words: Record<string, string[]>;
  /** The data as loaded, for a detector's own settings. */
  data: SignalData;
}

export interface SignalContext {
  analysis: Analysis;
  kind: KindId;
  /** Findings of the signals that ran before, by signal id. */
  found: ReadonlyMap<string, Finding[]>;
  /** Content words of a sentence that are not generic PM vocabulary (memoised per answer). */
  specificWords: (sentence: Sentence) => number;
  /** A sentence's content words, and how many are specific (memoised per answer). */
  wordCounts: (sentence: Sentence) => WordCounts;
}

export interface WordCounts {
  content: number;
  specific: number;
}

export type Detector = (ctx: SignalContext, signal: CompiledSignal) => Finding[];

export function sentenceFinding(signal: CompiledSignal, s: Sentence, message = signal.message): Finding {
  return { signal: signal.id, dimension: signal.dimension, start: s.start, end: s.end, message };
}

/** A finding over an explicit span (a phrase, a run of sentences, the whole answer). */
export function spanFinding(
  signal: CompiledSignal,
  start: number,
  end: number,
  message = signal.message,
): Finding {
  return { signal: signal.id, dimension: signal.dimension, start, end, message };
}

export function matchesAny(expressions: readonly RegExp[] | undefined, text: string): boolean {
  if (!expressions) return false;
  for (const e of expressions) if (e.test(text)) return true;
  return false;
}

/** The candidate's sentences inside the signal's window, headings left out. */
export function candidateSentences(ctx: SignalContext, signal: CompiledSignal, headings = false): Sentence[] {
  const [from, to] = signal.within;
  return ctx.analysis.candidate.filter(
    (s) => s.position >= from && s.position <= to && (headings || s.block !== 'heading'),
  );
}

/** Whether a sentence has the `min_specific` content words the signal asks for (0 by default). */
export function specificEnough(ctx: SignalContext, signal: CompiledSignal, s: Sentence): boolean {
  const min = Number(signal.data.min_specific ?? 0);
  return min <= 0 || ctx.specificWords(s) >= min;
}

/**
 * The default detector: a sentence fires when it matches one of `patterns`, every `all`, and no
 * `not`, and has at least `min_specific` content words beyond generic PM vocabulary.
 */
export const patternDetector: Detector = (ctx, signal) => {
  const out: Finding[] = [];
  const { patterns, all, not } = signal.lists;
  // Some signals read headings too: a section headed "Assumptions" states assumptions.
  const headings = signal.data.headings === true;
  for (const s of candidateSentences(ctx, signal, headings)) {
    if (!matchesAny(patterns, s.norm)) continue;
    if (all && !all.every((e) => e.test(s.norm))) continue;
    if (matchesAny(not, s.norm)) continue;
    if (!specificEnough(ctx, signal, s)) continue;
    out.push(sentenceFinding(signal, s));
  }
  return out;
};
