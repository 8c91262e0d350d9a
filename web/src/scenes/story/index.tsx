// One story (/stories/:id): its grade on star, ownership, impact and leadership, each STAR field as
// written with the evidence the grade rests on marked in it and the guided checks beside it; rewriting it
// (/stories/:id/edit) or writing a new one (/stories/new) uses the guided form.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, type Story, type StoryGuide, storiesApi } from '../../api/client.js';
import { LEVEL_SHORT, levelLabel, useLevels } from '../../api/queries.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { segmentsOf } from '../../components/highlighter-segments.js';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { VerdictBadge } from '../../components/verdict-badge.js';
import { useMe, useProfile } from '../../session.js';
import { StoryForm } from './story-form.js';
import './story.css';

export default function StoryScene() {
  const { id } = useParams();
  const { pathname } = useLocation();
  const me = useMe();
  const profile = useProfile();
  const guide = useQuery({
    queryKey: ['stories', 'guide'],
    queryFn: () => storiesApi.guide(),
    staleTime: Infinity,
  });
  const story = useQuery({
    queryKey: ['story', id],
    queryFn: () => storiesApi.get(id ?? ''),
    enabled: Boolean(id),
  });
  const editing = !id || pathname.endsWith('/edit');

  if (!me.data || !profile.data || guide.isPending || (id && story.isPending)) return <Loading />;
  if (guide.isError) return <ErrorPage error={guide.error} />;
  if (id && story.isError) return <ErrorPage error={story.error} />;
  const found = story.data ?? null;

  if (editing) {
    return (
      <div className="page narrow story-page">
        <PageHeader
          title={found ? `Rewrite “${found.title}”` : 'Write a story'}
          lead="Situation, task, action, result: the order an interviewer follows. Write it as you would tell it, in the first person."
        />
        <StoryForm
          key={found?.updatedAt ?? 'new'}
          guide={guide.data}
          story={found}
          userId={me.data.id}
          targetLevel={profile.data.targetLevel}
        />
      </div>
    );
  }
  return found ? <StoryView story={found} guide={guide.data} /> : null;
}

function ErrorPage({ error }: { error: unknown }) {
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <div className="page narrow">
      <h1>{missing ? 'No story here' : 'The story could not be loaded'}</h1>
      {missing ? (
        <p className="lead">
          This story does not exist: it may have been deleted. Your stories are in the{' '}
          <Link to="/stories">story bank</Link>.
        </p>
      ) : (
        <ErrorAlert error={error} />
      )}
    </div>
  );
}

