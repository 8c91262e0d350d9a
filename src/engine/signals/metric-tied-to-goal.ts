// A metric tied to the goal: a sentence that says why a metric is the one that reflects the goal,
// with the metric in it or in the sentence before.
import type { Finding } from '../types.js';
import { candidateSentences, type Detector, matchesAny, spanFinding, specificEnough } from './signal.js';

export const metricTiedToGoal: Detector = (ctx, signal) => {
  const { metric, ties } = signal.lists;
  const sentences = candidateSentences(ctx, signal);
  const out: Finding[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s || !matchesAny(ties, s.norm) || !specificEnough(ctx, signal, s)) continue;
    const previous = sentences[i - 1];
    if (matchesAny(metric, s.norm)) {
      out.push(spanFinding(signal, s.start, s.end));
    } else if (previous && matchesAny(metric, previous.norm)) {
      out.push(spanFinding(signal, previous.start, s.end));
    }
  }
  return out;
};
