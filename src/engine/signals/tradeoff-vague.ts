// Trade-offs named in the abstract: counts against an answer only where no real trade-off is named
// alongside (in the same or the next sentence).
import { candidateSentences, type Detector, matchesAny, sentenceFinding } from './signal.js';

export const tradeoffVague: Detector = (ctx, signal) => {
  const real = ctx.found.get('tradeoff_two_sided') ?? [];
  return candidateSentences(ctx, signal)
    .filter((s) => matchesAny(signal.lists.patterns, s.norm))
    .filter((s) => !real.some((f) => f.start <= s.end + 200 && f.end >= s.start))
    .map((s) => sentenceFinding(signal, s));
};
