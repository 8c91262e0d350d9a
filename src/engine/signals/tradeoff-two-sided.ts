// A real trade-off: two sides set against each other, and a decision (or the condition that would
// change it) in the same sentence or the next.
import type { Finding } from '../types.js';
import { candidateSentences, type Detector, matchesAny } from './signal.js';

export const tradeoffTwoSided: Detector = (ctx, signal) => {
  const { sides, decision } = signal.lists;
  const sentences = candidateSentences(ctx, signal);
  const out: Finding[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s || !matchesAny(sides, s.norm)) continue;
    const next = sentences[i + 1];
    let end = s.end;
    if (!matchesAny(decision, s.norm)) {
      if (!next || !matchesAny(decision, next.norm)) continue;
      end = next.end;
    }
    out.push({
      signal: signal.id,
      dimension: signal.dimension,
      start: s.start,
      end,
      message: signal.message,
    });
  }
  return out;
};
