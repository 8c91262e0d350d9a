// Sharing one attempt or one loop with a reviewer: what, for how many days, and the link, shown once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api, loopsApi, type NewShare, reviewsApi } from '../../api/client.js';
import { LEVEL_SHORT } from '../../api/queries.js';
import { LinkCopy } from '../../components/link-copy.js';
import { linkUrl } from '../../components/link-token.js';
import { excerpt } from '../../components/text-selection.js';
import { ErrorAlert } from '../../components/ui.js';

export const LINK_DAYS = [1, 3, 7, 14, 30];
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const LONG = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

export function DaysSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: number;
  onChange: (days: number) => void;
}) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
      {LINK_DAYS.map((d) => (
        <option key={d} value={d}>
          {d === 1 ? '1 day' : `${d} days`}
        </option>
      ))}
    </select>
  );
}

export function ShareForm({ initial }: { initial: { attemptId?: string; loopId?: string } }) {
  const id = useId();
  const client = useQueryClient();
  const [what, setWhat] = useState<'attempt' | 'loop'>(initial.loopId ? 'loop' : 'attempt');
  const [attemptId, setAttemptId] = useState(initial.attemptId ?? '');
  const [loopId, setLoopId] = useState(initial.loopId ?? '');
  const [days, setDays] = useState(7);
  const [made, setMade] = useState<NewShare | null>(null);
  const attempts = useQuery({
    queryKey: ['attempts', { limit: 100 }],
    queryFn: () => api.attempts({ limit: 100 }),
  });
  const loops = useQuery({ queryKey: ['loops', 'list'], queryFn: () => loopsApi.list({ limit: 50 }) });
  const answeredLoops = loops.data?.loops.filter((l) => l.answered > 0) ?? [];
  const graded = attempts.data?.attempts.filter((a) => a.latest) ?? [];
  const chosenAttempt = attemptId || graded[0]?.id || '';
  const chosenLoop = loopId || answeredLoops[0]?.id || '';

  const share = useMutation({
    mutationFn: () =>
      reviewsApi.share(what === 'attempt' ? { attemptId: chosenAttempt } : { loopId: chosenLoop }, days),
    onSuccess: (created) => {
      setMade(created);
      void client.invalidateQueries({ queryKey: ['shares'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    share.mutate();
  };
  const nothing = what === 'attempt' ? !chosenAttempt : !chosenLoop;

  return (
    <div className="share-form">
      <form onSubmit={submit}>
        <fieldset>
          <legend>What to share</legend>
          <div className="segmented">
            <label>
              <input
                type="radio"
                name={`${id}-what`}
                checked={what === 'attempt'}
                onChange={() => setWhat('attempt')}
              />
              <span>An answer</span>
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-what`}
                checked={what === 'loop'}
                onChange={() => setWhat('loop')}
              />
              <span>A mock loop</span>
            </label>
          </div>
        </fieldset>
        <div className="share-fields">
          {what === 'attempt' ? (
            <div className="field share-target">
              <label htmlFor={`${id}-attempt`}>Answer</label>
              <select
                id={`${id}-attempt`}
                value={chosenAttempt}
                onChange={(e) => setAttemptId(e.target.value)}
              >
                {graded.length === 0 ? <option value="">No graded answers yet</option> : null}
                {graded.map((a) => (
                  <option key={a.id} value={a.id}>
                    {excerpt(a.question, 70)} ({DATE.format(new Date(a.updatedAt))})
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="field share-target">
              <label htmlFor={`${id}-loop`}>Mock loop</label>
              <select id={`${id}-loop`} value={chosenLoop} onChange={(e) => setLoopId(e.target.value)}>
                {answeredLoops.length === 0 ? (
                  <option value="">No loop with an answered round yet</option>
                ) : null}
                {answeredLoops.map((l) => (
                  <option key={l.id} value={l.id}>
                    {LEVEL_SHORT[l.level]} loop of {DATE.format(new Date(l.createdAt))} ({l.answered} of{' '}
                    {l.rounds} rounds answered)
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field share-days">
            <label htmlFor={`${id}-days`}>Link works for</label>
            <DaysSelect id={`${id}-days`} value={days} onChange={setDays} />
          </div>
        </div>
        <ErrorAlert error={share.error} title="No link was made." focus />
        <button type="submit" className="button primary" disabled={share.isPending || nothing}>
          {share.isPending ? 'Making the link…' : 'Make a review link'}
        </button>
      </form>
      <p role="status" className="visually-hidden">
        {made ? 'The review link is ready below the form.' : ''}
      </p>
      {made ? (
        <div className="share-made">
          <LinkCopy
            label="Review link"
            url={linkUrl(window.location.origin, '/review', made.token)}
            hint={`Shown once: copy it now. Whoever opens it, signed in to Ladder, can read and score ${made.target === 'loop' ? 'this loop' : 'this answer'} until ${LONG.format(new Date(made.expiresAt))}, unless you withdraw it.`}
          />
        </div>
      ) : null}
    </div>
  );
}
