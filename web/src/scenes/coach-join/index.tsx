// Accepting a coach invite (/coach/join#TOKEN), signed in as the coach (a visitor signs in first and comes
// back here): what the candidate will share, then the button that makes them one of your candidates.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { ApiError, coachApi } from '../../api/client.js';
import { DeadLink } from '../../components/dead-link.js';
import { isBrokenToken, takeLinkToken } from '../../components/link-token.js';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useMe } from '../../session.js';
import '../coach/coach.css';

export default function CoachJoin() {
  const { hash } = useLocation();
  const me = useMe();
  const client = useQueryClient();
  // A link pasted into a tab already on this page changes only the fragment: the token follows it.
  const token = useMemo(() => takeLinkToken('coach-invite', hash), [hash]);
  const broken = isBrokenToken(hash);
  const accept = useMutation({
    mutationFn: () => coachApi.accept(token ?? ''),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['coach'] }),
  });

  if (me.isPending) return <Loading label="Checking your session" />;
  if (!me.data) return <Navigate to={`/signin?next=${encodeURIComponent('/coach/join')}`} replace />;
  if (broken || !token) {
    return <DeadLink what="coach invite" error={new ApiError(400, broken ? 'broken' : 'missing', '')} />;
  }
  const dead = accept.error instanceof ApiError && [404, 410].includes(accept.error.status);
  if (dead) return <DeadLink what="coach invite" error={accept.error} />;

  if (accept.data) {
    const { candidate } = accept.data;
    return (
      <div className="page narrow coach-join">
        <PageHeader title={`You now coach ${candidate.email}`} />
        <p className="lead">
          Their attempts and progress are on your coaching page, updated as they practise.
        </p>
        <p>
          <Link className="button primary" to={`/coach/candidates/${candidate.id}`}>
            See their progress
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page narrow coach-join">
      <PageHeader
        title="Coach a candidate"
        lead={`A candidate invited you to coach them. You are signed in as ${me.data.email}.`}
      />
      <div className="card">
        <h2>What you will see</h2>
        <ul>
          <li>Their attempts: the questions, the kinds, the scores and verdicts against their bar.</li>
          <li>
            Their progress: each dimension over time against the bar, and what they should practise next.
          </li>
          <li>Not their answers, unless they share one with you for review.</li>
        </ul>
        <ErrorAlert error={accept.error} title="The invite was not accepted." focus />
        <button
          type="button"
          className="button primary"
          disabled={accept.isPending}
          onClick={() => accept.mutate()}
        >
          {accept.isPending ? 'Accepting…' : 'Accept and coach them'}
        </button>
      </div>
    </div>
  );
}
