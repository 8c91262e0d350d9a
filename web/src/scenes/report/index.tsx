// The report of an attempt (/attempts/:id, ?revision=N for an earlier one): the overall and the verdict
// against the target level, the radar against the bar, each dimension with its evidence lit up in the
// answer, the misalignments and warnings, the ladder, coverage and delivery; then the follow-ups to answer
// and the editor to revise, each graded as a new revision with the change in scores.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import type { Attempt, Revision } from '../../api/types.js';
import { RadarChart } from '../../components/radar-chart.js';
import { ScoreChange } from '../../components/score-change.js';
import { formatDuration } from '../../components/timer.js';
import { ErrorAlert, Loading } from '../../components/ui.js';
import { VerdictBadge } from '../../components/verdict-badge.js';
import { useMe } from '../../session.js';
import { EvidenceWorkspace } from './evidence.js';
import { FollowUps } from './follow-ups.js';
import { Coverage, Delivery, LadderView } from './ladder-view.js';
import { Revise } from './revise.js';
import './report.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The attempt with a new revision added, as the server would now return it. */
export function withRevision(attempt: Attempt, revision: Revision): Attempt {
  return {
    ...attempt,
    revisions: [...attempt.revisions, revision],
    revisionCount: attempt.revisionCount + 1,
    updatedAt: revision.createdAt,
    latest: {
      number: revision.number,
      overall: revision.report.overall,
      demonstrated: revision.report.level_fit.demonstrated,
      verdict: revision.report.level_fit.verdict,
      createdAt: revision.createdAt,
    },
    draft: null,
  };
}

export default function ReportScene() {
  const { id = '' } = useParams();
  const attempt = useQuery({
    queryKey: ['attempt', id],
    queryFn: () => api.attempt(id),
    // Fresh from the submit that led here: no need to ask again at once.
    staleTime: 30_000,
  });
  if (attempt.isPending) return <Loading label="Loading the report" />;
  if (attempt.isError) {
    const missing = attempt.error instanceof ApiError && attempt.error.status === 404;
    return (
      <div className="page narrow">
        <h1>{missing ? 'No attempt here' : 'The report could not be loaded'}</h1>
        {missing ? (
          <p className="lead">
            This attempt does not exist: it may have been deleted, or the link belongs to another account.
            Your attempts are in your <Link to="/history">history</Link>.
          </p>
        ) : (
          <ErrorAlert error={attempt.error} />
        )}
      </div>
    );
  }
  return <ReportView attempt={attempt.data} />;
}

