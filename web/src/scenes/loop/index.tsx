// A mock loop (/loops/:id): before it starts, its rounds with their time limits; while it runs, the round
// the candidate is on (resumed where it was after a break, with the time left); once every round is
// answered, the hiring-committee packet.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, type Loop, type LoopRound, loopsApi, type RoundAnswer } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { formatDuration } from '../../components/timer.js';
import { ErrorAlert, Loading } from '../../components/ui.js';
import { useMe } from '../../session.js';
import { PacketView } from './packet.js';
import { RoundIntro, RoundWork } from './round.js';
import './loop.css';

export default function LoopScene() {
  const { id = '' } = useParams();
  const loop = useQuery({ queryKey: ['loop', id], queryFn: () => loopsApi.get(id) });
  if (loop.isPending) return <Loading label="Loading the loop" />;
  if (loop.isError) {
    const missing = loop.error instanceof ApiError && loop.error.status === 404;
    return (
      <div className="page narrow">
        <h1>{missing ? 'No loop here' : 'The loop could not be loaded'}</h1>
        {missing ? (
          <p className="lead">
            This loop does not exist: it may have been deleted, or the link belongs to another account. Your
            loops are on the <Link to="/loops">mock loop</Link> page.
          </p>
        ) : (
          <ErrorAlert error={loop.error} />
        )}
      </div>
    );
  }
  if (loop.data.status === 'finished') return <PacketView loop={loop.data} />;
  return <LoopRun loop={loop.data} readAt={loop.dataUpdatedAt} />;
}

/** Each round's place in the run, for the stepper: answered, the one the candidate is on, or to come. */
export function roundState(round: LoopRound, current: number | null): 'answered' | 'current' | 'upcoming' {
  if (round.submittedAt !== null) return 'answered';
  return round.position === current ? 'current' : 'upcoming';
}

function RoundStepper({ loop }: { loop: Loop }) {
  const current = loop.current?.position ?? null;
  return (
    <nav className="round-stepper" aria-label="Rounds">
      <ol>
        {loop.rounds.map((round) => {
          const state = roundState(round, current);
          return (
            <li
              key={round.position}
              className={`step step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {state === 'answered' ? '✓' : round.position}
              </span>
              <span className="step-text">
                <span className="step-name">{round.name}</span>
                <span className="step-meta">
                  {state === 'answered'
                    ? `Answered${round.durationSec !== null ? ` in ${formatDuration(round.durationSec)}` : ''}${round.overtime ? ', overtime' : ''}`
                    : state === 'current'
                      ? round.startedAt
                        ? 'In progress'
                        : 'Next'
                      : formatDuration(round.limitSec)}
                </span>
                <span className="visually-hidden">
                  {state === 'answered' ? ' (answered)' : state === 'current' ? ' (current round)' : ''}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function LoopOverview({ loop }: { loop: Loop }) {
  const kinds = useKinds();
  const total = loop.rounds.reduce((sum, r) => sum + r.limitSec, 0);
  return (
    <section className="card loop-overview" aria-labelledby="overview-title">
      <h2 id="overview-title">The rounds</h2>
      <p className="muted">
        {loop.rounds.length} rounds, {formatDuration(total)} on the clock in all. Take a break between rounds
        whenever you like: a round's clock starts only when you start it.
      </p>
      {loop.notes.length ? (
        <ul className="loop-notes">
          {loop.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <ScrollTable label="The rounds, with what each listens for and its time">
        <table className="overview-table">
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Kind</th>
              <th scope="col">Listens for</th>
              <th scope="col" className="number">
                Time
              </th>
            </tr>
          </thead>
          <tbody>
            {loop.rounds.map((round) => (
              <tr key={round.position}>
                <th scope="row">
                  {round.position}. {round.name}
                </th>
                <td>{kindLabel(kinds.data, round.kind)}</td>
                <td>{round.signals.map((s) => s.label).join(' · ')}</td>
                <td className="number">{formatDuration(round.limitSec)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

function LoopRun({ loop, readAt }: { loop: Loop; readAt: number }) {
  const me = useMe();
  const levels = useLevels();
  const client = useQueryClient();
  const [answered, setAnswered] = useState<{ position: number; name: string; durationSec: number } | null>(
    null,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const round = loop.rounds.find((r) => r.position === loop.current?.position);

  const show = (next: Loop) => client.setQueryData(['loop', loop.id], next);
  const onAnswered = (result: RoundAnswer) => {
    const done = loop.rounds.find((r) => r.position === loop.current?.position);
    setAnswered(done ? { position: done.position, name: done.name, durationSec: result.durationSec } : null);
    show(result.loop);
  };
  // Between rounds the focus goes back to the page's heading, where the "answered" note is read out.
  const position = loop.current?.position;
  const waiting = round?.startedAt === null;
  useEffect(() => {
    if (answered && waiting) heading.current?.focus({ preventScroll: true });
  }, [answered, waiting]);

  if (!round || !me.data) return <Loading />;
  const notStarted = loop.status === 'not_started';
  return (
    <div className="page loop-page">
      <header className="loop-header">
        <p className="eyebrow">
          <Link to="/loops">Mock onsite loop</Link> · {levelLabel(levels.data, loop.level)}
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {notStarted ? `Your ${LEVEL_SHORT[loop.level]} loop` : `Round ${position}: ${round.name}`}
        </h1>
      </header>
      <RoundStepper loop={loop} />
      {answered ? (
        <p className="alert alert-success" role="status">
          Round {answered.position}, {answered.name}, answered in {formatDuration(answered.durationSec)}.
          {waiting ? ' Take a break if you need one: the next clock starts when you start the round.' : ''}
        </p>
      ) : null}
      {notStarted ? <LoopOverview loop={loop} /> : null}
      {round.startedAt === null ? (
        <RoundIntro
          loop={loop}
          round={round}
          onStarted={(next) => {
            setAnswered(null);
            show(next);
          }}
        />
      ) : (
        <RoundWork
          key={round.position}
          loop={loop}
          round={round}
          readAt={readAt}
          userId={me.data.id}
          onAnswered={onAnswered}
        />
      )}
    </div>
  );
}
