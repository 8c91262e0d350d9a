// Home: what to practise next against the target bar and the loop, the days left, recent attempts, and the
// level guide one click away.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, progressApi } from '../../api/client.js';
import { LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import { AttemptRow } from '../../components/attempt-row.js';
import { TodayPlan } from '../../components/today-plan.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';

export function daysUntil(isoDate: string, today = new Date()): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - now) / 86_400_000);
}

export default function Home() {
  const profile = useProfile();
  const levels = useLevels();
  const kinds = useKinds();
  const target = profile.data?.targetLevel;
  const progress = useQuery({
    queryKey: ['progress', target],
    queryFn: () => progressApi.get(target),
    enabled: Boolean(target),
  });
  const recent = useQuery({
    queryKey: ['attempts', { limit: 5 }],
    queryFn: () => api.attempts({ limit: 5 }),
  });
  if (!profile.data) return <Loading />;
  const days = profile.data.interviewDate ? daysUntil(profile.data.interviewDate) : null;
  const level = levels.data?.find((l) => l.id === target);

  return (
    <div className="page">
      <PageHeader
        title={`Preparing for ${levelLabel(levels.data, profile.data.targetLevel)}${profile.data.company ? ` at ${profile.data.company}` : ''}`}
        lead={
          days === null ? (
            <>
              No interview date yet. <Link to="/settings">Add it</Link> and Ladder plans the days until then.
            </>
          ) : days > 0 ? (
            `${days} day${days === 1 ? '' : 's'} until your interview.`
          ) : days === 0 ? (
            'Your interview is today. Good luck.'
          ) : (
            <>
              Your interview date has passed. <Link to="/settings">Update it</Link> if there is another.
            </>
          )
        }
        actions={
          <Link className="button primary" to="/questions">
            Practise a question
          </Link>
        }
      />
      <TodayPlan />
      <div className="home-grid">
        <Card className="next" aria-labelledby="next-title">
          <h2 id="next-title">What to practise next</h2>
          {progress.isPending ? <Loading label="Working out your next step" /> : null}
          <ErrorAlert error={progress.error} />
          {progress.data ? (
            <ol className="next-list">
              {progress.data.practiseNext.slice(0, 4).map((item) => (
                <li key={item.kind}>
                  <div>
                    <Link
                      to={`/questions?kind=${item.kind}&level=${profile.data?.targetLevel}`}
                      className="next-kind"
                    >
                      {item.label}
                    </Link>
                    <p>{item.reason}</p>
                    {item.dimensions.length ? (
                      <ul className="chips" aria-label="Dimensions below your bar">
                        {item.dimensions.map((d) => (
                          <li key={d.id} className="chip chip-warn">
                            {d.label} {d.gap !== null && d.gap > 0 ? `−${Number(d.gap.toFixed(1))}` : ''}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          ) : null}
        </Card>
        <Card className="guide-teaser" aria-labelledby="guide-title">
          <h2 id="guide-title">The {LEVEL_SHORT[profile.data.targetLevel]} bar</h2>
          {level ? (
            <>
              <p className="muted">{level.guide.core_focus}</p>
              <p>{level.guide.evaluates.summary}</p>
            </>
          ) : null}
          <Link to={`/guide/${profile.data.targetLevel}`}>Read the level guide</Link>
        </Card>
        <Card className="recent" aria-labelledby="recent-title">
          <div className="card-head">
            <h2 id="recent-title">Recent attempts</h2>
            <Link to="/history">All attempts</Link>
          </div>
          {recent.isPending ? <Loading /> : null}
          <ErrorAlert error={recent.error} />
          {recent.data && recent.data.attempts.length === 0 ? (
            <EmptyState title="No attempts yet">
              <p>
                Pick a question from the <Link to="/questions">bank</Link>, answer it, and the report will
                show where you stand against the bar.
              </p>
            </EmptyState>
          ) : null}
          {recent.data?.attempts.length ? (
            <ul className="attempt-list">
              {recent.data.attempts.map((attempt) => (
                <AttemptRow key={attempt.id} attempt={attempt} kinds={kinds.data} />
              ))}
            </ul>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
