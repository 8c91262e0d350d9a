// A clarifying question: a real question early in the answer, or a sentence announcing one.
import { candidateSentences, type Detector, matchesAny, sentenceFinding } from './signal.js';

/** Questions after this point of the answer are rhetorical or part of the solution, not clarifying. */
const EARLY = 0.45;

export const clarifyingQuestion: Detector = (ctx, signal) => {
  const { patterns, not } = signal.lists;
  return candidateSentences(ctx, signal)
    .filter((s) => s.position <= EARLY && s.words >= 3)
    .filter((s) => (s.isQuestion || matchesAny(patterns, s.norm)) && !matchesAny(not, s.norm))
    .map((s) => sentenceFinding(signal, s));
};
