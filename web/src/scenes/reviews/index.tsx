// Reviews and coaching (/reviews): share an answer or a mock loop with a reviewer by a link that expires,
// see the links made with their state and the reviews they brought, withdraw one; and invite a coach.
// A reviewer's scores show beside the engine's and the candidate's own on /attempts/:id/reviews.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, loopsApi, reviewsApi, type Share } from '../../api/client.js';
import { LEVEL_SHORT } from '../../api/queries.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { excerpt } from '../../components/text-selection.js';
import { Card, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { Coaching } from './coaching.js';
import { ShareForm } from './share-form.js';
import './reviews.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A link's state in words: until when it works, or when and how it stopped. */
export function shareState(share: Share): string {
  if (share.state === 'revoked')
    return `Withdrawn ${DATE.format(new Date(share.revokedAt ?? share.expiresAt))}`;
  if (share.state === 'expired') return `Expired ${DATE.format(new Date(share.expiresAt))}`;
  return `Works until ${DATE.format(new Date(share.expiresAt))}`;
}

/** Where the candidate reads what a link brought: the attempt's scores side by side, or the loop's. */
export function comparisonPath(share: Share): string {
  if (share.attemptId) {
    return `/attempts/${share.attemptId}/reviews${share.revision ? `?revision=${share.revision}` : ''}`;
  }
  return `/loops/${share.loopId}/reviews`;
}

export default function Reviews() {
  const [search] = useSearchParams();
  const client = useQueryClient();
  const shares = useQuery({ queryKey: ['shares'], queryFn: () => reviewsApi.shares() });
  const attempts = useQuery({
    queryKey: ['attempts', { limit: 100 }],
    queryFn: () => api.attempts({ limit: 100 }),
  });
  const loops = useQuery({ queryKey: ['loops', 'list'], queryFn: () => loopsApi.list({ limit: 50 }) });
  const [withdrawing, setWithdrawing] = useState<Share | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => reviewsApi.revoke(id),
    onSuccess: () => {
      setWithdrawing(null);
      void client.invalidateQueries({ queryKey: ['shares'] });
    },
  });
  const initial = {
    attemptId: search.get('attempt') ?? undefined,
    loopId: search.get('loop') ?? undefined,
  };
  const describe = (share: Share) => {
    if (share.attemptId) {
      const attempt = attempts.data?.attempts.find((a) => a.id === share.attemptId);
      return attempt ? excerpt(attempt.question, 80) : 'An answer';
    }
    const loop = loops.data?.loops.find((l) => l.id === share.loopId);
    return loop
      ? `${LEVEL_SHORT[loop.level]} mock loop of ${DATE.format(new Date(loop.createdAt))}`
      : 'A mock loop';
  };
  const active = shares.data?.shares.filter((s) => s.state === 'active') ?? [];
  const ended = shares.data?.shares.filter((s) => s.state !== 'active') ?? [];

  const row = (share: Share) => (
    <li key={share.id} className="share-row">
      <div className="share-what">
        <span className="share-title">{describe(share)}</span>
        <span className="muted share-meta">
          {share.target === 'loop'
            ? 'Mock loop'
            : `Answer${share.revision ? `, revision ${share.revision}` : ''}`}{' '}
          · <span className={`share-state share-${share.state}`}>{shareState(share)}</span> · {share.reviews}{' '}
          review
          {share.reviews === 1 ? '' : 's'}
        </span>
      </div>
      <div className="share-actions">
        <Link to={comparisonPath(share)}>
          Scores side by side<span className="visually-hidden"> for {describe(share)}</span>
        </Link>
        {share.state === 'active' ? (
          <button type="button" className="link-button danger-link" onClick={() => setWithdrawing(share)}>
            Withdraw<span className="visually-hidden"> the link for {describe(share)}</span>
          </button>
        ) : null}
      </div>
    </li>
  );

  return (
    <div className="page reviews-page">
      <PageHeader
        title="Reviews and coaching"
        lead="A peer or a coach scores your answer on the same rubric as the engine; you see their scores, your own and the engine's side by side, and where you disagree most."
      />
      <div className="reviews-grid">
        <div>
          <Card aria-labelledby="share-title">
            <h2 id="share-title">Share for review</h2>
            <ShareForm initial={initial} />
          </Card>
          <Card aria-labelledby="links-title">
            <h2 id="links-title">Your review links</h2>
            {shares.isPending ? <Loading /> : null}
            <ErrorAlert error={shares.error} />
            {shares.data && shares.data.shares.length === 0 ? (
              <p className="muted">
                No links yet. A link you make shows here until you withdraw it or it expires.
              </p>
            ) : null}
            {active.length ? <ul className="share-list">{active.map(row)}</ul> : null}
            {ended.length ? (
              <details className="disclosure">
                <summary>Expired and withdrawn links ({ended.length})</summary>
                <ul className="share-list">{ended.map(row)}</ul>
              </details>
            ) : null}
          </Card>
        </div>
        <Coaching />
      </div>
      <ConfirmDialog
        open={withdrawing !== null}
        title="Withdraw this review link?"
        confirmLabel="Withdraw the link"
        busyLabel="Withdrawing…"
        busy={revoke.isPending}
        error={revoke.error}
        onCancel={() => {
          setWithdrawing(null);
          revoke.reset();
        }}
        onConfirm={() => withdrawing && revoke.mutate(withdrawing.id)}
      >
        <p>Whoever has it can no longer open it. Reviews already written stay.</p>
      </ConfirmDialog>
    </div>
  );
}
