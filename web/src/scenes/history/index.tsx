// History: every attempt, filtered by kind, level, verdict and question and sorted by time or score, a page
// at a time; each opens its report, and each can be deleted after a confirmation.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, useKinds, useLevels } from '../../api/queries.js';
import type { AttemptSummary, Kind } from '../../api/types.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Pager } from '../../components/pager.js';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { VerdictBadge } from '../../components/verdict-badge.js';
import { FilterSelect } from '../questions/filter-select.js';
import { withFilter } from '../questions/filters.js';
import {
  HISTORY_PAGE_SIZE,
  type HistoryFilters,
  historyFiltersFromSearch,
  historyHref,
  historyQuery,
  isFiltered,
  SORT_LABELS,
  SORTS,
  type Sort,
  VERDICT_LABELS,
  VERDICTS,
} from './filters.js';
import './history.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export default function History() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const filters = historyFiltersFromSearch(search);
  const kinds = useKinds();
  const levels = useLevels();
  const query = historyQuery(filters);
  const list = useQuery({
    queryKey: ['attempts', query],
    queryFn: () => api.attempts(query),
    placeholderData: keepPreviousData,
  });
  const apply = (change: Partial<Omit<HistoryFilters, 'page'>>) =>
    navigate(historyHref(withFilter(filters, change)), { preventScrollReset: true });

  const [deleting, setDeleting] = useState<AttemptSummary | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const remove = useMutation({
    mutationFn: (attempt: AttemptSummary) => api.deleteAttempt(attempt.id),
    onSuccess: async (_void, attempt) => {
      client.removeQueries({ queryKey: ['attempt', attempt.id] });
      void client.invalidateQueries({ queryKey: ['progress'] });
      await client.invalidateQueries({ queryKey: ['attempts'] });
      setDeleting(null);
      setDeleted(attempt.question);
      // The row that held focus is gone: the announcement takes it, so keyboard users keep their place.
      requestAnimationFrame(() => status.current?.focus());
      // Deleting the last row of a later page leaves an empty page: step back to the one before.
      const rows = list.data?.attempts.length ?? 0;
      if (rows <= 1 && filters.page > 1) navigate(historyHref({ ...filters, page: filters.page - 1 }));
    },
  });

  const data = list.data;
  const everything = data && data.total === 0 && !isFiltered(filters);

  return (
    <div className="page history">
      <PageHeader
        title="History"
        lead="Every answer you have had graded, with its latest score against the bar it was answered at."
        actions={
          <Link className="button primary" to="/questions">
            Practise a question
          </Link>
        }
      />
      {everything ? null : (
        <div className="history-filters card">
          <QuestionFilter questionId={filters.questionId} onChoose={(questionId) => apply({ questionId })} />
          <div className="history-selects">
            <FilterSelect
              className="history-select"
              label="Kind"
              anyLabel="All kinds"
              value={filters.kind}
              options={kinds.data ?? []}
              onChange={(kind) => apply({ kind })}
            />
            <FilterSelect
              className="history-select"
              label="Level"
              anyLabel="All levels"
              value={filters.level}
              options={levels.data ?? []}
              onChange={(level) => apply({ level })}
            />
            <FilterSelect
              className="history-select"
              label="Verdict"
              anyLabel="Any verdict"
              value={filters.verdict}
              options={VERDICTS.map((verdict) => ({ id: verdict, label: VERDICT_LABELS[verdict] }))}
              onChange={(verdict) => apply({ verdict })}
            />
            <label className="history-select">
              <span>Sort</span>
              <select value={filters.sort} onChange={(event) => apply({ sort: event.target.value as Sort })}>
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {isFiltered(filters) ? (
            <p className="history-reset">
              <Link
                to={historyHref({
                  ...filters,
                  kind: undefined,
                  level: undefined,
                  verdict: undefined,
                  questionId: undefined,
                  page: 1,
                })}
              >
                Clear filters
              </Link>
            </p>
          ) : null}
        </div>
      )}

      <p className="history-status" id="history-status" role="status" tabIndex={-1} ref={status}>
        {deleted ? `Deleted the attempt at “${deleted}”. ` : ''}
        {data && !everything
          ? `${data.total} attempt${data.total === 1 ? '' : 's'}${isFiltered(filters) ? ' match' : ''}.`
          : ''}
      </p>
      {list.isPending ? <Loading label="Loading your attempts" /> : null}
      <ErrorAlert error={list.error} title="Your attempts could not be loaded." />
      {everything ? (
        <EmptyState title="No attempts yet">
          <p>
            Answer a question from the <Link to="/questions">bank</Link> or upload a{' '}
            <Link to="/take-home">take-home document</Link>; every graded answer is kept here with its report.
          </p>
        </EmptyState>
      ) : null}
      {data && data.total === 0 && !everything ? (
        <EmptyState title="No attempt matches these filters">
          <p>
            {filters.questionId ? (
              <>
                <Link to={`/practice/${filters.questionId}`}>Practise this question</Link>, or{' '}
              </>
            ) : null}
            <Link to="/history">show every attempt</Link>.
          </p>
        </EmptyState>
      ) : null}
      {data?.attempts.length ? (
        <ul className={`history-list${list.isPlaceholderData ? ' stale' : ''}`} aria-label="Attempts">
          {data.attempts.map((attempt) => (
            <HistoryRow
              key={attempt.id}
              attempt={attempt}
              kinds={kinds.data}
              onDelete={() => setDeleting(attempt)}
            />
          ))}
        </ul>
      ) : null}
      {data ? (
        <Pager
          page={filters.page}
          pageSize={HISTORY_PAGE_SIZE}
          total={data.total}
          hrefFor={(page) => historyHref({ ...filters, page })}
          label="Pages of attempts"
          noun="attempts"
          resultsId="history-status"
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this attempt?"
        confirmLabel="Delete attempt"
        busyLabel="Deleting…"
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        {deleting ? (
          <>
            <p className="confirm-question">“{deleting.question}”</p>
            <p>
              {deleting.revisionCount > 1 ? `All ${deleting.revisionCount} revisions` : 'The answer'}, their
              reports and any draft are deleted, and your progress charts lose{' '}
              {deleting.revisionCount > 1 ? 'these points' : 'this point'}. This cannot be undone; an export
              made earlier still holds it.
            </p>
          </>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}

function HistoryRow({
  attempt,
  kinds,
  onDelete,
}: {
  attempt: AttemptSummary;
  kinds: Kind[] | undefined;
  onDelete: () => void;
}) {
  return (
    <li className="history-row">
      <Link to={`/attempts/${attempt.id}`} className="history-link">
        <span className="history-question">{attempt.question}</span>
        <span className="history-meta">
          {kindLabel(kinds, attempt.kind)} · {LEVEL_SHORT[attempt.level]} ·{' '}
          <time dateTime={attempt.createdAt}>{DATE.format(new Date(attempt.createdAt))}</time>
          {attempt.revisionCount > 1 ? ` · ${attempt.revisionCount} revisions` : ''}
        </span>
      </Link>
      <div className="history-side">
        {attempt.latest ? (
          <span className="history-score">
            <span className="score-number">
              {attempt.latest.overall.toFixed(1)}
              <span className="visually-hidden"> out of 4</span>
            </span>
            <VerdictBadge verdict={attempt.latest.verdict} />
          </span>
        ) : (
          <span className="muted">Draft</span>
        )}
        <button type="button" className="link-button history-delete" onClick={onDelete}>
          Delete<span className="visually-hidden"> the attempt at “{attempt.question}”</span>
        </button>
      </div>
    </li>
  );
}

/**
 * Narrowing history to one question: words find questions of the bank, and choosing one shows only the
 * attempts at it. (Attempts at a prompt of the user's own are listed under the other filters.)
 */
function QuestionFilter({
  questionId,
  onChoose,
}: {
  questionId: string | undefined;
  onChoose: (questionId: string | undefined) => void;
}) {
  const [words, setWords] = useState('');
  const [asked, setAsked] = useState('');
  const chosen = useQuery({
    queryKey: ['question', questionId],
    queryFn: () => api.question(questionId ?? ''),
    enabled: Boolean(questionId),
    staleTime: Infinity,
  });
  const found = useQuery({
    queryKey: ['questions', { q: asked, limit: 8 }],
    queryFn: () => api.questions({ q: asked, limit: 8 }),
    enabled: asked.length > 0,
    staleTime: 5 * 60_000,
  });
  const onFind = (event: FormEvent) => {
    event.preventDefault();
    setAsked(words.trim());
  };

  if (questionId) {
    return (
      <div className="question-filter chosen">
        <p className="question-filter-label">Question</p>
        <p className="question-filter-chosen">
          <span>{chosen.data?.prompt ?? questionId}</span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setAsked('');
              onChoose(undefined);
            }}
          >
            Show all questions
          </button>
        </p>
      </div>
    );
  }
  return (
    <form className="question-filter" aria-label="Attempts by question" onSubmit={onFind}>
      <label htmlFor="history-question">Question</label>
      <div className="question-filter-row">
        <input
          id="history-question"
          type="search"
          value={words}
          maxLength={200}
          placeholder="Words from the question"
          onChange={(event) => setWords(event.target.value)}
        />
        <button type="submit">Find</button>
      </div>
      {found.isFetching ? <Loading label="Finding questions" /> : null}
      <ErrorAlert error={found.error} />
      {asked && found.data ? (
        found.data.questions.length ? (
          <div className="question-matches">
            <p className="muted" id="question-matches-title">
              Choose a question to see your attempts at it:
            </p>
            <ul aria-labelledby="question-matches-title">
              {found.data.questions.map((question) => (
                <li key={question.id}>
                  <button type="button" className="question-match" onClick={() => onChoose(question.id)}>
                    {question.prompt}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="muted" role="status">
            No question of the bank has the words “{asked}”.
          </p>
        )
      ) : null}
    </form>
  );
}
