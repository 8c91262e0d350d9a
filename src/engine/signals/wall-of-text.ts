// A wall of text: a long answer with no paragraph or list breaks, or run-on sentences a listener
// cannot follow. Fires on the run-on sentences, or once on the whole answer.
import type { Finding } from '../types.js';
import { type Detector, sentenceFinding, spanFinding } from './signal.js';

export const wallOfText: Detector = (ctx, signal) => {
  const { analysis } = ctx;
  const minWords = Number(signal.data.min_words ?? 200);
  const maxSentence = Number(signal.data.max_sentence_words ?? 70);
  const maxMean = Number(signal.data.max_mean_sentence_words ?? 32);
  const sentences = analysis.candidate;
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last || analysis.words < minWords) return [];
  const out: Finding[] = sentences
    .filter((s) => s.words > maxSentence)
    .map((s) => sentenceFinding(signal, s));
  let breaks = 0;
  for (let i = 1; i < sentences.length; i++) {
    const gap = analysis.text.slice(sentences[i - 1]?.end ?? 0, sentences[i]?.start ?? 0);
    if (gap.includes('\n')) breaks++;
  }
  const mean = analysis.words / sentences.length;
  if (out.length === 0 && (breaks === 0 || mean > maxMean)) {
    out.push(spanFinding(signal, first.start, last.end));
  }
  return out;
};
