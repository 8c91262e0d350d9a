// Progress: each dimension's scores over time against the bar of a level (the target unless another is
// chosen), and the level each answer demonstrated against that bar. Every chart has its numbers beside it
// as a table.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LEVEL_IDS } from '../../../../src/engine/types.js';
import { type LevelFitPoint, type ProgressPoint, progressApi } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import type { Kind, LevelId, Verdict } from '../../api/types.js';
import { LineChart } from '../../components/line-chart.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { VerdictBadge } from '../../components/verdict-badge.js';
import { useProfile } from '../../session.js';
import './progress.css';

const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
// No year: progress covers weeks of preparation, and the tables must fit a phone.
const WHEN = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** The rungs as numbers for the level-fit chart: none below the first level. */
export const RUNG: Record<LevelId | 'none', number> = { none: 0, apm: 1, pm2: 2, senior: 3, staff: 4 };

const SCORE_TICKS = [1, 2, 3, 4].map((value) => ({ value, label: String(value) }));
const RUNG_TICKS = (['none', ...LEVEL_IDS] as const).map((id) => ({
  value: RUNG[id],
  label: id === 'none' ? 'None' : LEVEL_SHORT[id],
}));

function revisionLabel(point: { revision: number }) {
  return point.revision > 1 ? ` (revision ${point.revision})` : '';
}

/** What one dimension's series says in a sentence: where the latest score stands against the bar. */
export function dimensionSummary(points: readonly ProgressPoint[]): string {
  const latest = points.at(-1);
  if (!latest) return 'No scores yet.';
  const first = points[0] ?? latest;
  const gap = latest.score - latest.bar;
  const where = gap >= 0 ? (gap === 0 ? 'at the bar' : `${gap} above the bar`) : `${-gap} below the bar`;
  const trend =
    points.length > 1
      ? latest.score > first.score
        ? `, up from ${first.score}`
        : latest.score < first.score
          ? `, down from ${first.score}`
          : ', unchanged since the first'
      : '';
  return `Latest ${latest.score} of 4 against a bar of ${latest.bar}: ${where}${trend}. ${points.length} score${points.length === 1 ? '' : 's'}.`;
}

/** Where a demonstrated level stands against the bar of a level: the verdict, as if graded at that level. */
export function verdictAgainst(demonstrated: LevelId | 'none', level: LevelId): Verdict {
  const gap = RUNG[demonstrated] - RUNG[level];
  return gap < 0 ? 'below' : gap === 0 ? 'meets' : 'exceeds';
}

export function levelFitSummary(
  points: readonly LevelFitPoint[],
  level: LevelId,
  levelName: (id: string) => string,
): string {
  const latest = points.at(-1);
  if (!latest) return 'No answers yet.';
  const reached = points.filter((p) => verdictAgainst(p.demonstrated, level) !== 'below').length;
  const latestWords =
    latest.demonstrated === 'none'
      ? 'did not clear the entry bar'
      : `demonstrated ${levelName(latest.demonstrated)}`;
  return `The latest answer ${latestWords}. ${reached} of ${points.length} answer${points.length === 1 ? '' : 's'} reached the ${levelName(level)} bar.`;
}

