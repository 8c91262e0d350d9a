// Coaching, from the candidate's side: invite a coach by a link that expires (accepted once), the invites
// and what became of them, and the coaches who see your attempts list and progress, each removable.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { type CoachInvite, type CoachPerson, coachApi, type NewCoachInvite } from '../../api/client.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { LinkCopy } from '../../components/link-copy.js';
import { linkUrl } from '../../components/link-token.js';
import { ErrorAlert, Loading } from '../../components/ui.js';
import { DaysSelect } from './share-form.js';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const LONG = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

export function inviteState(invite: CoachInvite): string {
  if (invite.state === 'accepted') return `Accepted by ${invite.coach?.email ?? 'a coach'}`;
  if (invite.state === 'revoked') return 'Withdrawn';
  if (invite.state === 'expired') return `Expired ${DATE.format(new Date(invite.expiresAt))}`;
  return `Open until ${DATE.format(new Date(invite.expiresAt))}`;
}

export function Coaching() {
  const id = useId();
  const client = useQueryClient();
  const [days, setDays] = useState(7);
  const [made, setMade] = useState<NewCoachInvite | null>(null);
  const [removing, setRemoving] = useState<CoachPerson | null>(null);
  const invites = useQuery({ queryKey: ['coach', 'invites'], queryFn: () => coachApi.invites() });
  const coaches = useQuery({ queryKey: ['coach', 'coaches'], queryFn: () => coachApi.coaches() });
  const candidates = useQuery({ queryKey: ['coach', 'candidates'], queryFn: () => coachApi.candidates() });
  const invite = useMutation({
    mutationFn: () => coachApi.invite(days),
    onSuccess: (created) => {
      setMade(created);
      void client.invalidateQueries({ queryKey: ['coach', 'invites'] });
    },
  });
  const withdraw = useMutation({
    mutationFn: (inviteId: string) => coachApi.revokeInvite(inviteId),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['coach', 'invites'] }),
  });
  const remove = useMutation({
    mutationFn: (coachId: string) => coachApi.removeCoach(coachId),
    onSuccess: () => {
      setRemoving(null);
      void client.invalidateQueries({ queryKey: ['coach'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };

  return (
    <section className="card coaching" aria-labelledby="coaching-title">
      <h2 id="coaching-title">Coaching</h2>
      <p className="muted">
        A coach you invite sees your attempts list (questions and scores, not your answers) and your progress
        against the bar, nothing else, until you remove them.
      </p>
      <form className="invite-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-days`}>Invite works for</label>
          <DaysSelect id={`${id}-days`} value={days} onChange={setDays} />
        </div>
        <button type="submit" className="button primary" disabled={invite.isPending}>
          {invite.isPending ? 'Making the invite…' : 'Invite a coach'}
        </button>
      </form>
      <ErrorAlert error={invite.error} title="No invite was made." focus />
      <p role="status" className="visually-hidden">
        {made ? 'The coach invite is ready below.' : ''}
      </p>
      {made ? (
        <LinkCopy
          label="Coach invite"
          url={linkUrl(window.location.origin, '/coach/join', made.token)}
          hint={`Shown once: copy it now. One coach can accept it, signed in to Ladder, until ${LONG.format(new Date(made.expiresAt))}.`}
        />
      ) : null}

      <h3>Your coaches</h3>
      {coaches.isPending ? <Loading /> : null}
      <ErrorAlert error={coaches.error} />
      {coaches.data && coaches.data.coaches.length === 0 ? (
        <p className="muted">No coach sees your progress.</p>
      ) : null}
      {coaches.data?.coaches.length ? (
        <ul className="plain-list">
          {coaches.data.coaches.map((c) => (
            <li key={c.id} className="plain-row">
              <span>
                <strong>{c.email}</strong>{' '}
                <span className="muted">since {DATE.format(new Date(c.since))}</span>
              </span>
              <button type="button" className="link-button" onClick={() => setRemoving(c)}>
                Remove<span className="visually-hidden"> {c.email}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      {invites.data?.invites.length ? (
        <>
          <h3>Invites</h3>
          <ErrorAlert error={withdraw.error} title="The invite was not withdrawn." />
          <ul className="plain-list">
            {invites.data.invites.map((i) => (
              <li key={i.id} className="plain-row">
                <span>
                  Made {DATE.format(new Date(i.createdAt))} ·{' '}
                  <span className={`invite-${i.state}`}>{inviteState(i)}</span>
                </span>
                {i.state === 'active' ? (
                  <button
                    type="button"
                    className="link-button"
                    disabled={withdraw.isPending}
                    onClick={() => withdraw.mutate(i.id)}
                  >
                    Withdraw
                    <span className="visually-hidden">
                      {' '}
                      the invite made {DATE.format(new Date(i.createdAt))}
                    </span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {candidates.data?.candidates.length ? (
        <p className="coaching-candidates">
          You coach {candidates.data.candidates.length} candidate
          {candidates.data.candidates.length === 1 ? '' : 's'}: <Link to="/coach">see their progress</Link>.
        </p>
      ) : null}

      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.email ?? 'this coach'}?`}
        confirmLabel="Remove the coach"
        busyLabel="Removing…"
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => removing && remove.mutate(removing.id)}
      >
        <p>They stop seeing your attempts and progress at once. You can invite them again later.</p>
      </ConfirmDialog>
    </section>
  );
}
