import { describe, expect, it } from 'vitest';
import { withFilter } from '../questions/filters.js';
import {
  HISTORY_PAGE_SIZE,
  historyFiltersFromSearch,
  historyHref,
  historyQuery,
  isFiltered,
} from './filters.js';

const read = (s: string) => historyFiltersFromSearch(new URLSearchParams(s));

describe('the history filters in the URL', () => {
  it('defaults to every attempt, newest first, first page', () => {
    expect(read('')).toEqual({
      kind: undefined,
      level: undefined,
      verdict: undefined,
      questionId: undefined,
      sort: 'newest',
      page: 1,
    });
    expect(isFiltered(read(''))).toBe(false);
    expect(historyHref(read(''))).toBe('/history');
  });

  it('reads and writes every filter and the order', () => {
    const href =
      '/history?kind=behavioral&level=senior&verdict=below&questionId=th-analytics-upmarket&sort=score_desc&page=2';
    const filters = read(href.split('?')[1] ?? '');
    expect(filters).toEqual({
      kind: 'behavioral',
      level: 'senior',
      verdict: 'below',
      questionId: 'th-analytics-upmarket',
      sort: 'score_desc',
      page: 2,
    });
    expect(historyHref(filters)).toBe(href);
  });

  it('ignores unknown values and question ids the API would refuse', () => {
    expect(read('verdict=great&sort=random&questionId=../../etc&kind=x')).toEqual(read(''));
  });

  it('counts the order as no filter', () => {
    expect(isFiltered(read('sort=oldest'))).toBe(false);
    expect(isFiltered(read('verdict=meets'))).toBe(true);
  });

  it('goes back to the first page when a filter or the order changes', () => {
    expect(withFilter(read('page=5'), { sort: 'score_asc' }).page).toBe(1);
  });

  it('asks the API for one page in the chosen order', () => {
    expect(historyQuery(read('sort=oldest&page=3&verdict=exceeds'))).toEqual({
      kind: undefined,
      level: undefined,
      verdict: 'exceeds',
      questionId: undefined,
      sort: 'oldest',
      limit: HISTORY_PAGE_SIZE,
      offset: 2 * HISTORY_PAGE_SIZE,
    });
  });
});
