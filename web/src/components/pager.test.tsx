import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Pager, pageCount, pageRange } from './pager.js';

describe('pageRange and pageCount', () => {
  it('gives the first and last item shown', () => {
    expect(pageRange(1, 20, 87)).toEqual({ first: 1, last: 20 });
    expect(pageRange(5, 20, 87)).toEqual({ first: 81, last: 87 });
    expect(pageRange(1, 20, 0)).toEqual({ first: 0, last: 0 });
    expect(pageCount(20, 87)).toBe(5);
    expect(pageCount(20, 0)).toBe(1);
  });
});

describe('Pager', () => {
  const pager = (page: number, total: number) =>
    render(
      <MemoryRouter>
        <Pager
          page={page}
          pageSize={20}
          total={total}
          hrefFor={(p) => `/questions?page=${p}`}
          label="Pages of questions"
          noun="questions"
        />
      </MemoryRouter>,
    );

  it('is not there when everything fits on one page', () => {
    pager(1, 12);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('links to the pages either side and says where the reader is', () => {
    pager(2, 87);
    const nav = screen.getByRole('navigation', { name: 'Pages of questions' });
    expect(nav.textContent).toContain('21–40 of 87 questions');
    expect(screen.getByRole('link', { name: /Previous/ }).getAttribute('href')).toBe('/questions?page=1');
    expect(screen.getByRole('link', { name: /Next/ }).getAttribute('href')).toBe('/questions?page=3');
  });

  it('has no next link on the last page', () => {
    pager(5, 87);
    expect(screen.queryByRole('link', { name: /Next/ })).toBeNull();
    // The pager itself is still there, with its way back.
    expect(screen.getByRole('navigation', { name: 'Pages of questions' }).textContent).toContain(
      '81–87 of 87 questions',
    );
    expect(screen.getByRole('link', { name: /Previous/ }).getAttribute('href')).toBe('/questions?page=4');
  });

  it('offers the way back from a page past the end', () => {
    pager(9, 87);
    expect(screen.getByRole('navigation').textContent).toContain('No questions on page 9');
    expect(screen.getByRole('link', { name: /Previous/ }).getAttribute('href')).toBe('/questions?page=5');
  });
});
