// The level guide: the ladder with the user's target rung highlighted, what changes from the rung below,
// what interviewers evaluate and listen for, the traps, and one prompt answered at both rungs.
import { Link, useParams } from 'react-router';
import { kindLabel, LEVEL_SHORT, useKinds, useLevels } from '../../api/queries.js';
import type { LevelId } from '../../api/types.js';
import { Card, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';

export default function Guide() {
  const params = useParams();
  const profile = useProfile();
  const levels = useLevels();
  const kinds = useKinds();
  if (levels.isPending) return <Loading label="Loading the level guide" />;
  if (levels.isError) return <ErrorAlert error={levels.error} />;
  const target = profile.data?.targetLevel;
  const selectedId = (
    levels.data.some((l) => l.id === params.level) ? params.level : (target ?? 'pm2')
  ) as LevelId;
  const level = levels.data.find((l) => l.id === selectedId);
  if (!level) return <ErrorAlert error={new Error(`There is no level "${params.level}".`)} />;
  const guide = level.guide;
  const below = levels.data.find((l) => l.id === guide.from_below.from);

  return (
    <div className="page">
      <PageHeader
        title="The level guide"
        lead="The same question is judged differently at each rung. Know the bar of yours."
      />
      <nav aria-label="Levels" className="ladder">
        <ol>
          {[...levels.data].reverse().map((l) => (
            <li key={l.id}>
              <Link
                to={`/guide/${l.id}`}
                className={`rung${l.id === selectedId ? ' selected' : ''}${l.id === target ? ' target' : ''}`}
                aria-current={l.id === selectedId ? 'page' : undefined}
              >
                <span className="rung-label">
                  {l.label}
                  {l.id === target ? <span className="badge badge-accent">Your target</span> : null}
                </span>
                <span className="rung-focus">{l.guide.core_focus}</span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>

      <div className="guide-body">
        <Card aria-labelledby="evaluates-title">
          <h2 id="evaluates-title">What {LEVEL_SHORT[level.id]} interviewers evaluate</h2>
          <p>{guide.evaluates.summary}</p>
          <ul>
            {guide.evaluates.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
          <h3>What is expected</h3>
          <ul>
            {guide.expectations.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Card>

        {below ? (
          <Card aria-labelledby="changes-title">
            <h2 id="changes-title">What changes from {below.label}</h2>
            <ul>
              {guide.from_below.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </Card>
        ) : null}

        <Card aria-labelledby="traps-title">
          <h2 id="traps-title">The traps at this level</h2>
          <dl className="traps">
            {guide.traps.map((t) => (
              <div key={t.trap}>
                <dt>{t.trap}</dt>
                <dd>
                  <strong>Instead: </strong>
                  {t.instead}
                </dd>
              </div>
            ))}
          </dl>
        </Card>

        <Card aria-labelledby="contrast-title">
          <h2 id="contrast-title">One prompt, two rungs</h2>
          <p className="prompt-quote">“{guide.contrast.prompt}”</p>
          <div className="grid-2">
            <div>
              <h3>
                {guide.contrast.below.level === 'none'
                  ? 'An answer that clears no bar'
                  : `At ${LEVEL_SHORT[guide.contrast.below.level]}`}
              </h3>
              <ol>
                {guide.contrast.below.outline.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </div>
            <div>
              <h3>At {LEVEL_SHORT[level.id]}</h3>
              <ol>
                {guide.contrast.at_level.outline.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </div>
          </div>
          <p>
            <strong>The difference: </strong>
            {guide.contrast.difference}
          </p>
        </Card>

        <Card aria-labelledby="rounds-title">
          <h2 id="rounds-title">How each round plays out</h2>
          {Object.entries(guide.interviews).map(([kind, at]) =>
            at ? (
              <details key={kind} className="disclosure">
                <summary>{kindLabel(kinds.data, kind)}</summary>
                <p>{at.plays_out}</p>
                <p className="muted">Example: “{at.example}”</p>
                <h4>Interviewers listen for</h4>
                <ul>
                  {at.listen_for.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
                <Link to={`/questions?kind=${kind}&level=${level.id}`}>
                  Practise {kindLabel(kinds.data, kind).toLowerCase()} questions at this level
                </Link>
              </details>
            ) : null,
          )}
        </Card>

        <Card aria-labelledby="loop-title">
          <h2 id="loop-title">The onsite loop</h2>
          <p>
            Usually{' '}
            {guide.loop.total.min === guide.loop.total.max
              ? guide.loop.total.min
              : `${guide.loop.total.min} to ${guide.loop.total.max}`}{' '}
            rounds.
            {guide.loop.note ? ` ${guide.loop.note}` : ''}
          </p>
          <ul>
            {guide.loop.rounds.map((r) => (
              <li key={r.kind}>
                <strong>{r.round}</strong> (
                {r.count.min === r.count.max ? r.count.min : `${r.count.min}–${r.count.max}`})
                {r.note ? <span className="muted"> {r.note}</span> : null}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
