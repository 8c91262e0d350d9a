// Relevance: sentences that use the question's own key terms. No question, no judgement.
import type { Detector } from './signal.js';
import { sentenceFinding } from './signal.js';

/** Terms this long also match by their first letters ("subscription" ~ "subscribers"). */
const STEM = 6;

export const onTopic: Detector = (ctx, signal) => {
  const q = ctx.analysis.question;
  if (!q || q.keyTerms.length === 0) return [];
  const stems = q.keyTerms.map((t) => (t.length >= STEM + 1 ? t.slice(0, STEM) : t));
  const exact = new Set(q.keyTerms);
  return ctx.analysis.candidate
    .filter((s) => {
      for (let i = s.firstToken; i < s.lastToken; i++) {
        const t = ctx.analysis.tokens[i];
        if (t?.type !== 'word') continue;
        if (exact.has(t.lemma) || exact.has(t.lower)) return true;
        if (t.lower.length >= STEM && stems.some((st) => st.length >= STEM && t.lower.startsWith(st)))
          return true;
      }
      return false;
    })
    .map((s) => sentenceFinding(signal, s));
};
