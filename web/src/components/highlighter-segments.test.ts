// segmentsOf: the span arithmetic behind the evidence highlighter, by example and by property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Segment, type Span, SpanOutOfRangeError, segmentsOf } from './highlighter-segments.js';

interface Named extends Span {
  name: string;
}

const span = (name: string, start: number, end: number): Named => ({ name, start, end });

/** One line per segment, `[start,end) "text" a+b`, so an expectation reads like the answer it describes. */
function lines(segments: Segment<Named>[]): string[] {
  return segments.map(
    (s) => `[${s.start},${s.end}) ${JSON.stringify(s.text)} ${s.spans.map((x) => x.name).join('+') || '-'}`,
  );
}

describe('segmentsOf', () => {
  it('gives one plain segment for text without spans, and nothing for empty text', () => {
    expect(lines(segmentsOf('plain answer', []))).toEqual(['[0,12) "plain answer" -']);
    expect(segmentsOf('', [])).toEqual([]);
  });

  it('cuts around one span in the middle, at the start and at the end', () => {
    expect(lines(segmentsOf('ask who the users are', [span('a', 4, 7)]))).toEqual([
      '[0,4) "ask " -',
      '[4,7) "who" a',
      '[7,21) " the users are" -',
    ]);
    expect(lines(segmentsOf('abcdef', [span('a', 0, 2), span('b', 4, 6)]))).toEqual([
      '[0,2) "ab" a',
      '[2,4) "cd" -',
      '[4,6) "ef" b',
    ]);
    expect(lines(segmentsOf('abc', [span('all', 0, 3)]))).toEqual(['[0,3) "abc" all']);
  });

  it('splits overlapping spans into the part each covers alone and the part they share', () => {
    expect(lines(segmentsOf('0123456789', [span('a', 1, 6), span('b', 4, 9)]))).toEqual([
      '[0,1) "0" -',
      '[1,4) "123" a',
      '[4,6) "45" a+b',
      '[6,9) "678" b',
      '[9,10) "9" -',
    ]);
  });

  it('keeps nested spans inside the span around them', () => {
    expect(lines(segmentsOf('0123456789', [span('outer', 0, 10), span('inner', 3, 5)]))).toEqual([
      '[0,3) "012" outer',
      '[3,5) "34" outer+inner',
      '[5,10) "56789" outer',
    ]);
  });

  it('lists every span covering a segment in the order given, whatever order they start in', () => {
    const spans = [span('late', 2, 4), span('early', 0, 4), span('same', 2, 4)];
    expect(lines(segmentsOf('abcd', spans))).toEqual(['[0,2) "ab" early', '[2,4) "cd" late+early+same']);
  });

  it('gives each dimension its own copy when several share exactly the same span', () => {
    const shared = [span('problem', 0, 5), span('structure', 0, 5)];
    expect(lines(segmentsOf('First, the goal.', shared))).toEqual([
      '[0,5) "First" problem+structure',
      '[5,16) ", the goal." -',
    ]);
  });

  it('keeps adjacent spans apart: one ends where the next begins', () => {
    expect(lines(segmentsOf('aaabbb', [span('a', 0, 3), span('b', 3, 6)]))).toEqual([
      '[0,3) "aaa" a',
      '[3,6) "bbb" b',
    ]);
  });

  it('accepts zero-length spans, anywhere in the text, and lets them cover nothing', () => {
    expect(lines(segmentsOf('abc', [span('z', 1, 1), span('end', 3, 3), span('start', 0, 0)]))).toEqual([
      '[0,3) "abc" -',
    ]);
    expect(lines(segmentsOf('abc', [span('a', 0, 2), span('z', 1, 1)]))).toEqual([
      '[0,2) "ab" a',
      '[2,3) "c" -',
    ]);
    expect(segmentsOf('', [span('z', 0, 0)])).toEqual([]);
  });

  it('rejects spans outside the text, reversed or fractional, naming the span', () => {
    const bad: [Span, string][] = [
      [{ start: -1, end: 2 }, 'negative start'],
      [{ start: 0, end: 4 }, 'end past the text'],
      [{ start: 4, end: 4 }, 'zero-length past the text'],
      [{ start: 2, end: 1 }, 'reversed'],
      [{ start: 0.5, end: 2 }, 'fractional'],
      [{ start: 0, end: Number.NaN }, 'not a number'],
    ];
    for (const [bogus, why] of bad) {
      expect(() => segmentsOf('abc', [{ start: 0, end: 1 }, bogus]), why).toThrow(SpanOutOfRangeError);
    }
    expect(() => segmentsOf('abc', [{ start: 1, end: 9 }])).toThrow(
      'Span 0 [1, 9) does not lie inside a text of 3 UTF-16 code units.',
    );
  });

  it('measures in UTF-16 code units, so an emoji counts two and stays whole', () => {
    const text = 'Ship 🚀 now';
    // "🚀" is two code units at 5 and 6.
    expect(text.slice(5, 7)).toBe('🚀');
    expect(lines(segmentsOf(text, [span('rocket', 5, 7)]))).toEqual([
      '[0,5) "Ship " -',
      '[5,7) "🚀" rocket',
      '[7,11) " now" -',
    ]);
    // An edge between the two halves is widened rather than cutting the character in two.
    expect(lines(segmentsOf(text, [span('half-start', 6, 11)]))).toEqual([
      '[0,5) "Ship " -',
      '[5,11) "🚀 now" half-start',
    ]);
    expect(lines(segmentsOf(text, [span('half-end', 0, 6)]))).toEqual([
      '[0,7) "Ship 🚀" half-end',
      '[7,11) " now" -',
    ]);
    // A zero-length span between the halves widens to the character.
    expect(lines(segmentsOf(text, [span('inside', 6, 6)]))).toEqual([
      '[0,5) "Ship " -',
      '[5,7) "🚀" inside',
      '[7,11) " now" -',
    ]);
  });

  it('keeps the offsets of text with Windows line breaks as given', () => {
    const text = 'Goal first.\r\nThen users.\r\n';
    const start = text.indexOf('Then');
    const spans = [span('users', start, start + 'Then users.'.length), span('break', 11, 13)];
    expect(lines(segmentsOf(text, spans))).toEqual([
      '[0,11) "Goal first." -',
      '[11,13) "\\r\\n" break',
      '[13,24) "Then users." users',
      '[24,26) "\\r\\n" -',
    ]);
  });

  it('cuts a 100,000-character answer with 2,000 overlapping spans in well under 100 ms', () => {
    const text = 'We asked which users churn and why. '.repeat(2_800).slice(0, 100_000);
    const spans: Named[] = [];
    for (let i = 0; i < 2_000; i++) {
      const start = (i * 4_999) % 99_000;
      spans.push(span(`s${i}`, start, start + 30 + (i % 7) * 40));
    }
    const began = performance.now();
    const segments = segmentsOf(text, spans);
    const took = performance.now() - began;
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(took).toBeLessThan(100);
  });
});

