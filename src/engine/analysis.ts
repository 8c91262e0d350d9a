// Builds the Analysis every signal reads: sentences cut at Markdown blocks and speaker turns, each
// with its tokens, who said it, where it sits in the answer, and the question's key terms.
import { type RawToken, readText } from './nlp.js';

export type Speaker = 'candidate' | 'interviewer';
export type BlockKind = 'heading' | 'list' | 'paragraph';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with curly quotes straightened, for patterns. */
  norm: string;
  /** Index range [first, last) into Analysis.tokens. */
  firstToken: number;
  lastToken: number;
  isQuestion: boolean;
  speaker: Speaker;
  block: BlockKind;
  /** Where the sentence starts within the candidate's words, 0 (first) to 1 (last). */
  position: number;
  words: number;
}

export interface Analysis {
  text: string;
  tokens: RawToken[];
  sentences: Sentence[];
  /** The candidate's sentences only: what is graded. */
  candidate: Sentence[];
  /** The candidate's word count. */
  words: number;
  headings: number;
  listItems: number;
  /** True when the text is a transcript with speaker labels. */
  hasTurns: boolean;
  question: QuestionTerms | null;
}

export interface QuestionTerms {
  text: string;
  /** Lemmas of the question's content words, the ones an on-topic answer is likely to use. */
  keyTerms: string[];
  /** Every word of the question, lower-cased, and its lemma: to tell restating it from adding to it. */
  words: Set<string>;
}

