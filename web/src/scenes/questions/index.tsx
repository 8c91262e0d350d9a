// The question bank: filter by kind, level (the target level unless another is chosen), tag and words,
// a page at a time; the filters live in the URL. Each result says its kind, levels, time and topics.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import type { LevelId, QuestionSummary } from '../../api/types.js';
import { Pager } from '../../components/pager.js';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import { FilterSelect } from './filter-select.js';
import {
  BANK_PAGE_SIZE,
  type BankFilters,
  bankFiltersFromSearch,
  bankQuery,
  type LevelChoice,
  searchFromBankFilters,
  withFilter,
} from './filters.js';
import { COMPANY_TYPES, DOMAINS, durationLabel, tagLabel } from './labels.js';
import './questions.css';

export default function QuestionBank() {
  const profile = useProfile();
  const target: LevelId = profile.data?.targetLevel ?? 'pm2';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filters = bankFiltersFromSearch(search, target);
  const kinds = useKinds();
  const levels = useLevels();
  const query = bankQuery(filters);
  const results = useQuery({
    queryKey: ['questions', query],
    queryFn: () => api.questions(query),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

  const hrefFor = (next: BankFilters) => {
    const s = searchFromBankFilters(next, target).toString();
    return s ? `/questions?${s}` : '/questions';
  };
  const apply = (change: Partial<Omit<BankFilters, 'page'>>) =>
    navigate(hrefFor(withFilter(filters, change)), { preventScrollReset: true });

  // The search box is edited freely and applied on submit, so each keystroke does not add a history entry;
  // when the URL changes under it (back button, a tag link) it shows the URL's words again.
  const [words, setWords] = useState(filters.q ?? '');
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setWords(filters.q ?? '');
  }
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: words.trim() || undefined });
  };

  const filtered = Boolean(filters.kind || filters.tag || filters.q || filters.level !== target);
  const tagIsListed = !filters.tag || filters.tag in DOMAINS || filters.tag in COMPANY_TYPES;
  const data = results.data;

  return (
    <div className="page bank">
      <PageHeader
        title="Question bank"
        lead={
          <>
            Questions of every kind, each pitched at the levels it suits. The list starts at your target
            level, {levelLabel(levels.data, target)}; choose another level or any level to see more.
          </>
        }
      />
      <form className="bank-filters card" aria-label="Questions" onSubmit={onSearch}>
        <div className="bank-search">
          <label htmlFor="bank-q">Search</label>
          <div className="bank-search-row">
            <input
              id="bank-q"
              type="search"
              name="q"
              value={words}
              maxLength={200}
              placeholder="e.g. retention, onboarding, pricing"
              onChange={(event) => setWords(event.target.value)}
            />
            <button type="submit" className="button primary">
              Search
            </button>
          </div>
        </div>
        <div className="bank-selects">
          <FilterSelect
            className="bank-select"
            label="Kind"
            anyLabel="All kinds"
            value={filters.kind}
            options={kinds.data ?? []}
            onChange={(kind) => apply({ kind })}
          />
          <label className="bank-select">
            <span>Level</span>
            <select
              value={filters.level}
              onChange={(event) => apply({ level: event.target.value as LevelChoice })}
            >
              <option value="all">Any level</option>
              {(levels.data ?? []).map((level) => (
                <option key={level.id} value={level.id}>
                  {level.label}
                  {level.id === target ? ' (your target)' : ''}
                </option>
              ))}
            </select>
          </label>
          <label className="bank-select">
            <span>Tag</span>
            <select
              value={filters.tag ?? ''}
              onChange={(event) => apply({ tag: event.target.value || undefined })}
            >
              <option value="">Any tag</option>
              {tagIsListed ? null : (
                <optgroup label="Topic">
                  <option value={filters.tag}>{tagLabel(filters.tag ?? '')}</option>
                </optgroup>
              )}
              <optgroup label="Domain">
                {Object.entries(DOMAINS).map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Company type">
                {Object.entries(COMPANY_TYPES).map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
        </div>
        {filtered ? (
          <p className="bank-reset">
            <Link to="/questions">Clear filters</Link>
          </p>
        ) : null}
      </form>

      <p className="bank-count" id="bank-count" role="status" aria-live="polite" tabIndex={-1}>
        {data
          ? `${data.total} question${data.total === 1 ? '' : 's'}${filters.level === 'all' ? '' : ` at ${LEVEL_SHORT[filters.level]}`}${filters.kind ? `, ${kindLabel(kinds.data, filters.kind)}` : ''}${filters.tag ? `, tagged ${tagLabel(filters.tag)}` : ''}${filters.q ? `, matching “${filters.q}”` : ''}`
          : ''}
      </p>
      {results.isPending ? <Loading label="Loading questions" /> : null}
      <ErrorAlert error={results.error} title="The questions could not be loaded." />
      {data && data.total === 0 ? (
        <EmptyState title="No question matches these filters">
          <p>
            Try fewer words, another kind, or{' '}
            <Link to={hrefFor({ ...filters, level: 'all', page: 1 })}>any level</Link>.{' '}
            <Link to="/questions">Clear all filters</Link>.
          </p>
        </EmptyState>
      ) : null}
      {data?.questions.length ? (
        <ol
          className={`bank-results${results.isPlaceholderData ? ' stale' : ''}`}
          aria-busy={results.isFetching}
        >
          {data.questions.map((question) => (
            <QuestionResult
              key={question.id}
              question={question}
              kindName={kindLabel(kinds.data, question.kind)}
              target={target}
              tagHref={(tag) => hrefFor(withFilter(filters, { tag }))}
            />
          ))}
        </ol>
      ) : null}
      {data ? (
        <Pager
          page={filters.page}
          pageSize={BANK_PAGE_SIZE}
          total={data.total}
          hrefFor={(page) => hrefFor({ ...filters, page })}
          label="Pages of questions"
          noun="questions"
          resultsId="bank-count"
        />
      ) : null}
    </div>
  );
}

function QuestionResult({
  question,
  kindName,
  target,
  tagHref,
}: {
  question: QuestionSummary;
  kindName: string;
  target: LevelId;
  tagHref: (tag: string) => string;
}) {
  return (
    <li className="bank-result">
      <div className="bank-result-meta">
        <span className="badge badge-kind">{kindName}</span>
        <span className="bank-levels">
          <span className="visually-hidden">Levels: </span>
          {question.levels.map((level) => (
            <span key={level} className={level === target ? 'bank-level target' : 'bank-level'}>
              {LEVEL_SHORT[level]}
            </span>
          ))}
        </span>
        <span className="bank-time">
          <span className="visually-hidden">Time limit: </span>
          {durationLabel(question.time_limit_min)}
        </span>
      </div>
      <h2 className="bank-prompt">
        <Link to={`/questions/${question.id}`}>{question.prompt}</Link>
      </h2>
      <ul className="chips" aria-label="Topics">
        {question.tags.topics.map((topic) => (
          <li key={topic}>
            <Link
              className="chip chip-link"
              to={tagHref(topic)}
              aria-label={`Questions on ${tagLabel(topic)}`}
            >
              {tagLabel(topic)}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
