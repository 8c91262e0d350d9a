// For a bank question: what a strong answer covers at the target level, point by point, checked
// against the answer. A point is covered when one sentence of the candidate's shares enough of the
// point's key words (lemmas, or the first letters of long words).
import type { Analysis, Sentence } from './analysis.js';
import { readText } from './nlp.js';
import type { DimensionId, Span } from './types.js';

export interface CoveragePoint {
  dimension: DimensionId;
  point: string;
}

export interface CoverageResult {
  dimension: DimensionId;
  point: string;
  covered: boolean;
  /** The sentence that covers it best, when one does. */
  evidence: (Span & { text: string }) | null;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const STEM = 6;
/** Share of a point's key words one sentence must use, and never fewer than MIN_SHARED. */
const SHARE = 0.3;
const MIN_SHARED = 2;

export function keyWords(text: string, generic: ReadonlySet<string>): string[] {
  const words = new Set<string>();
  for (const t of readText(text).tokens) {
    if (t.type !== 'word' || t.stop || t.lower.length < 4 || !CONTENT_POS.has(t.pos)) continue;
    if (generic.has(t.lemma) || generic.has(t.lower)) continue;
    words.add(t.lemma.length > STEM ? t.lemma.slice(0, STEM) : t.lemma);
  }
  return [...words];
}

function sharedWords(analysis: Analysis, sentence: Sentence, keys: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const t = analysis.tokens[i];
    if (t?.type !== 'word') continue;
    const lemma = t.lemma.length > STEM ? t.lemma.slice(0, STEM) : t.lemma;
    const lower = t.lower.length > STEM ? t.lower.slice(0, STEM) : t.lower;
    if (keys.has(lemma)) seen.add(lemma);
    else if (keys.has(lower)) seen.add(lower);
  }
  return seen.size;
}

export function checkCoverage(
  analysis: Analysis,
  points: readonly CoveragePoint[],
  keysOf: (point: string) => string[],
): CoverageResult[] {
  return points.map(({ dimension, point }) => {
    const keys = new Set(keysOf(point));
    const needed = Math.max(MIN_SHARED, Math.ceil(keys.size * SHARE));
    let best: Sentence | null = null;
    let bestShared = 0;
    for (const s of analysis.candidate) {
      const shared = sharedWords(analysis, s, keys);
      if (shared > bestShared) {
        best = s;
        bestShared = shared;
      }
    }
    const covered = keys.size > 0 && best !== null && bestShared >= needed;
    return {
      dimension,
      point,
      covered,
      evidence: covered && best ? { start: best.start, end: best.end, text: best.text } : null,
    };
  });
}
