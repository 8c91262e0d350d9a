// A trade-off decided: a named trade-off (both sides) with a decision, or the condition that would
// change it, in the same sentence or the one before or after.
import type { Finding } from '../types.js';
import { type Detector, matchesAny } from './signal.js';

export const tradeoffTwoSided: Detector = (ctx, signal) => {
  const { decision } = signal.lists;
  const named = ctx.found.get('tradeoff_named') ?? [];
  const sentences = ctx.analysis.candidate;
  const out: Finding[] = [];
  for (const f of named) {
    const i = sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
    if (i < 0) continue;
    const around = [sentences[i], sentences[i + 1], sentences[i - 1]];
    const decided = around.find((s) => s && matchesAny(decision, s.norm));
    if (!decided) continue;
    out.push({
      signal: signal.id,
      dimension: signal.dimension,
      start: Math.min(f.start, decided.start),
      end: Math.max(f.end, decided.end),
      message: signal.message,
    });
  }
  return out;
};
