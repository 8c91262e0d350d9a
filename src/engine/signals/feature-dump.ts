// A feature dump: a long run of list items with no criterion or choice among them.
import type { Finding } from '../types.js';
import { type Detector, spanFinding } from './signal.js';

export const featureDump: Detector = (ctx, signal) => {
  const minItems = Number(signal.data.min_items ?? 7);
  const chosen = [...(ctx.found.get('prioritisation') ?? []), ...(ctx.found.get('chosen_path') ?? [])];
  const out: Finding[] = [];
  let run: typeof ctx.analysis.candidate = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length >= minItems) {
      const justified = chosen.some((f) => f.start >= first.start && f.start <= last.end);
      if (!justified) {
        out.push(spanFinding(signal, first.start, last.end));
      }
    }
    run = [];
  };
  for (const s of ctx.analysis.candidate) {
    if (s.block === 'list') run.push(s);
    else if (s.block === 'heading' || s.words > 0) {
      // A sentence continuing a list item (same block) does not end the run.
      const last = run[run.length - 1];
      if (last && s.start - last.end < 3 && !ctx.analysis.text.slice(last.end, s.start).includes('\n'))
        continue;
      flush();
    }
  }
  flush();
  return out;
};
