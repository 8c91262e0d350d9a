// The question bank's filters and the URL they live in: the URL is the single source of truth, so a
// filtered list can be shared, bookmarked and walked back with the browser's back button.
import { KIND_IDS, LEVEL_IDS } from '../../../../src/engine/types.js';
import type { QuestionFilters } from '../../api/client.js';
import type { KindId, LevelId } from '../../api/types.js';

export const BANK_PAGE_SIZE = 20;

/** `all` is said out loud in the URL because no level at all means "the user's target level". */
export type LevelChoice = LevelId | 'all';

export interface BankFilters {
  kind: KindId | undefined;
  level: LevelChoice;
  tag: string | undefined;
  q: string | undefined;
  /** 1-based. */
  page: number;
}

/** The value when it is one of `values`, else undefined: a URL can say anything. */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function words(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function pageFrom(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Reads the filters from the URL; anything unknown or malformed is ignored rather than an error. */
export function bankFiltersFromSearch(search: URLSearchParams, targetLevel: LevelId): BankFilters {
  const level = search.get('level');
  return {
    kind: oneOf(KIND_IDS, search.get('kind')),
    level: level === 'all' ? 'all' : (oneOf(LEVEL_IDS, level) ?? targetLevel),
    tag: words(search.get('tag'))?.toLowerCase(),
    q: words(search.get('q')),
    page: pageFrom(search.get('page')),
  };
}

/** The URL for these filters, leaving out what is the default so that shared links stay short. */
export function searchFromBankFilters(filters: BankFilters, targetLevel: LevelId): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.level !== targetLevel) search.set('level', filters.level);
  if (filters.tag) search.set('tag', filters.tag);
  if (filters.q?.trim()) search.set('q', filters.q.trim());
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

/** What the API is asked for one page of these filters. */
export function bankQuery(filters: BankFilters): QuestionFilters {
  return {
    kind: filters.kind,
    level: filters.level === 'all' ? undefined : filters.level,
    tag: filters.tag,
    q: filters.q,
    limit: BANK_PAGE_SIZE,
    offset: (filters.page - 1) * BANK_PAGE_SIZE,
  };
}

/** Changing any filter but the page starts again from the first page: page 4 of another list means nothing. */
export function withFilter<F extends { page: number }>(filters: F, change: Partial<Omit<F, 'page'>>): F {
  return { ...filters, ...change, page: 1 };
}
