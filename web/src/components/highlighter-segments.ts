// Cuts an answer into the pieces a highlighter renders: evidence spans (UTF-16, half-open, possibly
// overlapping or nested) become a run of non-overlapping segments, each knowing every span that covers it.

/** A stretch of the answer to mark: `text.slice(start, end)`, UTF-16 offsets, half-open. */
export interface Span {
  start: number;
  end: number;
}

export interface Segment<S extends Span = Span> {
  start: number;
  end: number;
  text: string;
  /** The spans covering this whole segment, in the order they were given; empty for plain text. */
  spans: S[];
}

/** A span that does not lie inside the text: a bug in whatever produced it, never something to guess at. */
export class SpanOutOfRangeError extends RangeError {
  constructor(
    readonly span: Span,
    readonly index: number,
    readonly textLength: number,
  ) {
    super(
      `Span ${index} [${span.start}, ${span.end}) does not lie inside a text of ${textLength} UTF-16 code units.`,
    );
    this.name = 'SpanOutOfRangeError';
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of one astral character (an emoji, say). */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/**
 * The segments of `text` under `spans`: contiguous, in order, never empty, together exactly the text, and
 * each a maximal run under one set of spans (two neighbours never carry the same set). Zero-length spans
 * are valid but cover nothing. A span edge inside a surrogate pair is widened to keep the character whole,
 * so a segment never holds half an emoji. Throws SpanOutOfRangeError for a span outside the text or one
 * that ends before it starts. Runs in O((n + m) log m) for m spans, so a 100k-character answer is instant.
 */
export function segmentsOf<S extends Span>(text: string, spans: readonly S[]): Segment<S>[] {
  const length = text.length;
  // Each span opens at one boundary and closes at another; an event list sorted by offset drives one sweep.
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  spans.forEach((span, index) => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
      throw new SpanOutOfRangeError(span, index, length);
    }
    const from = splitsPair(text, start) ? start - 1 : start;
    const to = splitsPair(text, end) ? end + 1 : end;
    if (from === to) return;
    opens.set(from, [...(opens.get(from) ?? []), index]);
    closes.set(to, [...(closes.get(to) ?? []), index]);
  });

  const boundaries = [...new Set([0, length, ...opens.keys(), ...closes.keys()])].sort((a, b) => a - b);
  const active = new Set<number>();
  const segments: Segment<S>[] = [];
  for (let i = 0; i < boundaries.length - 1; i++) {
    const at = boundaries[i] as number;
    const next = boundaries[i + 1] as number;
    for (const index of closes.get(at) ?? []) active.delete(index);
    for (const index of opens.get(at) ?? []) active.add(index);
    const covering = [...active].sort((a, b) => a - b).map((index) => spans[index] as S);
    segments.push({ start: at, end: next, text: text.slice(at, next), spans: covering });
  }
  return segments;
}
