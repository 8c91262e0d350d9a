// A generic answer: most of its content words are PM vocabulary that fits any question ("leverage
// the platform to drive engagement"), not this product, these users or this market. Fires once,
// on the whole answer, with the share in its message.
import { candidateSentences, type Detector, spanFinding } from './signal.js';

export const genericAnswer: Detector = (ctx, signal) => {
  const minWords = Number(signal.data.min_content_words ?? 40);
  // Fires when the share of specific content words is in [min, max): two signals use two bands.
  const floor = Number(signal.data.min_specific_share ?? 0);
  const threshold = Number(signal.data.max_specific_share ?? 0.6);
  const sentences = candidateSentences(ctx, signal);
  let content = 0;
  let specific = 0;
  for (const s of sentences) {
    const counts = ctx.wordCounts(s);
    content += counts.content;
    specific += counts.specific;
  }
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last || content < minWords) return [];
  const share = specific / content;
  if (share >= threshold || share < floor) return [];
  const percent = Math.round((1 - share) * 100);
  return [
    spanFinding(
      signal,
      first.start,
      last.end,
      `${signal.message} (${percent}% of its content words are generic)`,
    ),
  ];
};
