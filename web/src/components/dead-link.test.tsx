// A dead link says what happened in words: expired, withdrawn, unknown or cut short.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { DeadLink, deadLinkTitle } from './dead-link.js';

describe('DeadLink', () => {
  it('says an expired link expired, with the API’s words on what to do', () => {
    render(
      <MemoryRouter>
        <DeadLink
          what="review link"
          error={
            new ApiError(
              410,
              'link_expired',
              'This review link expired on 2026-03-01: ask the candidate for a new one.',
            )
          }
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'This review link has expired' })).toBeTruthy();
    expect(screen.getByText(/ask the candidate for a new one/)).toBeTruthy();
  });

  it('names a withdrawn, an unknown and a cut link apart', () => {
    expect(deadLinkTitle('link_revoked', 'coach invite')).toBe('This coach invite was withdrawn');
    expect(deadLinkTitle('link_not_found', 'review link')).toBe('This review link does not work');
    expect(deadLinkTitle('broken', 'review link')).toBe('This review link does not work');
    expect(deadLinkTitle('missing', 'coach invite')).toBe('No coach invite here');
    expect(deadLinkTitle('unavailable', 'review link')).toBe('The review link could not be opened');
  });
});
