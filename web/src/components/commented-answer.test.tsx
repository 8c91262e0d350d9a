// An answer with comments: the text stays exactly the answer's (markers are drawn by CSS), each passage
// marked, the number after the last piece of its passage.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommentedAnswer, markersAt } from './commented-answer.js';

describe('CommentedAnswer', () => {
  it('keeps the answer’s text and numbers each passage where it ends', () => {
    const text = 'We asked users first. Then we shipped.';
    const { container } = render(
      <CommentedAnswer
        label="Answer"
        text={text}
        comments={[
          { start: 0, end: 21, number: 1 },
          { start: 9, end: 14, number: 2 },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Answer' });
    expect(region.textContent).toBe(text);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['We asked ', 'users', ' first.']);
    expect(marks.map((m) => m.dataset.note ?? '')).toEqual(['', '2', '1']);
  });

  it('renders markup in an answer as text, and leaves a span outside it unmarked', () => {
    const text = '<b>bold</b> claim';
    const { container } = render(
      <CommentedAnswer label="Answer" text={text} comments={[{ start: 5, end: 99, number: 1 }]} />,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    expect(screen.getByRole('region').textContent).toBe(text);
  });

  it('puts no marker on a segment that only continues a passage', () => {
    expect(
      markersAt([
        { end: 5, spans: [{ start: 0, end: 9, number: 1 }] },
        { end: 9, spans: [{ start: 0, end: 9, number: 1 }] },
      ]),
    ).toEqual(['', '1']);
  });
});