/** A signal id in words for a mark's title: "quantified_result" → "Quantified result". */
export function signalWords(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function FieldText({ text, evidence }: { text: string; evidence: Story['evidence'] }) {
  const segments = useMemo(() => {
    const spans = evidence
      .filter((e) => e.fieldStart >= 0 && e.fieldEnd <= text.length && e.fieldStart < e.fieldEnd)
      .map((e) => ({ start: e.fieldStart, end: e.fieldEnd, evidence: e }));
    return segmentsOf(text, spans);
  }, [text, evidence]);
  return (
    <p className="story-field-text">
      {segments.map((segment) => {
        if (!segment.spans.length) return segment.text;
        const against = segment.spans.every((s) => s.evidence.counts === 'against');
        const names = [...new Set(segment.spans.map((s) => signalWords(s.evidence.signal)))].join(', ');
        return (
          <mark
            key={segment.start}
            className={against ? 'story-ev story-ev-against' : 'story-ev'}
            title={names}
          >
            {segment.text}
            <span className="visually-hidden"> (evidence: {names})</span>
          </mark>
        );
      })}
    </p>
  );
}

function StoryView({ story, guide }: { story: Story; guide: StoryGuide }) {
  const levels = useLevels();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const remove = useMutation({
    mutationFn: () => storiesApi.remove(story.id),
    onSuccess: () => {
      client.removeQueries({ queryKey: ['story', story.id] });
      void client.invalidateQueries({ queryKey: ['stories'] });
      navigate('/stories');
    },
  });
  const competency = (id: string) => guide.competencies.find((c) => c.id === id)?.label ?? id;
  const { grade } = story;

  return (
    <div className="page story-page">
      <PageHeader
        title={story.title}
        lead={`Graded against the ${levelLabel(levels.data, story.level)} bar${story.uses ? ` · told in ${story.uses} mock round${story.uses === 1 ? '' : 's'}` : ''}.`}
        actions={
          <>
            <Link className="button primary" to={`/stories/${story.id}/edit`}>
              Edit
            </Link>
            <button type="button" className="button danger" onClick={() => setDeleting(true)}>
              Delete
            </button>
          </>
        }
      />
      <div className="story-layout">
        <section className="card story-grade" aria-labelledby="grade-title">
          <h2 id="grade-title">How it lands</h2>
          <div className="story-overall">
            <span className="overall-number">{grade.overall.toFixed(1)}</span>
            <span className="muted"> / 4</span>
            <VerdictBadge verdict={grade.verdict} />
          </div>
          <p className="muted">
            Shows{' '}
            <strong>
              {grade.demonstrated === 'none' ? 'no level yet' : levelLabel(levels.data, grade.demonstrated)}
            </strong>{' '}
            against a {LEVEL_SHORT[story.level]} target.
          </p>
          <ul className="story-dimensions">
            {grade.dimensions.map((d) => (
              <li key={d.id}>
                <div className="story-dimension-head">
                  <span className="story-dimension-label">{d.label}</span>
                  <span className={`story-dimension-score ${d.score >= d.bar ? 'at-bar' : 'below-bar'}`}>
                    {d.score} <span className="muted">/ bar {d.bar}</span>
                  </span>
                </div>
                <span className="story-bar" aria-hidden="true">
                  <span
                    className={d.score >= d.bar ? 'story-bar-fill at-bar' : 'story-bar-fill below-bar'}
                    style={{ width: `${(d.score / 4) * 100}%` }}
                  />
                  <span className="story-bar-mark" style={{ left: `${(d.bar / 4) * 100}%` }} />
                </span>
                <p className="story-dimension-feedback">{d.feedback}</p>
              </li>
            ))}
          </ul>
          <h3>Competencies</h3>
          {story.competencies.length ? (
            <ul className="chips">
              {story.competencies.map((c) => (
                <li key={c} className="chip">
                  {competency(c)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None tagged: the coverage matrix cannot count it. Edit it to tag them.</p>
          )}
        </section>

        <section className="story-fields" aria-labelledby="fields-title">
          <h2 id="fields-title" className="visually-hidden">
            The story
          </h2>
          <p className="muted story-legend">
            <mark className="story-ev">Marked passages</mark> are the evidence behind the grade;{' '}
            <mark className="story-ev story-ev-against">dotted ones</mark> count against it.
          </p>
          {guide.fields.map((field) => {
            const text = story[field.id] ?? '';
            const check = story.checks.find((c) => c.field === field.id);
            if (!text && !check?.advice.length) return null;
            return (
              <article key={field.id} className="card story-field" aria-labelledby={`field-${field.id}`}>
                <div className="story-field-head">
                  <h3 id={`field-${field.id}`}>{field.label}</h3>
                  {check?.words ? (
                    <span className="muted story-field-share">
                      {check.words} words · {Math.round(check.share * 100)}% of the story
                    </span>
                  ) : null}
                </div>
                {text ? (
                  <FieldText text={text} evidence={story.evidence.filter((e) => e.field === field.id)} />
                ) : null}
                {check?.advice.length ? (
                  <ul className="story-advice">
                    {check.advice.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                ) : null}
              </article>
            );
          })}
        </section>
      </div>

      <ConfirmDialog
        open={deleting}
        title={`Delete “${story.title}”?`}
        confirmLabel="Delete the story"
        busyLabel="Deleting…"
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setDeleting(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate()}
      >
        <p>
          The story leaves your bank and the coverage matrix. Answers you gave from it stay in your history.
        </p>
      </ConfirmDialog>
    </div>
  );
}
