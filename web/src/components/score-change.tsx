// The change in scores between two revisions of one answer: overall, each dimension that moved, the level
// demonstrated and the verdict. Said in words and signs as well as colour.
import type { ScoreChange as Change, Verdict } from '../api/types.js';
import './score-change.css';

const VERDICT_WORDS: Record<Verdict, string> = {
  below: 'below the bar',
  meets: 'meets the bar',
  exceeds: 'above the bar',
};

const LEVEL_ORDER = ['none', 'apm', 'pm2', 'senior', 'staff'];

/** "+0.35", "−0.2", "±0": a signed number with a real minus sign. */
export function signed(n: number, digits = 2): string {
  const rounded = Number(n.toFixed(digits));
  if (rounded === 0) return '±0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}`;
}

function direction(delta: number): 'up' | 'down' | 'same' {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

const ARROW = { up: '▲', down: '▼', same: '' } as const;
const MOVED = { up: 'up', down: 'down', same: 'unchanged' } as const;

export function ScoreChange({
  change,
  fromOverall,
  toOverall,
  dimensionLabel,
  levelLabel,
}: {
  change: Change;
  fromOverall: number;
  toOverall: number;
  dimensionLabel: (id: string) => string;
  levelLabel: (id: string) => string;
}) {
  const overall = direction(change.overall);
  const moved = change.dimensions.filter((d) => d.delta !== 0);
  const still = change.dimensions.filter((d) => d.delta === 0);
  const level = direction(
    LEVEL_ORDER.indexOf(change.demonstrated.to) - LEVEL_ORDER.indexOf(change.demonstrated.from),
  );
  const verdict = direction(
    Object.keys(VERDICT_WORDS).indexOf(change.verdict.to) -
      Object.keys(VERDICT_WORDS).indexOf(change.verdict.from),
  );
  return (
    <div className="score-change">
      <p className={`score-change-overall change-${overall}`}>
        <span className="score-change-delta">
          {overall === 'same' ? null : <span aria-hidden="true">{ARROW[overall]} </span>}
          {signed(change.overall)}
        </span>{' '}
        overall since revision {change.since}{' '}
        <span className="muted">
          ({fromOverall.toFixed(2)} → {toOverall.toFixed(2)})
        </span>
      </p>
      <ul className="score-change-list">
        <li className={`change-${level}`}>
          Level demonstrated:{' '}
          {level === 'same' ? (
            <>unchanged at {levelLabel(change.demonstrated.to)}</>
          ) : (
            <>
              {levelLabel(change.demonstrated.from)} → <strong>{levelLabel(change.demonstrated.to)}</strong>
            </>
          )}
        </li>
        <li className={`change-${verdict}`}>
          Verdict:{' '}
          {verdict === 'same' ? (
            <>still {VERDICT_WORDS[change.verdict.to]}</>
          ) : (
            <>
              {VERDICT_WORDS[change.verdict.from]} → <strong>{VERDICT_WORDS[change.verdict.to]}</strong>
            </>
          )}
        </li>
        {moved.map((d) => {
          const way = direction(d.delta);
          return (
            <li key={d.id} className={`change-${way}`}>
              {dimensionLabel(d.id)}: {d.from} → <strong>{d.to}</strong>{' '}
              <span className="score-change-delta">
                <span aria-hidden="true">{ARROW[way]}</span>
                <span className="visually-hidden">{MOVED[way]}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {still.length ? (
        <p className="score-change-still muted">
          {moved.length ? 'Unchanged' : 'No dimension moved'}:{' '}
          {still.map((d) => `${dimensionLabel(d.id)} (${d.to})`).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
