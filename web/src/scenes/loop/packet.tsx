// The hiring-committee packet of a finished loop: the level the whole loop supports and the down-level
// risk, then each round with its score and the signals it owns, shown or not, and the strengths and
// concerns as interviewers write them, quoting the candidate. Downloads as Markdown and PDF.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type Loop, loopsApi, type PacketNote, type PacketRound } from '../../api/client.js';
import {
  dimensionLabel,
  kindLabel,
  LEVEL_SHORT,
  levelLabel,
  useKinds,
  useLevels,
} from '../../api/queries.js';
import { formatDuration } from '../../components/timer.js';
import { Card, ErrorAlert, Loading } from '../../components/ui.js';
import { VerdictBadge } from '../../components/verdict-badge.js';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

const RISK_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const RISK_CLASS = { low: 'verdict-meets', medium: 'risk-medium', high: 'verdict-below' } as const;

/** The time a round took against its limit, in words. */
export function timeTaken(round: Pick<PacketRound, 'durationSec' | 'limitSec' | 'overtime'>): string {
  const limit = `limit ${formatDuration(round.limitSec)}`;
  if (round.durationSec === null) return limit;
  const took = `took ${formatDuration(round.durationSec)}`;
  return round.overtime ? `${took} · ${limit} · overtime` : `${took} · ${limit}`;
}

export function PacketView({ loop }: { loop: Loop }) {
  const packet = useQuery({ queryKey: ['loop', loop.id, 'packet'], queryFn: () => loopsApi.packet(loop.id) });
  const levels = useLevels();
  const kinds = useKinds();
  const attemptOf = (position: number) => loop.rounds.find((r) => r.position === position)?.attemptId ?? null;

  return (
    <div className="page packet-page">
      <header className="loop-header packet-header">
        <div>
          <p className="eyebrow">
            <Link to="/loops">Mock onsite loop</Link> · {levelLabel(levels.data, loop.level)}
            {loop.finishedAt ? ` · finished ${DATE.format(new Date(loop.finishedAt))}` : ''}
          </p>
          <h1>Hiring-committee packet</h1>
        </div>
        <div className="page-actions">
          <a className="button" href={loopsApi.packetUrl(loop.id, 'md')} download>
            Download Markdown
          </a>
          <a className="button" href={loopsApi.packetUrl(loop.id, 'pdf')} download>
            Download PDF
          </a>
          <Link className="button primary" to={`/reviews?loop=${loop.id}`}>
            Share for review
          </Link>
        </div>
      </header>
      {packet.isPending ? <Loading label="Writing the packet" /> : null}
      <ErrorAlert error={packet.error} title="The packet could not be loaded." />
      {packet.data ? (
        <>
          <section className="card packet-decision" aria-labelledby="decision-title">
            <h2 id="decision-title" className="visually-hidden">
              The committee's reading
            </h2>
            <div className="decision-figures">
              <div className="decision-figure">
                <span className="decision-label">The loop supports</span>
                <span className="decision-value">{packet.data.supported.label}</span>
                <span className="muted">target: {packet.data.targetLabel}</span>
              </div>
              <div className="decision-figure">
                <span className="decision-label">Down-level risk</span>
                <span className={`badge risk-badge ${RISK_CLASS[packet.data.downLevel.risk]}`}>
                  {RISK_WORDS[packet.data.downLevel.risk]}
                </span>
              </div>
            </div>
            <p className="decision-summary">{packet.data.supported.summary}</p>
            {packet.data.downLevel.reasons.length ? (
              <>
                <h3>Why the risk is {packet.data.downLevel.risk}</h3>
                <ul>
                  {packet.data.downLevel.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>

          <h2 className="section-title">Round by round</h2>
          <ol className="packet-rounds">
            {packet.data.rounds.map((round) => (
              <PacketRoundCard
                key={round.position}
                round={round}
                kind={kindLabel(kinds.data, round.kind)}
                level={(id) => (id === 'none' ? 'below APM' : LEVEL_SHORT[id as 'pm2'])}
                attemptId={attemptOf(round.position)}
              />
            ))}
          </ol>

          <div className="packet-notes">
            <Notes
              title="Strengths"
              notes={packet.data.strengths}
              empty="No round showed a dimension above the bar."
              dimension={(id) => dimensionLabel(kinds.data, id)}
            />
            <Notes
              title="Concerns"
              notes={packet.data.concerns}
              empty="No concerns: every round met the bar."
              dimension={(id) => dimensionLabel(kinds.data, id)}
            />
          </div>
          <p className="packet-next">
            Compare the engine with your own and a reviewer's scores:{' '}
            <Link to={`/loops/${loop.id}/reviews`}>scores side by side</Link>. Your{' '}
            <Link to="/plan">prep plan</Link> now weighs this loop's answers.
          </p>
        </>
      ) : null}
    </div>
  );
}

function PacketRoundCard({
  round,
  kind,
  level,
  attemptId,
}: {
  round: PacketRound;
  kind: string;
  level: (id: string) => string;
  attemptId: string | null;
}) {
  const shown = round.signals.filter((s) => s.shown).length;
  return (
    <li className="card packet-round">
      <div className="packet-round-head">
        <div>
          <p className="eyebrow">
            Round {round.position} · {kind} · {timeTaken(round)}
          </p>
          <h3>{round.name}</h3>
        </div>
        {round.answered && round.overall !== null ? (
          <div className="packet-round-score">
            <span className="score-number">{round.overall.toFixed(1)}</span>
            <span className="muted"> / 4 · shows {level(round.demonstrated)}</span>
            <VerdictBadge verdict={round.verdict} />
          </div>
        ) : (
          <span className="badge verdict-below">Not answered</span>
        )}
      </div>
      <p className="packet-question">{round.question}</p>
      <h4>
        Signals this round owns: {shown} of {round.signals.length} shown
      </h4>
      <ul className="signal-list">
        {round.signals.map((s) => (
          <li key={s.id} className={s.shown ? 'signal-shown' : 'signal-missing'}>
            <span className="signal-mark" aria-hidden="true">
              {s.shown ? '✓' : '✗'}
            </span>
            <span>
              <span className="signal-label">{s.label}</span>{' '}
              <span className="signal-state">{s.shown ? 'shown' : 'not shown'}</span>
              {s.quote ? <q className="signal-quote">{s.quote}</q> : null}
            </span>
          </li>
        ))}
      </ul>
      {round.gaps.length ? (
        <>
          <h4>What it lacks for the target level</h4>
          <ul className="packet-gaps">
            {round.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </>
      ) : null}
      {attemptId ? (
        <p className="packet-round-link">
          <Link to={`/attempts/${attemptId}`}>Open the report of this answer</Link>
        </p>
      ) : null}
    </li>
  );
}

function Notes({
  title,
  notes,
  empty,
  dimension,
}: {
  title: string;
  notes: PacketNote[];
  empty: string;
  dimension: (id: string) => string;
}) {
  const id = `notes-${title.toLowerCase()}`;
  return (
    <Card className={`packet-notes-card packet-${title.toLowerCase()}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {notes.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="note-list">
        {notes.map((note) => (
          <li key={`${note.position}-${note.dimension}-${note.text}`}>
            <p className="note-source">
              {note.round} · {dimension(note.dimension)}
            </p>
            <p className="note-text">{note.text}</p>
            {note.quote ? <blockquote>{note.quote}</blockquote> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
