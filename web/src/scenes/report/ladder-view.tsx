// The answer against all four bars at once (top rung first, as a ladder reads), and, for a bank question,
// what a strong answer at this level covers, point by point.
import type { LevelId, Report } from '../../api/types.js';

export function LadderView({ report, target }: { report: Report; target: LevelId }) {
  const rungs = [...report.ladder].reverse();
  return (
    <section className="card" aria-labelledby="ladder-title" id="ladder">
      <h2 id="ladder-title">Your answer against every bar</h2>
      <p className="muted">The same answer read by an interviewer at each level.</p>
      <ol className="ladder-view">
        {rungs.map((rung) => (
          <li
            key={rung.level}
            className={`ladder-rung ${rung.clears ? 'rung-clears' : 'rung-short'}${rung.level === target ? ' rung-target' : ''}`}
          >
            <div className="ladder-rung-head">
              <span className="ladder-rung-label">{rung.label}</span>
              {rung.level === target ? <span className="badge badge-accent">Your target</span> : null}
              <span className={`badge ${rung.clears ? 'verdict-meets' : 'verdict-below'} ladder-rung-status`}>
                <span aria-hidden="true">{rung.clears ? '✓ ' : '✗ '}</span>
                {rung.clears ? 'Clears' : 'Falls short'}
              </span>
            </div>
            <p className="ladder-rung-summary">{rung.summary}</p>
            {rung.gaps.length ? (
              <ul className="ladder-gaps">
                {rung.gaps.map((gap) => (
                  <li key={gap.dimension}>
                    <strong>{gap.label}</strong>: {gap.score} of {gap.bar}
                    {gap.about ? ', what this level is about' : ''}
                    {gap.forgiven ? ' (forgiven: one light dimension may fall one short)' : ''}
                    {gap.quote ? <q className="ladder-quote">{gap.quote}</q> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Coverage({ report, levelName }: { report: Report; levelName: string }) {
  if (!report.coverage.length) return null;
  const covered = report.coverage.filter((point) => point.covered).length;
  const label = (id: string) => report.dimensions.find((d) => d.id === id)?.label ?? id.replace(/_/g, ' ');
  return (
    <section className="card" aria-labelledby="coverage-title" id="coverage">
      <h2 id="coverage-title">What a strong {levelName} answer covers</h2>
      <p className="muted">
        {covered} of {report.coverage.length} points covered.
      </p>
      <ul className="coverage-list">
        {report.coverage.map((point) => (
          <li key={point.point} className={point.covered ? 'coverage-yes' : 'coverage-no'}>
            <span className="coverage-mark" aria-hidden="true">
              {point.covered ? '✓' : '○'}
            </span>
            <div>
              <p className="coverage-point">
                {point.covered ? <span className="visually-hidden">Covered: </span> : null}
                {point.point}
              </p>
              <p className="coverage-meta">
                <span className="chip">{label(point.dimension)}</span>
                {point.covered ? null : <span className="chip chip-warn">Not in the answer yet</span>}
                {point.evidence ? <q className="coverage-quote">{point.evidence.text}</q> : null}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Delivery({ report }: { report: Report }) {
  const { fillersPer100, hedgesPer100, top } = report.delivery;
  return (
    <section className="card" aria-labelledby="delivery-title" id="delivery">
      <h2 id="delivery-title">Delivery</h2>
      <dl className="delivery-figures">
        <div>
          <dt>Filler words</dt>
          <dd>{fillersPer100.toFixed(1)} per 100 words</dd>
        </div>
        <div>
          <dt>Hedges</dt>
          <dd>{hedgesPer100.toFixed(1)} per 100 words</dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            {report.stats.words} words in {report.stats.sentences} sentences
          </dd>
        </div>
      </dl>
      {top.length ? (
        <>
          <h3>Phrases you lean on</h3>
          <ul className="chips">
            {top.map((item) => (
              <li key={item.phrase} className="chip">
                “{item.phrase}” × {item.count}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">No filler words or hedges stood out.</p>
      )}
    </section>
  );
}
