// One attempt in a list: the prompt, its kind, when, the latest overall and the verdict against its level.
// Linked to the attempt's report unless `linked` is false (a coach sees the row but not the answer).
import { Link } from 'react-router';
import { kindLabel, LEVEL_SHORT } from '../api/queries.js';
import type { AttemptSummary, Kind } from '../api/types.js';
import { VerdictBadge } from './verdict-badge.js';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AttemptRow({
  attempt,
  kinds,
  linked = true,
}: {
  attempt: AttemptSummary;
  kinds: Kind[] | undefined;
  linked?: boolean;
}) {
  const text = (
    <>
      <span className="attempt-question">{attempt.question}</span>
      <span className="attempt-meta">
        {kindLabel(kinds, attempt.kind)} · {LEVEL_SHORT[attempt.level]} ·{' '}
        {DATE.format(new Date(attempt.updatedAt))}
        {attempt.revisionCount > 1 ? ` · ${attempt.revisionCount} revisions` : ''}
      </span>
    </>
  );
  return (
    <li className="attempt-row">
      {linked ? (
        <Link to={`/attempts/${attempt.id}`} className="attempt-link">
          {text}
        </Link>
      ) : (
        <span className="attempt-text">{text}</span>
      )}
      {attempt.latest ? (
        <span className="attempt-score">
          <span className="score-number" title="Overall score out of 4">
            {attempt.latest.overall.toFixed(1)}
          </span>
          <VerdictBadge verdict={attempt.latest.verdict} />
        </span>
      ) : (
        <span className="muted">Draft</span>
      )}
    </li>
  );
}
