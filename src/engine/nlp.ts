// The one NLP pass: wink-nlp with its English model, loaded once. Everything else in the engine
// reads the Analysis built from this pass, never the raw string again.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

// Only sentence boundaries and parts of speech: the engine uses no entities, sentiment or negation, and
// leaving them out halves the cost of the pass.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface RawToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  stop: boolean;
  /** word, number, punctuation, symbol, emoji, url, email, tabCRLF, ... */
  type: string;
}

export interface RawDoc {
  tokens: RawToken[];
  /** Sentence spans as the model sees them, in UTF-16 offsets. */
  sentences: Array<{ start: number; end: number }>;
}

/** Tokenise, tag and split into sentences, with each token's offsets into `text`. */
/** The tokenizer slows down sharply on very long runs without a space: cut such runs to this. */
const LONGEST_RUN = 100;
const OVERLONG_RUN = new RegExp(`\\S{${LONGEST_RUN + 1},}`, 'g');

/**
 * Blank out the tail of overlong runs (junk such as a pasted blob): the text keeps its length, so
 * every offset the model gives still points into the answer as given.
 */
function tokenizable(text: string): string {
  return text.replace(OVERLONG_RUN, (run) => {
    let keep = LONGEST_RUN;
    // Never split a surrogate pair.
    const code = run.charCodeAt(keep - 1);
    if (code >= 0xd800 && code <= 0xdbff) keep--;
    return run.slice(0, keep) + ' '.repeat(run.length - keep);
  });
}

export function readText(original: string): RawDoc {
  const text = tokenizable(original);
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as string[];
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  const types = all.out(its.type) as string[];
  const tokens: RawToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    // The model is lossless for what it keeps; fall back to a search if it ever normalised a token.
    if (text.startsWith(value, cursor) === false) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    const start = Math.min(cursor, text.length);
    const end = Math.min(start + value.length, text.length);
    tokens[i] = {
      start,
      end,
      text: value,
      lower: value.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      stop: stops[i] ?? false,
      type: types[i] ?? 'word',
    };
    cursor = end;
  }
  const sentences: Array<{ start: number; end: number }> = [];
  doc.sentences().each((s: { out: (f: typeof its.span) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const a = tokens[first];
    const b = tokens[last];
    if (a && b) sentences.push({ start: a.start, end: b.end });
  });
  return { tokens, sentences };
}
