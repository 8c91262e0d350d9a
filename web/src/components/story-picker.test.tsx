// Starting from a story: used at once into an empty answer, after a confirmation over text already written.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoryPicker } from './story-picker.js';

const STORY = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'The checkout rewrite',
  competencies: [],
  level: 'pm2',
  overall: 3,
  demonstrated: 'pm2',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

function setup(hasAnswer: boolean) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ stories: [STORY] }), { status: 200 })),
  );
  // jsdom has no modal dialogs: the confirmation shows as an open dialog element.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  const onUse = vi.fn(async () => undefined);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <StoryPicker hasAnswer={hasAnswer} onUse={onUse} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onUse;
}

afterEach(() => vi.unstubAllGlobals());

describe('StoryPicker', () => {
  it('uses the chosen story at once when the answer is empty', async () => {
    const onUse = setup(false);
    await screen.findByRole('option', { name: 'The checkout rewrite (PM II)' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Use this story' }));
    });
    expect(onUse).toHaveBeenCalledWith(STORY.id);
  });

  it('asks before replacing text already written', async () => {
    const onUse = setup(true);
    await screen.findByRole('option', { name: 'The checkout rewrite (PM II)' });
    fireEvent.click(screen.getByRole('button', { name: 'Use this story' }));
    expect(onUse).not.toHaveBeenCalled();
    expect(screen.getByText('Replace your answer with the story?')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Replace my answer' }));
    });
    expect(onUse).toHaveBeenCalledWith(STORY.id);
  });
});
