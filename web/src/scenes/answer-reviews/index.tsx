// The scores of an answer side by side (/attempts/:id/reviews, ?revision=N for an earlier one), or of
// every answered round of a loop (/loops/:id/reviews): the engine's, the candidate's own and each
// reviewer's, where they disagree most, the self-review form and the reviewers' comments.
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiError, api, reviewsApi } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, useKinds } from '../../api/queries.js';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { ComparisonView } from './comparison.js';
import './answer-reviews.css';

export default function AnswerReviews() {
  const { pathname } = useLocation();
  return pathname.startsWith('/loops/') ? <LoopReviews /> : <AttemptReviews />;
}

function Missing({ error, what }: { error: unknown; what: 'attempt' | 'loop' }) {
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <div className="page narrow">
      <h1>{missing ? `No ${what} here` : 'The scores could not be loaded'}</h1>
      {missing ? (
        <p className="lead">
          It may have been deleted, or the link belongs to another account. See your{' '}
          <Link to={what === 'loop' ? '/loops' : '/history'}>{what === 'loop' ? 'loops' : 'history'}</Link>.
        </p>
      ) : (
        <ErrorAlert error={error} />
      )}
    </div>
  );
}

function AttemptReviews() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const kinds = useKinds();
  const asked = Number(search.get('revision')) || undefined;
  const key = ['attempt', id, 'reviews', asked ?? 'latest'];
  const comparison = useQuery({ queryKey: key, queryFn: () => reviewsApi.ofAttempt(id, asked) });
  const attempt = useQuery({ queryKey: ['attempt', id], queryFn: () => api.attempt(id) });
  if (comparison.isPending) return <Loading label="Loading the scores" />;
  if (comparison.isError) return <Missing error={comparison.error} what="attempt" />;
  const data = comparison.data;
  const revisions = attempt.data?.revisions ?? [];
  return (
    <div className="page answer-reviews-page">
      <p className="eyebrow">
        {kindLabel(kinds.data, data.kind)} · against the {LEVEL_SHORT[data.level]} bar · revision{' '}
        {data.revision}
      </p>
      <PageHeader
        title={data.question}
        actions={
          <>
            <Link className="button" to={`/attempts/${id}${asked ? `?revision=${asked}` : ''}`}>
              Open the report
            </Link>
            <Link className="button primary" to={`/reviews?attempt=${id}`}>
              Share for review
            </Link>
          </>
        }
      />
      {revisions.length > 1 ? (
        <nav className="revision-switch" aria-label="Revisions">
          <span className="muted">Revision:</span>
          {revisions.map((r) => (
            <Link
              key={r.number}
              to={`?revision=${r.number}`}
              aria-current={r.number === data.revision ? 'page' : undefined}
              className="revision-chip"
            >
              {r.number}
            </Link>
          ))}
        </nav>
      ) : null}
      <ComparisonView key={`${data.attemptId}-${data.revision}`} comparison={data} queryKey={key} />
    </div>
  );
}

function LoopReviews() {
  const { id = '' } = useParams();
  const key = ['loop', id, 'reviews'];
  const reviews = useQuery({ queryKey: key, queryFn: () => reviewsApi.ofLoop(id) });
  if (reviews.isPending) return <Loading label="Loading the scores" />;
  if (reviews.isError) return <Missing error={reviews.error} what="loop" />;
  return (
    <div className="page answer-reviews-page">
      <PageHeader
        title="Mock loop: scores side by side"
        lead="Each answered round: the engine's scores, your own and your reviewers', and where you disagree most."
        actions={
          <>
            <Link className="button" to={`/loops/${id}`}>
              Back to the loop
            </Link>
            <Link className="button primary" to={`/reviews?loop=${id}`}>
              Share for review
            </Link>
          </>
        }
      />
      {reviews.data.rounds.length === 0 ? (
        <p className="muted">No round of this loop is answered yet.</p>
      ) : null}
      {reviews.data.rounds.map((round) => (
        <section
          key={round.attemptId}
          className="loop-round-reviews"
          aria-labelledby={`round-${round.position}`}
        >
          <h2 id={`round-${round.position}`} className="round-heading">
            Round {round.position}: {round.name}
          </h2>
          <p className="muted round-question">{round.question}</p>
          <ComparisonView comparison={round} queryKey={key} />
        </section>
      ))}
    </div>
  );
}
