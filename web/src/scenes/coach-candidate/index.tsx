// One candidate, as their coach sees them (/coach/candidates/:id): their progress against the bar of their
// target level (level fit and each dimension over time, what to practise next) and their attempts, with
// scores but not the answers. Another user's id answers like one that does not exist.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, coachApi } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import { AttemptRow } from '../../components/attempt-row.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { DimensionChart, LevelFitChart } from '../progress/charts.js';
import '../coach/coach.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const PAGE = 20;

export default function CoachCandidate() {
  const { candidateId = '' } = useParams();
  const levels = useLevels();
  const kinds = useKinds();
  const [shown, setShown] = useState(PAGE);
  const progress = useQuery({
    queryKey: ['coach', 'candidate', candidateId, 'progress'],
    queryFn: () => coachApi.progress(candidateId),
  });
  const attempts = useQuery({
    queryKey: ['coach', 'candidate', candidateId, 'attempts', shown],
    queryFn: () => coachApi.attempts(candidateId, { limit: shown }),
    placeholderData: (previous) => previous,
  });
  if (progress.isPending) return <Loading label="Loading the candidate's progress" />;
  if (progress.isError) {
    const missing = progress.error instanceof ApiError && progress.error.status === 404;
    return (
      <div className="page narrow">
        <h1>{missing ? 'Not a candidate of yours' : 'The progress could not be loaded'}</h1>
        {missing ? (
          <p className="lead">
            No candidate with this address has invited you as their coach, or they have stopped sharing with
            you. Your candidates are on the <Link to="/coach">coaching page</Link>.
          </p>
        ) : (
          <ErrorAlert error={progress.error} />
        )}
      </div>
    );
  }
  const { candidate, progress: data } = progress.data;
  const dimensions = data.dimensions.filter((d) => d.points.length > 0);

  return (
    <div className="page coach-candidate">
      <p className="muted">
        <Link to="/coach">Candidates you coach</Link>
      </p>
      <PageHeader
        title={candidate.email}
        lead={`Aiming at ${levelLabel(levels.data, data.level)}. Coaching since ${DATE.format(new Date(candidate.since))}.`}
      />
      {data.levelFit.length === 0 ? (
        <EmptyState title="No answers yet">
          <p>Their charts fill in as they answer questions.</p>
        </EmptyState>
      ) : (
        <>
          <Card as="div">
            <LevelFitChart
              points={data.levelFit}
              level={data.level}
              levels={levels.data}
              kinds={kinds.data}
            />
          </Card>
          <h2 className="section-title">Dimensions against the {LEVEL_SHORT[data.level]} bar</h2>
          <div className="dimension-charts">
            {dimensions.map((d) => (
              <Card as="div" key={d.id}>
                <DimensionChart
                  dimension={d}
                  level={data.level}
                  kinds={kinds.data}
                  valueName="Score"
                  height={160}
                />
              </Card>
            ))}
          </div>
        </>
      )}
      {data.practiseNext.length ? (
        <Card aria-labelledby="next-title">
          <h2 id="next-title">What they should practise next</h2>
          <ul className="coach-next">
            {data.practiseNext.slice(0, 4).map((item) => (
              <li key={item.kind}>
                <strong>{kindLabel(kinds.data, item.kind)}</strong>{' '}
                <span className="muted">· {item.reason}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card aria-labelledby="attempts-title">
        <h2 id="attempts-title">Their attempts</h2>
        <ErrorAlert error={attempts.error} />
        {attempts.data && attempts.data.attempts.length === 0 ? <p className="muted">None yet.</p> : null}
        {attempts.data?.attempts.length ? (
          <ul className="attempt-list">
            {attempts.data.attempts.map((a) => (
              <AttemptRow key={a.id} attempt={a} kinds={kinds.data} linked={false} />
            ))}
          </ul>
        ) : null}
        {attempts.data && attempts.data.total > attempts.data.attempts.length ? (
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
            Show more ({attempts.data.total - attempts.data.attempts.length} left)
          </button>
        ) : null}
      </Card>
    </div>
  );
}
