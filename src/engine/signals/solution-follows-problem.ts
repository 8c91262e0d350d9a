// A proposal that follows from the problem: it shares a content word with a pain, behaviour or
// segment named before it ("organisers front the money" ... "collect each share up front").
import type { Finding } from '../types.js';
import { type Detector, matchesAny, sentenceFinding } from './signal.js';

const MIN_LENGTH = 4;
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
/** Words every product answer uses: sharing them does not tie a proposal to a problem. */
const COMMON = new Set(
  'user users people customer customers product app feature features make want need time thing things able really way like good better also would could think going help helps use using experience problem problems pain point points solution solutions build data team'.split(
    ' ',
  ),
);

export const solutionFollowsProblem: Detector = (ctx, signal) => {
  const { analysis } = ctx;
  const sources: Finding[] = [];
  for (const id of signal.words.sources ?? []) sources.push(...(ctx.found.get(id) ?? []));
  if (sources.length === 0) return [];
  sources.sort((a, b) => a.start - b.start);
  const termsBefore = (offset: number) => {
    const terms = new Set<string>();
    for (const f of sources) {
      if (f.start >= offset) break;
      for (const t of analysis.tokens) {
        if (t.start >= f.end) break;
        if (t.start < f.start) continue;
        if (CONTENT_POS.has(t.pos) && !t.stop && t.lemma.length >= MIN_LENGTH && !COMMON.has(t.lemma))
          terms.add(t.lemma);
      }
    }
    return terms;
  };
  const out: Finding[] = [];
  const sourceStarts = new Set(sources.map((f) => f.start));
  for (const s of analysis.candidate) {
    if (s.block === 'heading' || sourceStarts.has(s.start) || !matchesAny(signal.lists.solution, s.norm))
      continue;
    const terms = termsBefore(s.start);
    if (terms.size === 0) continue;
    let shared = 0;
    for (let t = s.firstToken; t < s.lastToken; t++) {
      const token = analysis.tokens[t];
      if (token && terms.has(token.lemma)) shared++;
    }
    if (shared >= 1) out.push(sentenceFinding(signal, s));
  }
  return out;
};
