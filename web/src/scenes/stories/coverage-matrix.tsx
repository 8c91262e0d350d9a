// The coverage matrix of the story bank: the competencies the target level's behavioral interviews ask
// about (most asked first) against the stories tagged with them. A cell says whether the story shows the
// competency at the level's bar or below it; a row with no story is a gap; an over-used story is flagged
// with the reason. Every mark has words, never colour alone.
import { Link } from 'react-router';
import type { StoryCoverage } from '../../api/client.js';
import { ScrollTable } from '../../components/scroll-table.js';

type Row = StoryCoverage['rows'][number];
type Column = StoryCoverage['columns'][number];

export type CellState = 'at-bar' | 'below-bar' | 'none';

/** What a cell shows: the story tagged with the competency, at the bar or below it, or not tagged. */
export function cellState(row: Row, column: Column): CellState {
  if (!row.stories.includes(column.id)) return 'none';
  return column.meetsBar ? 'at-bar' : 'below-bar';
}

export const STATUS_WORDS: Record<Row['status'], string> = {
  covered: 'Covered',
  weak: 'Below the bar',
  gap: 'No story',
};

const CELL_WORDS: Record<CellState, string> = {
  'at-bar': 'shows it at the bar',
  'below-bar': 'shows it, below the bar',
  none: 'not tagged',
};

/** The matrix in one sentence, for the top of the card. */
export function coverageSummary(coverage: StoryCoverage): string {
  const total = coverage.rows.length;
  const covered = coverage.rows.filter((r) => r.status === 'covered').length;
  if (coverage.columns.length === 0) {
    return `No stories yet: all ${total} competencies these interviews ask about are gaps.`;
  }
  const parts = [`${covered} of ${total} competencies covered by a story at the bar`];
  if (coverage.weak.length) parts.push(`${coverage.weak.length} only below it`);
  if (coverage.gaps.length) parts.push(`${coverage.gaps.length} with no story`);
  return `${parts.join(', ')}.`;
}

/** The stories worth showing as columns: tagged with one of the level's competencies, or flagged. */
export function matrixColumns(coverage: StoryCoverage): Column[] {
  return coverage.columns.filter((c) => c.competencies.length > 0 || c.overused);
}

export function CoverageMatrix({ coverage, levelName }: { coverage: StoryCoverage; levelName: string }) {
  const columns = matrixColumns(coverage);
  const labelOf = (id: string) => coverage.rows.find((r) => r.competency === id)?.label ?? id;
  const overused = coverage.columns.filter((c) => c.overused);
  return (
    <div className="coverage">
      <p className="coverage-summary">{coverageSummary(coverage)}</p>
      {coverage.gaps.length ? (
        <div className="alert alert-warn">
          <strong>Gaps:</strong> {coverage.gaps.map(labelOf).join(', ')}. Write a story for the most asked
          first: an interviewer at {levelName} will likely ask about it.
        </div>
      ) : null}
      {overused.length ? (
        <div className="alert alert-warn">
          <strong>Over-used stories:</strong>
          <ul>
            {overused.map((c) => (
              <li key={c.id}>
                <Link to={`/stories/${c.id}`}>{c.title}</Link>: {c.reasons.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ScrollTable label="Coverage matrix">
        <table className="coverage-table">
          <caption className="visually-hidden">
            Competencies {levelName} interviews ask about, against your stories
          </caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Status</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" className="coverage-story">
                  <Link to={`/stories/${c.id}`}>{c.title}</Link>
                  {c.overused ? <span className="badge coverage-flag">Over-used</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={row.competency} className={`coverage-row-${row.status}`}>
                <th scope="row">
                  <span className="coverage-competency">{row.label}</span>
                  <span className="muted coverage-demand">
                    {row.demand === 0
                      ? 'in no bank question yet'
                      : `asked in ${row.demand} question${row.demand === 1 ? '' : 's'}`}
                  </span>
                </th>
                <td>
                  <span className={`badge coverage-status coverage-status-${row.status}`}>
                    {STATUS_WORDS[row.status]}
                  </span>
                </td>
                {columns.map((c) => {
                  const state = cellState(row, c);
                  return (
                    <td key={c.id} className={`coverage-cell coverage-${state}`}>
                      <span aria-hidden="true">
                        {state === 'at-bar' ? '✓' : state === 'below-bar' ? '◐' : ''}
                      </span>
                      <span className="visually-hidden">
                        {c.title} {CELL_WORDS[state]}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="muted coverage-legend">
        <span aria-hidden="true">✓</span> shows it at the {levelName} bar · <span aria-hidden="true">◐</span>{' '}
        shows it below the bar. Competencies most asked come first.
      </p>
    </div>
  );
}
