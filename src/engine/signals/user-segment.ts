// A specific segment: a word for people with a qualifier that narrows it ("night-shift nurses",
// "parents of toddlers", "drivers who joined this month"), not "users" or "new users".
import type { Finding } from '../types.js';
import { type Detector, spanFinding } from './signal.js';

const QUALIFYING_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);
const RELATIVE = new Set([
  'who',
  'that',
  'whose',
  'with',
  'without',
  'in',
  'on',
  'at',
  'of',
  'from',
  'under',
  'over',
  'aged',
]);

/** Whether a word names people, memoised per word list: the same words recur in every answer. */
const peopleWords = new WeakMap<readonly RegExp[], Map<string, boolean>>();
function isPeopleWord(word: string, people: readonly RegExp[]): boolean {
  let memo = peopleWords.get(people);
  if (!memo) {
    memo = new Map();
    peopleWords.set(people, memo);
  }
  let known = memo.get(word);
  if (known === undefined) {
    known = people.some((p) => p.test(word));
    if (memo.size > 50_000) memo.clear();
    memo.set(word, known);
  }
  return known;
}

export const userSegment: Detector = (ctx, signal) => {
  const generic = new Set((signal.words.generic_modifiers ?? []).map((w) => w.toLowerCase()));
  const people = signal.lists.people ?? [];
  const { analysis } = ctx;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const s of analysis.candidate) {
    if (s.block === 'heading') continue;
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const t = analysis.tokens[i];
      if (t?.type !== 'word' || !isPeopleWord(t.lower, people)) continue;
      let from = i;
      // Walk back over qualifiers: "first-time small-business owners".
      for (let j = i - 1; j >= s.firstToken && j >= i - 4; j--) {
        const q = analysis.tokens[j];
        if (!q) break;
        if (q.text === '-' || q.text === '‑') {
          // A hyphenated compound keeps its first part, even a stop word: "first-time buyers".
          const before = analysis.tokens[j - 1];
          from =
            before && j - 1 >= s.firstToken && (before.type === 'word' || before.type === 'number')
              ? j - 1
              : j;
          j = from;
          continue;
        }
        if (
          q.type === 'number' ||
          (q.type === 'word' && QUALIFYING_POS.has(q.pos) && !q.stop && !generic.has(q.lower))
        ) {
          from = j;
          continue;
        }
        break;
      }
      let to = i;
      const next = analysis.tokens[i + 1];
      const after = analysis.tokens[i + 2];
      if (from === i && next && RELATIVE.has(next.lower) && after && after.type === 'word' && !after.stop) {
        to = Math.min(i + 6, s.lastToken - 1);
      } else if (
        from === i &&
        next &&
        RELATIVE.has(next.lower) &&
        after &&
        /^(?:their|a|an|the|no|more|less|kids|young)$/.test(after.lower)
      ) {
        to = Math.min(i + 6, s.lastToken - 1);
      }
      if (from === i && to === i) continue;
      const a = analysis.tokens[from];
      let b = analysis.tokens[to];
      // Do not let the clause run past punctuation.
      for (let k = i + 1; k <= to; k++) {
        const tk = analysis.tokens[k];
        if (tk && tk.type === 'punctuation') {
          b = analysis.tokens[k - 1];
          break;
        }
      }
      if (!a || !b) continue;
      // Restating the prompt's own group ("people over 70" for a question about people over 70)
      // is not insight: the segment needs a qualifier of the candidate's own.
      const asked = analysis.question?.words;
      if (asked) {
        let own = false;
        for (let k = from; k <= to && !own; k++) {
          const q = analysis.tokens[k];
          if (k === i || !q || q.stop || !(q.type === 'word' || q.type === 'number')) continue;
          if (!asked.has(q.lower) && !asked.has(q.lemma)) own = true;
        }
        if (!own) continue;
      }
      const text = analysis.text.slice(a.start, b.end);
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(spanFinding(signal, a.start, b.end));
    }
  }
  return out;
};
