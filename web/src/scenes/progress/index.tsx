// Progress: each dimension's scores over time against the bar of a level (the target unless another is
// chosen), and the level each answer demonstrated against the target. Every chart has its numbers beside
// it as a table.
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DIMENSION_IDS, LEVEL_IDS } from '../../../../src/engine/types.js';
import { type LevelFitPoint, type ProgressPoint, progressApi } from '../../api/client.js';
import {
  dimensionLabel,
  kindLabel,
  LEVEL_SHORT,
  levelLabel,
  useKinds,
  useLevels,
} from '../../api/queries.js';
import type { Kind, LevelId } from '../../api/types.js';
import { LineChart } from '../../components/line-chart.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { VerdictBadge } from '../../components/verdict-badge.js';
import { useProfile } from '../../session.js';
import './progress.css';

const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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

export function levelFitSummary(points: readonly LevelFitPoint[], levelName: (id: string) => string): string {
  const latest = points.at(-1);
  if (!latest) return 'No answers yet.';
  const meeting = points.filter((p) => p.verdict !== 'below').length;
  return `The latest answer demonstrated ${levelName(latest.demonstrated)} against a target of ${levelName(latest.target)}. ${meeting} of ${points.length} answer${points.length === 1 ? '' : 's'} met or exceeded the target.`;
}

export default function ProgressPage() {
  const profile = useProfile();
  const target = profile.data?.targetLevel ?? 'pm2';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const asked = LEVEL_IDS.find((l) => l === search.get('level'));
  const level: LevelId = asked ?? target;
  const levels = useLevels();
  const kinds = useKinds();
  const progress = useQuery({ queryKey: ['progress', level], queryFn: () => progressApi.get(level) });
  const data = progress.data;
  const dimensions = data
    ? DIMENSION_IDS.filter((id) => (data.dimensions[id]?.length ?? 0) > 0).map((id) => ({
        id,
        points: data.dimensions[id] ?? [],
      }))
    : [];
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
                checked={level === id}
                onChange={() =>
                  navigate(id === target ? '/progress' : `/progress?level=${id}`, {
                    preventScrollReset: true,
                  })
                }
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
              summary={levelFitSummary(data.levelFit, (id) => levelLabel(levels.data, id))}
              points={data.levelFit.map((p) => ({
                key: `${p.attemptId}-${p.revision}`,
                label: DAY.format(new Date(p.at)),
                value: RUNG[p.demonstrated],
                reference: RUNG[p.target],
                description: `${WHEN.format(new Date(p.at))}, ${kindLabel(kinds.data, p.kind)}: ${levelLabel(levels.data, p.demonstrated)}`,
              }))}
              yDomain={[0, 4]}
              yTicks={RUNG_TICKS}
              valueName="Level demonstrated"
              referenceName="Target level"
              height={220}
            >
              <details className="disclosure chart-table">
                <summary>Show the answers as a table</summary>
                <LevelFitTable
                  points={data.levelFit}
                  kinds={kinds.data}
                  levelName={(id) => levelLabel(levels.data, id)}
                />
              </details>
            </LineChart>
          </Card>
          <h2 className="section-title">Dimensions against the {LEVEL_SHORT[level]} bar</h2>
          <div className="dimension-charts">
            {dimensions.map(({ id, points }) => (
              <Card as="div" key={id} className="dimension-chart">
                <LineChart
                  title={dimensionLabel(kinds.data, id)}
                  summary={dimensionSummary(points)}
                  points={points.map((p) => ({
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
                    <ScoreTable points={points} kinds={kinds.data} />
                  </details>
                </LineChart>
              </Card>
            ))}
          </div>
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
  kinds,
  levelName,
}: {
  points: LevelFitPoint[];
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
            <th scope="col">Demonstrated</th>
            <th scope="col">Target</th>
            <th scope="col">Verdict</th>
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
              <td>{levelName(p.demonstrated)}</td>
              <td>{levelName(p.target)}</td>
              <td>
                <VerdictBadge verdict={p.verdict} />
              </td>
              <td className="number">{p.overall.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