/** A text (with astral characters and CRLF in the mix) and spans inside it, some empty, some overlapping. */
const textAndSpans = fc
  .string({ unit: fc.constantFrom('a', 'b', ' ', '\r\n', '😀', 'é', '\n'), maxLength: 60 })
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc
        .array(fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })), { maxLength: 12 })
        .map((pairs) => pairs.map(([a, b], i) => span(`s${i}`, Math.min(a, b), Math.max(a, b)))),
    ),
  );

describe('segmentsOf, for any text and spans inside it', () => {
  it('gives back exactly the text, in contiguous non-empty segments', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const segments = segmentsOf(text, spans);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(at);
          expect(segment.end).toBeGreaterThan(segment.start);
          expect(segment.text).toBe(text.slice(segment.start, segment.end));
          at = segment.end;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it('marks a segment with exactly the spans that cover it (edges widened to whole characters)', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const widen = (offset: number, direction: -1 | 1) =>
          /[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '')
            ? offset + direction
            : offset;
        for (const segment of segmentsOf(text, spans)) {
          const expected = spans.filter(
            (s) => widen(s.start, -1) <= segment.start && segment.end <= widen(s.end, 1),
          );
          expect(segment.spans).toEqual(expected);
        }
      }),
    );
  });

  it('never cuts a character in half and never repeats a set of spans in two neighbouring segments', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const segments = segmentsOf(text, spans);
        for (const segment of segments) {
          expect(segment.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
        for (let i = 1; i < segments.length; i++) {
          const [a, b] = [segments[i - 1]?.spans ?? [], segments[i]?.spans ?? []];
          expect(a.length === b.length && a.every((s, j) => s === b[j])).toBe(false);
        }
      }),
    );
  });

  it('refuses every span that reaches past the end of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 50 }), (text, over) => {
        expect(() => segmentsOf(text, [{ start: 0, end: text.length + over }])).toThrow(SpanOutOfRangeError);
      }),
    );
  });
});
