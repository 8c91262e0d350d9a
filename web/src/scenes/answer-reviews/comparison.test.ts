// The reviewers' names in the score table, and the comments numbered across reviews in the answer's order.
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../api/client.js';
import { numberedComments, reviewerShortName } from './comparison.js';

describe('reviewerShortName', () => {
  it('keeps the part before the @, shortened when long', () => {
    expect(reviewerShortName('ana@example.com')).toBe('ana');
    expect(reviewerShortName('a-very-long-reviewer-name@example.com')).toBe('a-very-long-revie…');
  });
});

describe('numberedComments', () => {
  it('numbers every reviewer’s comments in the order of the answer, with who wrote each', () => {
    const review = (email: string, comments: { start: number; end: number; comment: string }[]) => ({
      id: email,
      reviewer: { id: email, email },
      comments,
    });
    const comparison = {
      reviews: [
        review('b@x.io', [{ start: 30, end: 40, comment: 'later' }]),
        review('a@x.io', [{ start: 2, end: 9, comment: 'first' }]),
      ],
    } as unknown as Comparison;
    expect(numberedComments(comparison).map((c) => [c.number, c.comment, c.reviewer])).toEqual([
      [1, 'first', 'a@x.io'],
      [2, 'later', 'b@x.io'],
    ]);
  });
});
