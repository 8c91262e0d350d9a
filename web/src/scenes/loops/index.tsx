// Mock onsite loops: the loop the target level faces (composed by the API from the level's usual loop and
// what the recruiter said at onboarding, adjustable for this one loop), each round with the signals its
// interviewer owns; composing it draws a question per round, and the loop's own page runs it. Below, the
// loops already begun or finished.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LEVEL_IDS } from '../../../../src/engine/types.js';
import { type Answer3, type LoopDetailsInput, type LoopSummary, loopsApi } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import type { LevelId } from '../../api/types.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import './loops.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const RECRUITER: { value: Answer3; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not known yet' },
];

/** Where a loop stands, in words for its row. */
export function loopProgress(loop: LoopSummary): string {
  if (loop.status === 'finished') return `Finished: all ${loop.rounds} rounds answered`;
  if (loop.status === 'not_started') return `Not started · ${loop.rounds} rounds`;
  return `Round ${loop.currentPosition ?? loop.answered + 1} of ${loop.rounds} next · ${loop.answered} answered`;
}

export default function Loops() {
  const profile = useProfile();
  const levels = useLevels();
  const kinds = useKinds();
  const navigate = useNavigate();
  const client = useQueryClient();
  const fromProfile: LoopDetailsInput = profile.data
    ? {
        level: profile.data.targetLevel,
        rounds: profile.data.loop.rounds,
        technicalRound: profile.data.loop.technicalRound,
        takeHome: profile.data.loop.takeHome,
      }
    : {};
  const [details, setDetails] = useState<LoopDetailsInput>(fromProfile);
  const [adjusting, setAdjusting] = useState(false);

  const composition = useQuery({
    queryKey: ['loops', 'composition', details],
    queryFn: () => loopsApi.composition(details),
    enabled: Boolean(profile.data),
  });
  const loops = useQuery({ queryKey: ['loops', 'list'], queryFn: () => loopsApi.list({ limit: 50 }) });
  const compose = useMutation({
    mutationFn: () => loopsApi.create(details),
    onSuccess: (loop) => {
      client.setQueryData(['loop', loop.id], loop);
      void client.invalidateQueries({ queryKey: ['loops', 'list'] });
      navigate(`/loops/${loop.id}`);
    },
  });
  const [deleting, setDeleting] = useState<LoopSummary | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => loopsApi.remove(id),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: ['loop', id] });
      void client.invalidateQueries({ queryKey: ['loops', 'list'] });
      setDeleting(null);
    },
  });

  if (!profile.data) return <Loading />;
  const level = details.level ?? profile.data.targetLevel;
  const open = loops.data?.loops.find((l) => l.status !== 'finished');

  return (
    <div className="page loops-page">
      <PageHeader
        title="Mock onsite loop"
        lead={`The rounds a ${levelLabel(levels.data, level)} loop has, one after another against the clock, each interviewer listening for their own signals. It ends with the packet a hiring committee reads.`}
      />

      {open ? (
        <div className="alert alert-info loops-resume">
          <span>
            You have a {LEVEL_SHORT[open.level]} loop under way: {loopProgress(open).toLowerCase()}.
          </span>
          <Link className="button primary" to={`/loops/${open.id}`}>
            {open.status === 'not_started' ? 'Open it' : 'Resume it'}
          </Link>
        </div>
      ) : null}

      <Card className="loop-compose" aria-labelledby="compose-title">
        <div className="card-head">
          <h2 id="compose-title">Your next loop</h2>
          <button
            type="button"
            className="link-button"
            aria-expanded={adjusting}
            aria-controls="loop-details"
            onClick={() => setAdjusting((a) => !a)}
          >
            {adjusting ? 'Hide the loop details' : 'Adjust for this loop'}
          </button>
        </div>
        <p className="muted">
          {describeDetails(level, details, (id) => levelLabel(levels.data, id))} From your{' '}
          <Link to="/settings">onboarding answers</Link>; change them here for this loop only.
        </p>
        {adjusting ? (
          <LoopDetailsForm
            id="loop-details"
            value={details}
            level={level}
            onChange={setDetails}
            levelName={(id) => levelLabel(levels.data, id)}
          />
        ) : null}
        {composition.isPending ? <Loading label="Composing the rounds" /> : null}
        <ErrorAlert error={composition.error} title="The loop could not be composed." />
        {composition.data ? (
          <>
            {composition.data.notes.length ? (
              <ul className="loop-notes">
                {composition.data.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : null}
            <ol className="planned-rounds">
              {composition.data.rounds.map((round) => (
                <li key={round.position} className="planned-round">
                  <span className="round-number" aria-hidden="true">
                    {round.position}
                  </span>
                  <div className="planned-round-body">
                    <h3>
                      <span className="visually-hidden">Round {round.position}: </span>
                      {round.name}
                    </h3>
                    <p className="muted planned-round-kind">{kindLabel(kinds.data, round.kind)}</p>
                    <p className="owns-label">The interviewer listens for</p>
                    <ul className="chips">
                      {round.signals.map((s) => (
                        <li key={s.id} className="chip">
                          {s.label}
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
            </ol>
            <p className="muted">
              Each round draws a question you have not met in the last two months; its time limit is the
              question's, shown before you start. The clock starts when you start a round and keeps running if
              you leave: come back and it resumes where you were.
            </p>
            <ErrorAlert error={compose.error} title="The loop was not created." focus />
            <button
              type="button"
              className="button primary"
              disabled={compose.isPending}
              onClick={() => compose.mutate()}
            >
              {compose.isPending
                ? 'Drawing the questions…'
                : `Compose this ${composition.data.rounds.length}-round loop`}
            </button>
          </>
        ) : null}
      </Card>

      <section className="loops-history" aria-labelledby="history-title">
        <h2 id="history-title">Your loops</h2>
        {loops.isPending ? <Loading label="Loading your loops" /> : null}
        <ErrorAlert error={loops.error} />
        {loops.data && loops.data.loops.length === 0 ? (
          <EmptyState title="No loops yet">
            <p>Compose one above. A full loop takes an afternoon; you can stop between rounds.</p>
          </EmptyState>
        ) : null}
        {loops.data?.loops.length ? (
          <ul className="loop-list">
            {loops.data.loops.map((loop) => (
              <li key={loop.id} className="loop-row">
                <Link to={`/loops/${loop.id}`} className="loop-link">
                  <span className="loop-title">
                    {LEVEL_SHORT[loop.level]} loop of {DATE.format(new Date(loop.createdAt))}
                  </span>
                  <span className="muted loop-meta">{loopProgress(loop)}</span>
                </Link>
                <span className="loop-actions">
                  {loop.status === 'finished' ? (
                    <span className="badge verdict-meets">Packet ready</span>
                  ) : (
                    <span className="badge badge-progress">
                      {loop.answered}/{loop.rounds}
                    </span>
                  )}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setDeleting(loop)}
                    aria-label={`Delete the ${LEVEL_SHORT[loop.level]} loop of ${DATE.format(new Date(loop.createdAt))}`}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <ConfirmDialog
        open={deleting !== null}
        title="Delete this loop?"
        confirmLabel="Delete the loop"
        busyLabel="Deleting…"
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
      >
        <p>
          The loop and its packet go. The answers you gave in it stay in your{' '}
          <Link to="/history">history</Link> as attempts.
        </p>
      </ConfirmDialog>
    </div>
  );
}

/** The loop details in a sentence: "A PM II loop of 5 rounds, with a technical round, take-home unknown." */
export function describeDetails(
  level: LevelId,
  details: LoopDetailsInput,
  levelName: (id: LevelId) => string,
): string {
  const rounds = details.rounds ? `${details.rounds} rounds` : 'the usual rounds';
  const part = (answer: Answer3 | undefined, what: string) =>
    answer === 'yes' ? `with ${what}` : answer === 'no' ? `no ${what}` : `${what} not known yet`;
  return `A ${levelName(level)} loop of ${rounds}, ${part(details.technicalRound, 'a technical round')}, ${part(details.takeHome, 'a take-home')}.`;
}

function LoopDetailsForm({
  id,
  value,
  level,
  onChange,
  levelName,
}: {
  id: string;
  value: LoopDetailsInput;
  level: LevelId;
  onChange: (next: LoopDetailsInput) => void;
  levelName: (id: LevelId) => string;
}) {
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  const radios = (key: 'technicalRound' | 'takeHome', legend: string) => (
    <fieldset>
      <legend>{legend}</legend>
      <div className="segmented">
        {RECRUITER.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={`${id}-${key}`}
              value={option.value}
              checked={(draft[key] ?? 'unknown') === option.value}
              onChange={() => setDraft({ ...draft, [key]: option.value })}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <form id={id} className="loop-details" onSubmit={submit}>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-level`}>Level</label>
          <select
            id={`${id}-level`}
            value={draft.level ?? level}
            onChange={(event) => setDraft({ ...draft, level: event.target.value as LevelId })}
          >
            {LEVEL_IDS.map((l) => (
              <option key={l} value={l}>
                {levelName(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rounds`}>Rounds the recruiter said</label>
          <select
            id={`${id}-rounds`}
            value={draft.rounds ?? ''}
            onChange={(event) =>
              setDraft({ ...draft, rounds: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            <option value="">The level's usual loop</option>
            {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={n}>
                {n} round{n === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </div>
      </div>
      {radios('technicalRound', 'Is there a technical or systems-thinking round?')}
      {radios('takeHome', 'Is there a take-home?')}
      <button type="submit" className="button">
        Show this loop
      </button>
    </form>
  );
}
