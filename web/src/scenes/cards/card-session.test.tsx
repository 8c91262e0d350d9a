// The review session's keys: Space or Enter reveals, 1-4 rate once revealed, nothing while typing or with
// a modifier; and a rating that fails keeps the card.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewCard } from '../../api/client.js';
import { CardSession, cardKeyAction } from './card-session.js';

const key = (k: string, target: EventTarget | null = document.body, mods = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});

describe('cardKeyAction', () => {
  it('reveals with Space or Enter, and only rates once the answer shows', () => {
    expect(cardKeyAction(key(' '), false)).toEqual({ type: 'reveal' });
    expect(cardKeyAction(key('Enter'), false)).toEqual({ type: 'reveal' });
    expect(cardKeyAction(key('3'), false)).toBeNull();
    expect(cardKeyAction(key('1'), true)).toEqual({ type: 'rate', rating: 'again' });
    expect(cardKeyAction(key('2'), true)).toEqual({ type: 'rate', rating: 'hard' });
    expect(cardKeyAction(key('3'), true)).toEqual({ type: 'rate', rating: 'good' });
    expect(cardKeyAction(key('4'), true)).toEqual({ type: 'rate', rating: 'easy' });
    expect(cardKeyAction(key('5'), true)).toBeNull();
    expect(cardKeyAction(key(' '), true)).toBeNull();
  });

  it('leaves keys alone in a form field, with a modifier, and Space or Enter on a focused control', () => {
    const input = document.createElement('input');
    const button = document.createElement('button');
    expect(cardKeyAction(key('3', input), true)).toBeNull();
    expect(cardKeyAction(key('3', null, { ctrlKey: true }), true)).toBeNull();
    expect(cardKeyAction(key('Enter', button), false)).toBeNull();
    expect(cardKeyAction(key('3', button), true)).toEqual({ type: 'rate', rating: 'good' });
  });
});

const cards: ReviewCard[] = [
  {
    id: 'concept:caching',
    type: 'concept',
    front: 'What does a cache trade?',
    back: 'Freshness for speed.',
    detail: 'Stale prices.',
  },
  {
    id: 'skill:guardrail',
    type: 'skill',
    front: 'Sets a guardrail metric.',
    back: 'Name what must not get worse.',
    detail: 'Metrics',
  },
];

describe('CardSession', () => {
  it('goes front, answer, rating, next card by keyboard, and says when it is done', async () => {
    const onRate = vi.fn(async () => undefined);
    const onDone = vi.fn();
    render(<CardSession cards={cards} onRate={onRate} onDone={onDone} />);
    expect(screen.getByRole('heading', { name: 'What does a cache trade?' })).toBeTruthy();
    expect(screen.queryByText('Freshness for speed.')).toBeNull();
    fireEvent.keyDown(document.body, { key: '3' });
    expect(onRate).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(screen.getByText('Freshness for speed.')).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(document.body, { key: '3' });
    });
    expect(onRate).toHaveBeenCalledWith(cards[0], 'good');
    expect(screen.getByRole('heading', { name: 'Sets a guardrail metric.' })).toBeTruthy();
    expect(screen.getByText('Card 2 of 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Again/ }));
    });
    expect(onRate).toHaveBeenLastCalledWith(cards[1], 'again');
    expect(onDone).toHaveBeenCalledWith(2);
  });

  it('keeps the card and says why when a rating is not saved', async () => {
    const onRate = vi.fn(async () => {
      throw new Error('Ladder could not be reached.');
    });
    render(<CardSession cards={cards} onRate={onRate} onDone={() => undefined} />);
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await act(async () => {
      fireEvent.keyDown(document.body, { key: '4' });
    });
    expect(screen.getByRole('alert').textContent).toMatch(/not saved: Ladder could not be reached/);
    expect(screen.getByRole('heading', { name: 'What does a cache trade?' })).toBeTruthy();
    expect(screen.getByText('Card 1 of 2')).toBeTruthy();
  });
});
