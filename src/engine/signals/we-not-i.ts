// "We" throughout a story: the candidate's own part cannot be seen.
import type { Detector } from './signal.js';
import { sentenceFinding } from './signal.js';

export const weNotI: Detector = (ctx, signal) => {
  const ratio = Number(signal.data.ratio ?? 2.5);
  const minWe = Number(signal.data.min_we ?? 6);
  let we = 0;
  let i = 0;
  let firstWe: (typeof ctx.analysis.candidate)[number] | null = null;
  for (const s of ctx.analysis.candidate) {
    for (let t = s.firstToken; t < s.lastToken; t++) {
      const w = ctx.analysis.tokens[t]?.lower;
      if (w === 'we' || w === 'our' || w === 'us') {
        we++;
        firstWe ??= s;
      } else if (w === 'i' || w === 'my' || w === 'me') i++;
    }
  }
  if (!firstWe || we < minWe || we < ratio * Math.max(i, 1)) return [];
  return [sentenceFinding(signal, firstWe)];
};
