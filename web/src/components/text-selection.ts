// Where a reviewer's comment sits in an answer: the text they select in the rendered answer mapped back to
// UTF-16 offsets into the answer (the API's spans), and the answer cut into sentences, the keyboard's way
// of choosing a passage without a mouse.
import type { Span } from './highlighter-segments.js';

/**
 * The offset, in UTF-16 code units of the text `root` shows, of a DOM boundary point (a node and an offset
 * in it, as a Selection or Range gives them). Only text nodes count, so marks and other elements wrapped
 * around parts of the answer do not shift it. Null when the point is not inside `root`.
 */
export function textOffset(root: Node, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  const document = root.ownerDocument ?? (root as Document);
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** A span with the whitespace at either edge left out: a selection often catches a space or a line break. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}

/**
 * The span of the answer that a selection covers inside `root`, trimmed; null when nothing of the answer is
 * selected. A selection that starts or ends outside the answer is cut at the answer's edge.
 */
export function selectionSpan(root: Node, selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const text = root.textContent ?? '';
  const start = textOffset(root, range.startContainer, range.startOffset) ?? 0;
  const end = textOffset(root, range.endContainer, range.endOffset) ?? text.length;
  return trimSpan(text, { start: Math.min(start, end), end: Math.max(start, end) });
}

/**
 * The answer's sentences as spans: cut after `.`, `!` or `?` (and any closing quote or bracket) followed by
 * white space, and at line breaks, so that headings and list items stand alone. Each span is trimmed; empty
 * ones are left out. Abbreviations may cut a sentence in two, which only makes a passage shorter to choose.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'”’)\]]*(?=\s)|\n+/g;
  let from = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const to = match[0].startsWith('\n') ? match.index : match.index + match[0].length;
    const span = trimSpan(text, { start: from, end: to });
    if (span) spans.push(span);
    from = match.index + match[0].length;
  }
  const last = trimSpan(text, { start: from, end: text.length });
  if (last) spans.push(last);
  return spans;
}

/** A passage for a list or a quote: the first `max` characters, cut at a word, with an ellipsis. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
