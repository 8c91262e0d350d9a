// Reviewing through a share link (/review#TOKEN): the reviewer, signed in (a visitor signs in first and
// comes back here), opens the shared answer or loop and scores it on the same rubric with comments on
// passages. A link expired, withdrawn or mistyped says so plainly.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError, type PeerReview, reviewsApi, type Shared } from '../../api/client.js';
import { DeadLink } from '../../components/dead-link.js';
import { isBrokenToken, takeLinkToken } from '../../components/link-token.js';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useMe } from '../../session.js';
import { ItemReview } from './item-review.js';
import './review.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

export default function ReviewScene() {
  const { hash } = useLocation();
  const me = useMe();
  // A link pasted into a tab already on this page changes only the fragment: the token follows it.
  const token = useMemo(() => takeLinkToken('review', hash), [hash]);
  const broken = isBrokenToken(hash);
  const client = useQueryClient();
  // POST, since the token travels in the body: a query of its own so that a reload reopens it.
  const shared = useQuery({
    queryKey: ['shared', token],
    queryFn: () => reviewsApi.open(token ?? ''),
    enabled: Boolean(me.data && token),
  });
  const [current, setCurrent] = useState(0);

  if (me.isPending) return <Loading label="Checking your session" />;
  if (!me.data) return <Navigate to={`/signin?next=${encodeURIComponent('/review')}`} replace />;
  if (broken || !token) {
    return <DeadLink what="review link" error={new ApiError(400, broken ? 'broken' : 'missing', '')} />;
  }
  if (shared.isPending) return <Loading label="Opening the shared answer" />;
  if (shared.isError) {
    const dead = shared.error instanceof ApiError && [404, 410].includes(shared.error.status);
    return dead ? (
      <DeadLink what="review link" error={shared.error} />
    ) : (
      <div className="page narrow">
        <h1>The shared answer could not be opened</h1>
        <ErrorAlert error={shared.error} />
      </div>
    );
  }

  const data = shared.data;
  const item = data.items[current];
  const onSaved = (review: PeerReview) => {
    client.setQueryData<Shared>(['shared', token], (old) =>
      old
        ? { ...old, items: old.items.map((i) => (i.attemptId === review.attemptId ? { ...i, review } : i)) }
        : old,
    );
  };
  return (
    <div className="page review-page">
      <PageHeader
        title={data.target === 'loop' ? 'Review a mock loop' : 'Review an answer'}
        lead={`Shared with you until ${DATE.format(new Date(data.expiresAt))}. Score it on the rubric the candidate is graded on, and comment on the passages that matter; the candidate sees your scores beside their own and the engine's.`}
      />
      {data.items.length === 0 ? (
        <p className="alert alert-info">
          Nothing has been answered in this loop yet: come back once a round is.
        </p>
      ) : null}
      {data.items.length > 1 ? (
        <nav className="review-rounds" aria-label="Rounds">
          <ol>
            {data.items.map((i, index) => (
              <li key={i.attemptId}>
                <button
                  type="button"
                  className={`review-round${index === current ? ' review-round-current' : ''}`}
                  aria-current={index === current ? 'step' : undefined}
                  onClick={() => setCurrent(index)}
                >
                  <span>
                    {i.position}. {i.round}
                  </span>
                  <span className="muted">{i.review ? 'Reviewed' : 'To review'}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {item ? <ItemReview key={item.attemptId} token={token} item={item} onSaved={onSaved} /> : null}
    </div>
  );
}
