// Commenting on passages: by selecting text in the answer, or by keyboard through the list of sentences;
// an empty comment is refused in words; Escape cancels; comments are numbered in the answer's order.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CommentedAnswer } from '../../components/commented-answer.js';
import { CommentTool, type DraftComment } from './comment-tool.js';

const ANSWER = 'I asked three users why they left. They said checkout was slow. So I cut two steps.';

function Harness({ initial = [] }: { initial?: DraftComment[] }) {
  const ref = useRef<HTMLElement>(null);
  const [comments, setComments] = useState<DraftComment[]>(initial);
  return (
    <>
      <CommentedAnswer
        ref={ref}
        label="The answer"
        text={ANSWER}
        comments={comments.map((c, i) => ({ ...c, number: i + 1 }))}
      />
      <CommentTool
        answer={ANSWER}
        answerRef={ref}
        comments={comments}
        onChange={setComments}
        onActive={() => undefined}
      />
      <output data-testid="spans">{comments.map((c) => `${c.start}-${c.end}:${c.comment}`).join('|')}</output>
    </>
  );
}

describe('CommentTool', () => {
  it('comments on a sentence chosen by keyboard, refusing an empty comment first', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Or choose a sentence'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Comment on this sentence' }));
    const box = screen.getByLabelText('Your comment on this passage');
    expect(document.activeElement).toBe(box);
    fireEvent.click(screen.getByRole('button', { name: 'Add the comment' }));
    expect(screen.getByText(/Write the comment first/)).toBeTruthy();
    fireEvent.change(box, { target: { value: 'Which steps were slow?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the comment' }));
    const start = ANSWER.indexOf('They said');
    expect(screen.getByTestId('spans').textContent).toBe(
      `${start}-${start + 'They said checkout was slow.'.length}:Which steps were slow?`,
    );
    expect(
      within(screen.getByRole('list', { name: 'Your comments' })).getByText('Which steps were slow?'),
    ).toBeTruthy();
  });

  it('comments on the text selected in the answer, and numbers comments in the answer’s order', async () => {
    const later = ANSWER.indexOf('cut two steps');
    render(<Harness initial={[{ start: later, end: later + 13, comment: 'How much faster?' }]} />);
    const answer = screen.getByRole('region', { name: 'The answer' });
    const text = answer.firstChild as Text;
    await act(async () => {
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.setBaseAndExtent(text, 8, text, 19);
      document.dispatchEvent(new Event('selectionchange'));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Comment on “three users”' }));
    fireEvent.change(screen.getByLabelText('Your comment on this passage'), {
      target: { value: 'Only three?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add the comment' }));
    expect(screen.getByTestId('spans').textContent).toBe(
      `8-19:Only three?|${later}-${later + 13}:How much faster?`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove comment 2' }));
    expect(screen.getByTestId('spans').textContent).toBe('8-19:Only three?');
  });

  it('cancels a comment with Escape', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Comment on this sentence' }));
    fireEvent.change(screen.getByLabelText('Your comment on this passage'), {
      target: { value: 'Not kept' },
    });
    fireEvent.keyDown(screen.getByLabelText('Your comment on this passage'), { key: 'Escape' });
    expect(screen.queryByLabelText('Your comment on this passage')).toBeNull();
    // What was typed is dropped, not saved as a comment.
    expect(screen.getByTestId('spans').textContent).toBe('');
  });
});
