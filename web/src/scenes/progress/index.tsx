// Progress: each dimension's scores over time against the bar of a level (the target unless another is
// chosen), and the level each answer demonstrated against that bar. Every chart has its numbers beside it
// as a table.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LEVEL_IDS } from '../../../../src/engine/types.js';
import { type LevelFitPoint, type ProgressPoint, progressApi } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import type { Kind, LevelId } from '../../api/types.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { VerdictBadge } from '../../components/verdict-badge.js';
import { useProfile } from '../../session.js';
import { DimensionChart, LevelFitChart, rungName, verdictAgainst, WHEN } from './charts.js';
import './progress.css';

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
            <LevelFitChart points={data.levelFit} level={level} levels={levels.data} kinds={kinds.data}>
              <details className="disclosure chart-table">
                <summary>Show the answers as a table</summary>
                <LevelFitTable
                  points={data.levelFit}
                  level={level}
                  kinds={kinds.data}
                  levelName={(id) => rungName(levels.data, id)}
                />
              </details>
            </LevelFitChart>
          </Card>
          <h2 className="section-title">Dimensions against the {LEVEL_SHORT[level]} bar</h2>
          <div className="dimension-charts">
            {dimensions.map((dimension) => (
              <Card as="div" key={dimension.id} className="dimension-chart">
                <DimensionChart
                  dimension={dimension}
                  level={level}
                  kinds={kinds.data}
                  valueName="Your score"
                  height={170}
                >
                  <details className="disclosure chart-table">
                    <summary>Show the scores as a table</summary>
                    <ScoreTable points={dimension.points} kinds={kinds.data} />
                  </details>
                </DimensionChart>
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
              <AnsweredCells point={p} kinds={kinds} />
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
              <AnsweredCells point={p} kinds={kinds} />
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

/** The first cells of a row of either table: when, linking to the report, and the kind of question. */
function AnsweredCells({
  point,
  kinds,
}: {
  point: { attemptId: string; revision: number; at: string; kind: string };
  kinds: Kind[] | undefined;
}) {
  return (
    <>
      <td>
        <Link to={`/attempts/${point.attemptId}`}>
          {WHEN.format(new Date(point.at))}
          {point.revision > 1 ? ` (revision ${point.revision})` : ''}
        </Link>
      </td>
      <td>{kindLabel(kinds, point.kind)}</td>
    </>
  );
}
