// Checks that an answer is a real answer before trusting its signals: junk, filler, another
// language, an answer to another question, or text addressed to the grader. Each check that
// fires adds a warning and caps every dimension score.
import type { Analysis } from './analysis.js';
import type { RawToken } from './nlp.js';
import type { Finding, KindId, Score } from './types.js';

export type WarningCode =
  | 'too_short'
  | 'short'
  | 'not_english'
  | 'placeholder_text'
  | 'repetitive'
  | 'keyword_list'
  | 'terse_list'
  | 'grader_instruction'
  | 'off_topic'
  | 'not_a_story';

export interface Warning {
  code: WarningCode;
  message: string;
}

export interface IntegrityResult {
  warnings: Warning[];
  /** The highest score any dimension may get. */
  cap: Score;
}

const GRADER_INSTRUCTION = [
  /\b(?:ignore|disregard|forget|override) (?:all |any |the |your )?(?:previous|prior|above|earlier|other)? ?(?:instructions|rules|rubric|prompt|guidelines)\b/i,
  /\b(?:give|grade|score|rate|mark|award) (?:this|me|my answer|the answer|it|this answer|this response) (?:a |an |as |with )?(?:4|four|full|top|perfect|maximum|max|highest|10|100|staff|exceeds)\b/i,
  /\b(?:as|to) the (?:grader|evaluator|ai|model|llm|grading (?:engine|system))\b/i,
  /\byou are (?:a|an|the) (?:grader|evaluator|ai|language model|assistant)\b/i,
  /\b(?:system prompt|developer mode|jailbreak)\b/i,
  /\b(?:this answer|this response|the candidate) (?:deserves|should (?:get|receive)|must (?:get|receive|be given)) (?:a )?(?:4|four|full|top|perfect|the highest|staff)\b/i,
  /\b(?:score|scores|grade|rating)s?\s*[:=]\s*4\b/i,
];

const PLACEHOLDER =
  /\b(?:lorem ipsum|dolor sit amet|consectetur adipiscing|asdf|qwerty|blah blah|test test test|placeholder text)\b/i;

