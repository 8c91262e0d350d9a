// An answer with reviewers' comments marked on the passages they are about: each passage underlined and
// numbered after its comment (the number drawn by CSS, so the text inside stays exactly the answer's and a
// selection in it maps back to the answer's offsets). Always text: React escapes it.
import { type Ref, useMemo } from 'react';
import { type Span, segmentsOf } from './highlighter-segments.js';
import './commented-answer.css';

export interface AnswerComment extends Span {
  /** Shown after the passage and beside the comment, from 1. */
  number: number;
}

/** For each segment, the numbers of the comments that end with it: where their markers are drawn. */
export function markersAt<S extends AnswerComment>(segments: { end: number; spans: S[] }[]): string[] {
  return segments.map((segment) =>
    segment.spans
      .filter((s) => s.end === segment.end)
      .map((s) => s.number)
      .sort((a, b) => a - b)
      .join(','),
  );
}

export function CommentedAnswer({
  text,
  comments,
  active = null,
  label,
  ref,
  describedBy,
}: {
  text: string;
  comments: readonly AnswerComment[];
  /** The comment whose passage is lit up (hovered or focused in the list). */
  active?: number | null;
  label: string;
  ref?: Ref<HTMLElement>;
  describedBy?: string;
}) {
  const { segments, markers } = useMemo(() => {
    // Spans come from the API, which checked them against this very answer; one that does not fit is
    // left unmarked rather than losing the whole answer.
    const fitting = comments.filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end);
    const cut = segmentsOf(text, fitting);
    return { segments: cut, markers: markersAt(cut) };
  }, [text, comments]);
  return (
    <section ref={ref} className="commented-answer" aria-label={label} aria-describedby={describedBy}>
      {segments.map((segment, i) => {
        if (!segment.spans.length) return segment.text;
        const on = active !== null && segment.spans.some((s) => s.number === active);
        return (
          <mark
            key={segment.start}
            className={`comment-mark${on ? ' comment-mark-on' : ''}`}
            data-note={markers[i] || undefined}
          >
            {segment.text}
          </mark>
        );
      })}
    </section>
  );
}
