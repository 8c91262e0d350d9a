// Signposts: headings, and sentences or list items that open with an ordinal or a section word.
import { candidateSentences, type Detector, matchesAny, sentenceFinding } from './signal.js';

const MARKUP = /^[\s>#*_\-•+]*(?:\d{1,2}[.)]\s*)?(?:\*\*|__)?/;

export const signposting: Detector = (ctx, signal) =>
  candidateSentences(ctx, signal, true)
    .filter((s) => s.block === 'heading' || matchesAny(signal.lists.patterns, s.norm.replace(MARKUP, '')))
    .map((s) => sentenceFinding(signal, s));
