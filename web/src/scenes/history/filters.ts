// History's filters and order, kept in the URL like the bank's: shareable, and the back button walks them.
import { KIND_IDS, LEVEL_IDS } from '../../../../src/engine/types.js';
import type { AttemptFilters } from '../../api/client.js';
import type { KindId, LevelId, Verdict } from '../../api/types.js';
import { oneOf, pageFrom } from '../questions/filters.js';

export const HISTORY_PAGE_SIZE = 20;

export const SORTS = ['newest', 'oldest', 'score_desc', 'score_asc'] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_LABELS: Record<Sort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  score_desc: 'Best score first',
  score_asc: 'Worst score first',
};

export const VERDICTS = ['below', 'meets', 'exceeds'] as const;

export const VERDICT_LABELS: Record<Verdict, string> = {
  below: 'Below the bar',
  meets: 'Meets the bar',
  exceeds: 'Above the bar',
};

export interface HistoryFilters {
  kind: KindId | undefined;
  level: LevelId | undefined;
  verdict: Verdict | undefined;
  questionId: string | undefined;
  sort: Sort;
  page: number;
}

const QUESTION_ID = /^[a-z0-9-]{1,200}$/;

export function historyFiltersFromSearch(search: URLSearchParams): HistoryFilters {
  const questionId = search.get('questionId') ?? '';
  return {
    kind: oneOf(KIND_IDS, search.get('kind')),
    level: oneOf(LEVEL_IDS, search.get('level')),
    verdict: oneOf(VERDICTS, search.get('verdict')),
    questionId: QUESTION_ID.test(questionId) ? questionId : undefined,
    sort: oneOf(SORTS, search.get('sort')) ?? 'newest',
    page: pageFrom(search.get('page')),
  };
}

export function searchFromHistoryFilters(filters: HistoryFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.kind) search.set('kind', filters.kind);
  if (filters.level) search.set('level', filters.level);
  if (filters.verdict) search.set('verdict', filters.verdict);
  if (filters.questionId) search.set('questionId', filters.questionId);
  if (filters.sort !== 'newest') search.set('sort', filters.sort);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

export function historyHref(filters: HistoryFilters): string {
  const s = searchFromHistoryFilters(filters).toString();
  return s ? `/history?${s}` : '/history';
}

export function historyQuery(filters: HistoryFilters): AttemptFilters {
  return {
    kind: filters.kind,
    level: filters.level,
    verdict: filters.verdict,
    questionId: filters.questionId,
    sort: filters.sort,
    limit: HISTORY_PAGE_SIZE,
    offset: (filters.page - 1) * HISTORY_PAGE_SIZE,
  };
}

/** Whether anything narrows the list (the order does not). */
export function isFiltered(filters: HistoryFilters): boolean {
  return Boolean(filters.kind || filters.level || filters.verdict || filters.questionId);
}
