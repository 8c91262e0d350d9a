import { describe, expect, it } from 'vitest';
import {
  BANK_PAGE_SIZE,
  bankFiltersFromSearch,
  bankQuery,
  searchFromBankFilters,
  withFilter,
} from './filters.js';
import { durationLabel, tagLabel } from './labels.js';

const read = (s: string) => bankFiltersFromSearch(new URLSearchParams(s), 'pm2');

describe('the bank filters in the URL', () => {
  it('defaults to the target level, every kind, no tag, no words, the first page', () => {
    expect(read('')).toEqual({ kind: undefined, level: 'pm2', tag: undefined, q: undefined, page: 1 });
  });

  it('reads every filter', () => {
    expect(read('kind=metrics&level=senior&tag=Retention&q=%20churn%20drop%20&page=3')).toEqual({
      kind: 'metrics',
      level: 'senior',
      tag: 'retention',
      q: 'churn drop',
      page: 3,
    });
  });

  it('keeps "all" levels apart from the default level', () => {
    expect(read('level=all').level).toBe('all');
  });

  it('ignores what it does not know instead of failing', () => {
    expect(read('kind=poetry&level=ceo&page=-2&q=%20%20')).toEqual(read(''));
    expect(read('page=1.5').page).toBe(1);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const filters = read('kind=strategy&level=all&q=enter+market&page=2');
    const search = searchFromBankFilters(filters, 'pm2');
    expect(search.toString()).toBe('kind=strategy&level=all&q=enter+market&page=2');
    expect(bankFiltersFromSearch(search, 'pm2')).toEqual(filters);
    expect(searchFromBankFilters(read(''), 'pm2').toString()).toBe('');
  });

  it('writes the target level when the user changes target, so a shared link keeps its level', () => {
    const filters = read('');
    expect(searchFromBankFilters(filters, 'senior').toString()).toBe('level=pm2');
  });

  it('goes back to the first page when a filter changes', () => {
    const filters = read('kind=metrics&page=4');
    expect(withFilter(filters, { tag: 'fintech' })).toMatchObject({
      tag: 'fintech',
      kind: 'metrics',
      page: 1,
    });
  });

  it('asks the API for one page, with no level for "all"', () => {
    expect(bankQuery(read('level=all&page=3&q=pricing'))).toEqual({
      kind: undefined,
      level: undefined,
      tag: undefined,
      q: 'pricing',
      limit: BANK_PAGE_SIZE,
      offset: 2 * BANK_PAGE_SIZE,
    });
  });
});

describe('words for codes', () => {
  it('says tags in words, the fixed lists first', () => {
    expect(tagLabel('b2b_saas')).toBe('B2B SaaS');
    expect(tagLabel('big_tech')).toBe('Big tech');
    expect(tagLabel('enterprise-sales')).toBe('enterprise sales');
  });

  it('says minutes as hours when they are long', () => {
    expect(durationLabel(45)).toBe('45 min');
    expect(durationLabel(60)).toBe('1 h');
    expect(durationLabel(90)).toBe('1 h 30 min');
    expect(durationLabel(420)).toBe('7 h');
  });
});
