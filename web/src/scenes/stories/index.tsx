// The story bank: behavioral stories written once in STAR form, each graded and tagged with the
// competencies it shows, and the coverage matrix of what the target level will be asked against them.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type StorySummary, storiesApi } from '../../api/client.js';
import { LEVEL_SHORT, levelLabel, useLevels } from '../../api/queries.js';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import { CoverageMatrix } from './coverage-matrix.js';
import './stories.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function demonstratedWords(level: StorySummary['demonstrated']): string {
  return level === 'none' ? 'below APM' : `shows ${LEVEL_SHORT[level]}`;
}

export default function Stories() {
  const profile = useProfile();
  const levels = useLevels();
  const target = profile.data?.targetLevel;
  const stories = useQuery({ queryKey: ['stories'], queryFn: () => storiesApi.list() });
  const guide = useQuery({
    queryKey: ['stories', 'guide'],
    queryFn: () => storiesApi.guide(),
    staleTime: Infinity,
  });
  const coverage = useQuery({
    queryKey: ['stories', 'coverage', target],
    queryFn: () => storiesApi.coverage(target),
    enabled: Boolean(target),
  });
  const competency = (id: string) => guide.data?.competencies.find((c) => c.id === id)?.label ?? id;
  const levelName = target ? levelLabel(levels.data, target) : '';

  return (
    <div className="page stories-page">
      <PageHeader
        title="Story bank"
        lead="Write each behavioral story once, in STAR form. Ladder grades it as an interviewer would hear it, and shows which competencies your stories cover for the level you are aiming at."
        actions={
          <Link className="button primary" to="/stories/new">
            Write a story
          </Link>
        }
      />

      <Card className="coverage-card" aria-labelledby="coverage-title">
        <h2 id="coverage-title">Coverage for {levelName} interviews</h2>
        {coverage.isPending ? <Loading label="Checking your coverage" /> : null}
        <ErrorAlert error={coverage.error} title="The coverage could not be loaded." />
        {coverage.data && target ? (
          <CoverageMatrix coverage={coverage.data} levelName={LEVEL_SHORT[target]} />
        ) : null}
      </Card>

      <section className="story-bank" aria-labelledby="bank-title">
        <h2 id="bank-title">Your stories</h2>
        {stories.isPending ? <Loading label="Loading your stories" /> : null}
        <ErrorAlert error={stories.error} />
        {stories.data && stories.data.stories.length === 0 ? (
          <EmptyState title="No stories yet">
            <p>
              Start with the one you tell most: a launch you owned, a disagreement with an engineer, a
              failure. Five to eight stories cover most behavioral loops.
            </p>
            <p>
              <Link className="button primary" to="/stories/new">
                Write your first story
              </Link>
            </p>
          </EmptyState>
        ) : null}
        {stories.data?.stories.length ? (
          <ul className="story-list">
            {stories.data.stories.map((story) => (
              <li key={story.id} className="story-row">
                <Link to={`/stories/${story.id}`} className="story-link">
                  <span className="story-title">{story.title}</span>
                  <span className="muted story-meta">
                    Graded against the {LEVEL_SHORT[story.level]} bar · updated{' '}
                    {DATE.format(new Date(story.updatedAt))}
                  </span>
                </Link>
                {story.competencies.length ? (
                  <ul className="chips story-chips" aria-label={`Competencies of ${story.title}`}>
                    {story.competencies.map((c) => (
                      <li key={c} className="chip">
                        {competency(c)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <span className="story-score">
                  <span className="score-number">{story.overall.toFixed(1)}</span>
                  <span className="muted">{demonstratedWords(story.demonstrated)}</span>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