export default function ProgressPage() {
  const profile = useProfile();
  const target = profile.data?.targetLevel ?? 'pm2';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const asked = LEVEL_IDS.find((l) => l === search.get('level'));
  const level: LevelId = asked ?? target;
  // The radio shows the choice at once; the URL, and with it the charts, follow a moment later (the router
  // navigates in a transition, during which a radio bound to the URL alone would spring back).
  const [choice, setChoice] = useState<LevelId>(level);
  const [urlLevel, setUrlLevel] = useState<LevelId>(level);
  if (urlLevel !== level) {
    setUrlLevel(level);
    setChoice(level);
  }
  const levels = useLevels();
  const kinds = useKinds();
  const progress = useQuery({ queryKey: ['progress', level], queryFn: () => progressApi.get(level) });
  const data = progress.data;
  const rungName = (id: string) => (id === 'none' ? 'Below APM' : levelLabel(levels.data, id));
  const dimensions = data ? data.dimensions.filter((d) => d.points.length > 0) : [];
  const empty = data && data.levelFit.length === 0;

  return (
    <div className="page progress">
      <PageHeader
        title="Progress"
        lead={`How your answers move against the bar of ${levelLabel(levels.data, level)}, dimension by dimension.`}
      />
      <fieldset className="progress-level">
        <legend>Compare against the bar of</legend>
        <div className="segmented">
          {LEVEL_IDS.map((id) => (
            <label key={id}>
              <input
                type="radio"
                name="level"
                value={id}
                checked={choice === id}
                onChange={() => {
                  setChoice(id);
                  navigate(id === target ? '/progress' : `/progress?level=${id}`, {
                    preventScrollReset: true,
                  });
                }}
              />
              <span>
                {levelLabel(levels.data, id)}
                {id === target ? <span className="muted"> (target)</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {progress.isPending ? <Loading label="Loading your progress" /> : null}
      <ErrorAlert error={progress.error} title="Your progress could not be loaded." />
      {empty ? (
        <EmptyState title="Nothing to chart yet">
          <p>
            Each graded answer adds a point to these charts. Answer a question from the{' '}
            <Link to="/questions">question bank</Link>, or upload a{' '}
            <Link to="/take-home">take-home document</Link>; after two or three answers you will see which
            dimensions move and which stay under the bar.
          </p>
          <p>
            <Link className="button primary" to="/questions">
              Practise a question
            </Link>
          </p>
        </EmptyState>
      ) : null}
      {data && !empty ? (
        <>
          <Card as="div" className="level-fit">
            <LineChart
              headingLevel="h2"
              title="Level demonstrated, answer by answer"
              summary={levelFitSummary(data.levelFit, level, rungName)}
              points={data.levelFit.map((p) => ({
                key: `${p.attemptId}-${p.revision}`,
                label: DAY.format(new Date(p.at)),
                value: RUNG[p.demonstrated],
                reference: RUNG[level],
                description: `${WHEN.format(new Date(p.at))}, ${kindLabel(kinds.data, p.kind)}: ${levelLabel(levels.data, p.demonstrated)}`,
              }))}
              yDomain={[0, 4]}
              yTicks={RUNG_TICKS}
              valueName="Level demonstrated"
              referenceName={`The ${LEVEL_SHORT[level]} bar`}
              height={220}
            >
              <details className="disclosure chart-table">
                <summary>Show the answers as a table</summary>
                <LevelFitTable points={data.levelFit} level={level} kinds={kinds.data} levelName={rungName} />
              </details>
            </LineChart>
          </Card>
          <h2 className="section-title">Dimensions against the {LEVEL_SHORT[level]} bar</h2>
          <div className="dimension-charts">
            {dimensions.map((dimension) => (
              <Card as="div" key={dimension.id} className="dimension-chart">
                <LineChart
                  title={dimension.label}
                  summary={dimensionSummary(dimension.points)}
                  points={dimension.points.map((p) => ({
                    key: `${p.attemptId}-${p.revision}`,
                    label: DAY.format(new Date(p.at)),
                    value: p.score,
                    reference: p.bar,
                    description: `${WHEN.format(new Date(p.at))}, ${kindLabel(kinds.data, p.kind)}: ${p.score} (bar ${p.bar})`,
                  }))}
                  yDomain={[1, 4]}
                  yTicks={SCORE_TICKS}
                  valueName="Your score"
                  referenceName={`${LEVEL_SHORT[level]} bar`}
                  height={170}
                >
                  <details className="disclosure chart-table">
                    <summary>Show the scores as a table</summary>
                    <ScoreTable points={dimension.points} kinds={kinds.data} />
                  </details>
                </LineChart>
              </Card>
            ))}
          </div>
          {data.revisions.total > data.revisions.shown ? (
            <p className="muted progress-note">
              The charts show your {data.revisions.shown} most recent answers of {data.revisions.total}.
            </p>
          ) : null}
          {data.practiseNext.length ? (
            <Card className="progress-next" aria-labelledby="progress-next-title">
              <h2 id="progress-next-title">What to practise next</h2>
              <ul className="progress-next-list">
                {data.practiseNext.slice(0, 4).map((item) => (
                  <li key={item.kind}>
                    <Link to={`/questions?kind=${item.kind}&level=${level}`}>
                      {kindLabel(kinds.data, item.kind)}
                    </Link>
                    <span className="muted"> · {item.reason}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function ScoreTable({ points, kinds }: { points: ProgressPoint[]; kinds: Kind[] | undefined }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Answered</th>
            <th scope="col">Kind</th>
            <th scope="col" className="number">
              Score
            </th>
            <th scope="col" className="number">
              Bar
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.attemptId}-${p.revision}`}>
              <td>
                <Link to={`/attempts/${p.attemptId}`}>
                  {WHEN.format(new Date(p.at))}
                  {revisionLabel(p)}
                </Link>
              </td>
              <td>{kindLabel(kinds, p.kind)}</td>
              <td className="number">{p.score}</td>
              <td className="number">{p.bar}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LevelFitTable({
  points,
  level,
  kinds,
  levelName,
}: {
  points: LevelFitPoint[];
  level: LevelId;
  kinds: Kind[] | undefined;
  levelName: (id: string) => string;
}) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Answered</th>
            <th scope="col">Kind</th>
            <th scope="col">Graded at</th>
            <th scope="col">Demonstrated</th>
            <th scope="col">Against the {LEVEL_SHORT[level]} bar</th>
            <th scope="col" className="number">
              Overall
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.attemptId}-${p.revision}`}>
              <td>
                <Link to={`/attempts/${p.attemptId}`}>
                  {WHEN.format(new Date(p.at))}
                  {revisionLabel(p)}
                </Link>
              </td>
              <td>{kindLabel(kinds, p.kind)}</td>
              <td>{LEVEL_SHORT[p.target]}</td>
              <td>{levelName(p.demonstrated)}</td>
              <td>
                <VerdictBadge verdict={verdictAgainst(p.demonstrated, level)} />
              </td>
              <td className="number">{p.overall.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
