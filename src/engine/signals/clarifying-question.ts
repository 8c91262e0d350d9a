// A clarifying question: a real question early in the answer, or a sentence announcing one.
import { candidateSentences, type Detector, matchesAny, sentenceFinding } from './signal.js';

/** Questions after this point of the answer are rhetorical or part of the solution, not clarifying. */
const EARLY = 0.45;
/**
 * A question in form: it opens (after fillers and discourse markers) with a question word or an
 * auxiliary, or offers alternatives. "Podcast apps are kind of boring right now?" is a statement
 * with a rising tone, not a question to the interviewer.
 */
const OPENING =
  /^(?:[\s\-*•>"'(]|\d+[.)])*(?:[^,:?"]{0,40}[,:]\s*){0,3}(?:(?:um+|uh+|so|and|ok(?:ay)?|well|first(?:ly)?|second(?:ly)?|also|then|but|like|right|question|one question)[,:]?\s+)*(?:who|whom|whose|what|what's|which|when|where|why|how|is|are|was|were|do|does|did|should|shall|can|could|would|will|have|has|had|am|may|might|must|isn't|aren't|don't|doesn't|didn't|any|anything)\b/;
const ALTERNATIVES = /\bor\b/;
/** "14 days from what?", "And the new ones?": a question word last, or a short follow-on question. */
const TRAILING = /\b(?:what|which|who|whom|how|when|where|why)\?["'”’)\s]*$/;
const FOLLOW_ON = /^(?:and|or|like|so|but)\b/;
/** A question in quotation marks is someone else's (a user's, a ticket's), not the candidate's. */
const QUOTED = /["“”]/;

function isClarifying(norm: string, words: number): boolean {
  if (QUOTED.test(norm)) return false;
  return (
    OPENING.test(norm) ||
    ALTERNATIVES.test(norm) ||
    TRAILING.test(norm) ||
    (words <= 7 && FOLLOW_ON.test(norm))
  );
}

export const clarifyingQuestion: Detector = (ctx, signal) => {
  const { patterns, not } = signal.lists;
  return candidateSentences(ctx, signal)
    .filter((s) => s.position <= EARLY && s.words >= 3)
    .filter(
      (s) =>
        ((s.isQuestion && isClarifying(s.norm, s.words)) || matchesAny(patterns, s.norm)) &&
        !matchesAny(not, s.norm),
    )
    .map((s) => sentenceFinding(signal, s));
};