function ReportView({ attempt }: { attempt: Attempt }) {
  const [search, setSearch] = useSearchParams();
  const client = useQueryClient();
  const me = useMe();
  const levels = useLevels();
  const kinds = useKinds();
  const changeHeading = useRef<HTMLHeadingElement>(null);
  const focusChange = useRef(false);

  const latest = attempt.revisions[attempt.revisions.length - 1];
  const asked = Number(search.get('revision'));
  const revision = attempt.revisions.find((r) => r.number === asked) ?? latest;

  useEffect(() => {
    if (!focusChange.current || revision !== latest) return;
    focusChange.current = false;
    changeHeading.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0, behavior: 'smooth' });
  }, [revision, latest]);

  if (!latest || !revision) {
    return (
      <div className="page narrow">
        <h1>This attempt has no graded answer yet</h1>
        <p className="lead">
          Its draft was saved but never submitted. Answer the question again from the{' '}
          <Link to={attempt.questionId ? `/questions/${attempt.questionId}` : '/practice/custom'}>
            {attempt.questionId ? 'question’s page' : 'practice screen'}
          </Link>
          .
        </p>
      </div>
    );
  }

  const { report } = revision;
  const isLatest = revision.number === latest.number;
  const level = (id: string) => levelLabel(levels.data, id);
  const dimensionLabel = (id: string) => report.dimensions.find((d) => d.id === id)?.label ?? id;
  const previous = revision.change
    ? attempt.revisions.find((r) => r.number === revision.change?.since)
    : undefined;
  const practiseAgain = attempt.questionId
    ? `/practice/${attempt.questionId}?level=${attempt.level}`
    : `/practice/custom?kind=${attempt.kind}&level=${attempt.level}`;

  const onRevised = (next: Revision) => {
    client.setQueryData<Attempt>(['attempt', attempt.id], (old) => (old ? withRevision(old, next) : old));
    void client.invalidateQueries({ queryKey: ['attempts'] });
    void client.invalidateQueries({ queryKey: ['progress'] });
    focusChange.current = true;
    setSearch({});
  };

  return (
    <div className="page report">
      <title>{`Report${isLatest ? '' : `, revision ${revision.number}`}: ${attempt.question} · Ladder`}</title>
      <header className="report-header">
        <div className="report-title">
          <p className="eyebrow">
            {kindLabel(kinds.data, attempt.kind)} · graded against the {LEVEL_SHORT[attempt.level]} bar ·{' '}
            {DATE.format(new Date(revision.createdAt))}
            {revision.durationSec ? ` · took ${formatDuration(revision.durationSec)}` : ''}
          </p>
          <h1 id="report-title">{attempt.question}</h1>
        </div>
        <div className="page-actions">
          <Link className="button" to={practiseAgain}>
            Practise again
          </Link>
          <Link
            className="button"
            to={`/attempts/${attempt.id}/reviews${isLatest ? '' : `?revision=${revision.number}`}`}
          >
            Scores side by side
          </Link>
          <Link className="button" to={`/reviews?attempt=${attempt.id}`}>
            Share for review
          </Link>
          <Link className="button" to="/history">
            All attempts
          </Link>
        </div>
      </header>

      {attempt.revisions.length > 1 ? (
        <nav className="revisions" aria-label="Revisions">
          <span className="revisions-label">Revisions</span>
          <ol>
            {attempt.revisions.map((r) => (
              <li key={r.number}>
                <Link
                  to={{ search: r.number === latest.number ? '' : `?revision=${r.number}` }}
                  aria-current={r.number === revision.number ? 'page' : undefined}
                  className="revision-link"
                >
                  <span>Revision {r.number}</span>
                  <span className="revision-score">{r.report.overall.toFixed(2)}</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      {!isLatest ? (
        <p className="alert alert-info">
          You are reading revision {revision.number} of {latest.number}.{' '}
          <Link to={{ search: '' }}>Go to the latest revision</Link> to answer follow-ups or revise.
        </p>
      ) : null}

      {report.warnings.length ? (
        <div className="alert alert-warn report-warnings" role="note">
          <strong>Read these scores with care.</strong>
          <ul>
            {report.warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section className="card report-summary" aria-labelledby="summary-title">
        <div className="summary-text">
          <h2 id="summary-title" className="visually-hidden">
            Summary
          </h2>
          <div className="overall">
            <p className="overall-score">
              <span className="overall-number">{report.overall.toFixed(1)}</span>
              <span className="overall-of"> / 4 overall</span>
            </p>
            <VerdictBadge verdict={report.level_fit.verdict} />
          </div>
          <p className="summary-sentence">{report.level_fit.summary}</p>
          <p className="muted summary-levels">
            Demonstrates <strong>{level(report.level_fit.demonstrated)}</strong>
            {report.level_fit.demonstrated === report.level_fit.target
              ? ', your target level.'
              : ` · your target is ${level(report.level_fit.target)}.`}
          </p>
          {report.level_fit.misalignments.length ? (
            <div className="misalignments">
              <h3>Where it misses the level</h3>
              <ul>
                {report.level_fit.misalignments.map((m) => (
                  <li key={m.id}>{m.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {revision.change && previous ? (
            <div className="change-box">
              <h3 id="change-title" ref={changeHeading} tabIndex={-1}>
                What changed since revision {revision.change.since}
              </h3>
              <ScoreChange
                change={revision.change}
                fromOverall={previous.report.overall}
                toOverall={report.overall}
                dimensionLabel={dimensionLabel}
                levelLabel={level}
              />
            </div>
          ) : null}
        </div>
        <RadarChart
          dimensions={report.dimensions}
          barLabel={`${LEVEL_SHORT[report.level]} bar`}
          caption={`Scores against the ${LEVEL_SHORT[report.level]} bar`}
        />
      </section>

      <nav className="report-toc" aria-label="On this page">
        <a href="#dimensions">Dimensions and evidence</a>
        {report.coverage.length ? <a href="#coverage">Coverage</a> : null}
        <a href="#ladder">Every bar</a>
        {report.follow_ups.length ? <a href="#follow-ups">Follow-ups</a> : null}
        {isLatest ? <a href="#revise">Revise</a> : null}
        <a href="#delivery">Delivery</a>
      </nav>

      <EvidenceWorkspace
        key={revision.number}
        report={report}
        answer={revision.answer}
        answerLabel={`Your answer, revision ${revision.number}`}
      />

      <div className="report-columns">
        <Coverage report={report} levelName={LEVEL_SHORT[report.level]} />
        <LadderView report={report} target={report.level} />
      </div>

      {me.data ? (
        <FollowUps
          key={`follow-ups-${revision.number}`}
          followUps={report.follow_ups}
          attemptId={attempt.id}
          userId={me.data.id}
          latest={latest}
          canAnswer={isLatest}
          onRevised={onRevised}
        />
      ) : null}

      {isLatest && me.data ? (
        <Revise
          key={`revise-${latest.number}`}
          attempt={attempt}
          latest={latest}
          userId={me.data.id}
          onRevised={onRevised}
        />
      ) : null}

      <Delivery report={report} />
    </div>
  );
}
