// A metric with its definition: the name comes with a population, an event or a window.
import { candidateSentences, type Detector, matchesAny, sentenceFinding, specificEnough } from './signal.js';

export const metricDefined: Detector = (ctx, signal) =>
  candidateSentences(ctx, signal)
    .filter((s) => matchesAny(signal.lists.metric, s.norm) && matchesAny(signal.lists.definition, s.norm))
    .filter((s) => specificEnough(ctx, signal, s))
    .map((s) => sentenceFinding(signal, s));
