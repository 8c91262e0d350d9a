// The coach's screen (/coach): the candidates who invited you, each with a way to their progress, and a
// way to stop coaching one. A coach sees these candidates' attempts list and progress, nothing else.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { type CoachPerson, coachApi } from '../../api/client.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import './coach.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export default function Coach() {
  const client = useQueryClient();
  const candidates = useQuery({ queryKey: ['coach', 'candidates'], queryFn: () => coachApi.candidates() });
  const [leaving, setLeaving] = useState<CoachPerson | null>(null);
  const leave = useMutation({
    mutationFn: (id: string) => coachApi.leave(id),
    onSuccess: () => {
      setLeaving(null);
      void client.invalidateQueries({ queryKey: ['coach'] });
    },
  });
  return (
    <div className="page coach-page">
      <PageHeader
        title="Candidates you coach"
        lead="Each candidate who invited you: their attempts and progress against the bar of the level they are aiming for. Their answers stay theirs; ask them to share one for review."
      />
      <Card aria-labelledby="candidates-title">
        <h2 id="candidates-title" className="visually-hidden">
          Candidates
        </h2>
        {candidates.isPending ? <Loading /> : null}
        <ErrorAlert error={candidates.error} />
        {candidates.data && candidates.data.candidates.length === 0 ? (
          <EmptyState title="No candidates yet">
            <p>
              A candidate invites you from their Reviews page and sends you the link; open it while signed in
              and they appear here.
            </p>
          </EmptyState>
        ) : null}
        {candidates.data?.candidates.length ? (
          <ul className="candidate-list">
            {candidates.data.candidates.map((c) => (
              <li key={c.id} className="candidate-row">
                <Link to={`/coach/candidates/${c.id}`} className="candidate-link">
                  <span className="candidate-email">{c.email}</span>
                  <span className="muted">Coaching since {DATE.format(new Date(c.since))}</span>
                </Link>
                <span className="candidate-actions">
                  <Link className="button" to={`/coach/candidates/${c.id}`}>
                    See progress<span className="visually-hidden"> of {c.email}</span>
                  </Link>
                  <button type="button" className="link-button" onClick={() => setLeaving(c)}>
                    Stop coaching<span className="visually-hidden"> {c.email}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      <ConfirmDialog
        open={leaving !== null}
        title={`Stop coaching ${leaving?.email ?? 'this candidate'}?`}
        confirmLabel="Stop coaching"
        busyLabel="Stopping…"
        busy={leave.isPending}
        error={leave.error}
        onCancel={() => {
          setLeaving(null);
          leave.reset();
        }}
        onConfirm={() => leaving && leave.mutate(leaving.id)}
      >
        <p>You stop seeing their attempts and progress. They can invite you again.</p>
      </ConfirmDialog>
    </div>
  );
}