// A speaker label opening a line: "Interviewer:", "**Q:**", "[Candidate]:", "Priya (interviewer):".
// The role is group 1; a bare name with a role in brackets counts by the role.
const INTERVIEWER_LABEL =
  /^[ \t>]*(?:\*\*|__)?\[?(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)? \()?(interviewer|interviewee|candidate|question|answer|q|a|me|int|cand|pm|hiring manager|recruiter)\)?\]?(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*/i;
const INTERVIEWER_NAMES = new Set(['interviewer', 'question', 'q', 'int', 'hiring manager', 'recruiter']);
const HEADING = /^[ \t]*(?:#{1,6}[ \t]+\S|(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t]*:?[ \t]*$)/;
const LIST_ITEM = /^[ \t]*(?:[-*•+]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S/;
const SENTENCE_END = /[.!?:;)"'”’]\s*$/;

/** Words the question shares with almost every prompt, useless for telling topics apart. */
const GENERIC_QUESTION_WORDS = new Set(
  'design improve build create make product app application feature features user users customer customers would how what why when where which who you your our we us time tell about describe walk through think approach measure success metric metrics goal new existing company business team way thing something someone explain happen happens work works should could can do does did did take have has be is are was were get one two three year years next go day week month people use using used like want need help plan launch'.split(
    ' ',
  ),
);

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

export function questionTerms(question: string): QuestionTerms {
  const doc = readText(question);
  const keyTerms = new Set<string>();
  const words = new Set<string>();
  for (const t of doc.tokens) {
    words.add(t.lower);
    words.add(t.lemma);
    if (t.type !== 'word' || t.stop || t.lower.length < 3) continue;
    if (!/^(NOUN|PROPN|VERB|ADJ)$/.test(t.pos)) continue;
    if (GENERIC_QUESTION_WORDS.has(t.lower) || GENERIC_QUESTION_WORDS.has(t.lemma)) continue;
    keyTerms.add(t.lemma);
  }
  return { text: question, keyTerms: [...keyTerms], words };
}

export function analyse(text: string, question?: string | null): Analysis {
  const raw = readText(text);
  const lines = splitLines(text);

  // Block boundaries: where a new sentence must start whatever the model says, and who speaks.
  const cuts: Array<{ at: number; block: BlockKind; speaker: Speaker | null; skipTo: number }> = [];
  let hasTurns = false;
  let headings = 0;
  let listItems = 0;
  let previous: Line | null = null;
  let previousKind: BlockKind | 'blank' = 'blank';
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') {
      previous = line;
      previousKind = 'blank';
      continue;
    }
    const label = INTERVIEWER_LABEL.exec(line.text);
    let kind: BlockKind = 'paragraph';
    if (HEADING.test(line.text)) kind = 'heading';
    else if (LIST_ITEM.test(line.text)) kind = 'list';
    // A soft-wrapped line continues the sentence above it; anything else starts a new block.
    const continues =
      previous !== null &&
      previousKind === 'paragraph' &&
      kind === 'paragraph' &&
      !label &&
      !SENTENCE_END.test(previous.text) &&
      /^[ \t]*[a-z(]/.test(line.text);
    if (!continues) {
      let speaker: Speaker | null = null;
      let skipTo = line.start;
      if (label?.[1]) {
        hasTurns = true;
        speaker = INTERVIEWER_NAMES.has(label[1].toLowerCase()) ? 'interviewer' : 'candidate';
        skipTo = line.start + label[0].length;
      }
      cuts.push({ at: line.start, block: kind, speaker, skipTo });
      if (kind === 'heading') headings++;
      if (kind === 'list') listItems++;
    }
    previous = line;
    previousKind = kind;
  }

  // Sentence boundaries: the model's, plus every block cut.
  const starts = new Set<number>(raw.sentences.map((s) => s.start));
  for (const c of cuts) starts.add(c.skipTo);
  const boundaries = [...starts].sort((a, b) => a - b);
  boundaries.push(text.length);

  const sentences: Sentence[] = [];
  let cutIndex = 0;
  let speaker: Speaker = 'candidate';
  let block: BlockKind = 'paragraph';
  let tokenIndex = 0;
  for (let i = 0; i < boundaries.length - 1; i++) {
    let start = boundaries[i] ?? 0;
    const limit = boundaries[i + 1] ?? text.length;
    while (start < limit && /\s/.test(text[start] ?? '')) start++;
    while (cutIndex < cuts.length && (cuts[cutIndex]?.at ?? Infinity) <= start) {
      const c = cuts[cutIndex];
      if (c) {
        if (c.speaker) speaker = c.speaker;
        block = c.block;
        // The label itself ("Interviewer:") is not part of what was said.
        if (start < c.skipTo) start = c.skipTo;
      }
      cutIndex++;
    }
    let end = limit;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    if (end <= start) continue;
    while (tokenIndex < raw.tokens.length && (raw.tokens[tokenIndex]?.start ?? 0) < start) tokenIndex++;
    const firstToken = tokenIndex;
    while (tokenIndex < raw.tokens.length && (raw.tokens[tokenIndex]?.start ?? 0) < end) tokenIndex++;
    const lastToken = tokenIndex;
    let words = 0;
    for (let t = firstToken; t < lastToken; t++) if (raw.tokens[t]?.type === 'word') words++;
    if (words === 0 && lastToken - firstToken <= 1 && !/\w/.test(text.slice(start, end))) continue;
    const sentenceText = text.slice(start, end);
    sentences.push({
      index: sentences.length,
      start,
      end,
      text: sentenceText,
      norm: normalise(sentenceText),
      firstToken,
      lastToken,
      isQuestion: /\?["'”’)\s]*$/.test(sentenceText),
      speaker,
      block,
      position: 0,
      words,
    });
  }

  const candidate = sentences.filter((s) => s.speaker === 'candidate');
  const totalChars = candidate.reduce((n, s) => n + (s.end - s.start), 0) || 1;
  let seen = 0;
  for (const s of candidate) {
    s.position = seen / totalChars;
    seen += s.end - s.start;
  }
  return {
    text,
    tokens: raw.tokens,
    sentences,
    candidate,
    words: candidate.reduce((n, s) => n + s.words, 0),
    headings,
    listItems,
    hasTurns,
    question: question?.trim() ? questionTerms(question) : null,
  };
}

/** No word is this long; a longer run of letters is junk, cut so patterns stay linear on it. */
const LONGEST_WORD = 40;
const OVERLONG_WORD = new RegExp(`([\\p{L}\\p{N}_]{${LONGEST_WORD}})[\\p{L}\\p{N}_]+`, 'gu');

/** Lower case, straight quotes, overlong runs of letters cut: the text patterns are matched on. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(OVERLONG_WORD, '$1');
}

/** The tokens of one sentence. */
export function tokensOf(analysis: Analysis, sentence: Sentence): RawToken[] {
  return analysis.tokens.slice(sentence.firstToken, sentence.lastToken);
}