export function checkIntegrity(
  analysis: Analysis,
  kind: KindId,
  found: ReadonlyMap<string, Finding[]>,
): IntegrityResult {
  const warnings: Warning[] = [];
  let cap: Score = 4;
  const limit = (c: Score) => {
    if (c < cap) cap = c;
  };
  // One pass over the candidate's tokens for every count the checks need.
  const words: RawToken[] = [];
  for (const s of analysis.candidate) {
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const t = analysis.tokens[i];
      if (t?.type === 'word') words.push(t);
    }
  }
  const wordCount = words.length;
  const candidateText = analysis.candidate.map((s) => s.text).join('\n');

  if (wordCount < 25) {
    warnings.push({
      code: 'too_short',
      message: `The answer has ${wordCount} words: too short to show any level. A spoken answer runs to several hundred words.`,
    });
    limit(1);
  } else if (wordCount < 60) {
    warnings.push({
      code: 'short',
      message: `The answer has ${wordCount} words: too short to show the reasoning interviewers grade.`,
    });
    limit(2);
  }

  if (wordCount >= 12) {
    const stopShare = words.filter((t) => t.stop).length / wordCount;
    const verbShare = words.filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length / wordCount;
    const foreignShare = words.filter((t) => FOREIGN_FUNCTION_WORDS.has(t.lower)).length / wordCount;
    const nonLatin = nonLatinShare(candidateText);
    // Another language shows in its function words; a bare keyword list has none of any
    // language and is reported as a keyword list instead.
    const meanWords = wordCount / Math.max(analysis.candidate.length, 1);
    if (nonLatin > 0.3 || foreignShare >= 0.08 || (stopShare < 0.12 && verbShare >= 0.05 && meanWords >= 5)) {
      warnings.push({
        code: 'not_english',
        message: 'The answer does not read as English; Ladder grades answers in English.',
      });
      limit(1);
    }
  }

  if (PLACEHOLDER.test(candidateText)) {
    warnings.push({
      code: 'placeholder_text',
      message: 'The answer contains placeholder text (lorem ipsum or similar).',
    });
    limit(1);
  }

  const longSentences = analysis.candidate
    .filter((s) => s.words >= 4)
    .map((s) => s.norm.replace(/[^a-z0-9 ]/g, '').trim());
  if (longSentences.length >= 6 && new Set(longSentences).size / longSentences.length < 0.5) {
    warnings.push({
      code: 'repetitive',
      message: 'Most sentences repeat earlier ones: the answer is filler.',
    });
    limit(1);
  } else if (wordCount >= 120) {
    const distinct = new Set(words.map((t) => t.lower)).size;
    if (distinct / wordCount < 0.15) {
      warnings.push({ code: 'repetitive', message: 'The answer repeats the same few words over and over.' });
      limit(1);
    }
  }

  if (wordCount >= 12) {
    const verbs = words.filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length;
    const items = analysis.candidate.length;
    if (verbs / wordCount < 0.05) {
      warnings.push({
        code: 'keyword_list',
        message:
          'The answer is a list of keywords, not reasoning: say what you would do and why, in sentences.',
      });
      limit(1);
    } else if (items >= 6 && wordCount / items < 4) {
      // Many items of a word or three each: terms listed, not reasoned about.
      warnings.push({
        code: 'terse_list',
        message:
          'The answer is mostly a list of terms of a few words each: say why each matters and what you would do, in sentences.',
      });
      limit(2);
    }
  }

  if (GRADER_INSTRUCTION.some((p) => p.test(candidateText))) {
    warnings.push({
      code: 'grader_instruction',
      message:
        'The answer addresses the grader instead of the interviewer; instructions about the score are ignored and the answer is not credited.',
    });
    limit(1);
  }

  const q = analysis.question;
  if (kind === 'behavioral') {
    // A story told as "we" is still a story (ownership scores it); only an answer with no past
    // action at all, mine or the team's, is not one.
    const narrative = candidateText.match(PAST_ACTION) ?? [];
    if (
      wordCount >= 60 &&
      (found.get('i_action')?.length ?? 0) === 0 &&
      (found.get('star_action')?.length ?? 0) === 0 &&
      narrative.length < 2
    ) {
      warnings.push({
        code: 'not_a_story',
        message:
          'A behavioral question asks for a story of something you did; the answer has no action of yours in it.',
      });
      limit(1);
    }
  } else if (q && q.keyTerms.length > 0 && wordCount >= 40 && (found.get('on_topic')?.length ?? 0) === 0) {
    warnings.push({
      code: 'off_topic',
      message: `The answer never mentions what the question is about (${q.keyTerms.slice(0, 4).join(', ')}): it may answer a different question.`,
    });
    limit(1);
  }

  return { warnings, cap };
}

/** Function words of other languages that English answers do not use. */
const FOREIGN_FUNCTION_WORDS = new Set(
  'de la el los las que y en un una por para con es del se lo les des du et est une pour dans avec sur qui ce pas und der das ist nicht mit ein eine zu auf für von não uma com os em il di che è per non het een van zijn niet op wir sie ich'.split(
    ' ',
  ),
);
/** A past action by the speaker or their team: the spine of a story. */
const PAST_ACTION =
  /\b(?:i|we|my team|our team)\s+(?:\w+ly\s+)?(?:\w+ed|made|took|ran|wrote|built|led|set|sent|met|went|got|brought|spoke|told|found|chose|drew|sat|put|cut|kept|held|began|gave|saw|did|won|paid|split|taught|hired|drove|stood|left|sold|spent)\b/gi;

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** The share of letters outside the Latin script, counted without building match arrays. */
function nonLatinShare(text: string): number {
  let letters = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
        letters++;
        latin++;
      }
    } else if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return letters ? 1 - latin / letters : 0;
}
