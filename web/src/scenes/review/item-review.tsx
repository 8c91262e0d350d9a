// The review of one shared answer: the question and the answer as text, comments on its passages, a score
// of 1 to 4 on each dimension of its rubric (with the rubric's words and the level's bar), a summary, and
// saving (again replaces the review).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, type PeerReview, reviewsApi, type SharedItem } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, useKinds } from '../../api/queries.js';
import { CommentedAnswer } from '../../components/commented-answer.js';
import { type ScoreInput, ScorePicker, unscored } from '../../components/score-picker.js';
import { ErrorAlert } from '../../components/ui.js';
import { CommentTool, type DraftComment, inAnswerOrder } from './comment-tool.js';

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const MAX_SUMMARY = 4_000;

export function ItemReview({
  token,
  item,
  onSaved,
}: {
  token: string;
  item: SharedItem;
  onSaved: (review: PeerReview) => void;
}) {
  const kinds = useKinds();
  const answerRef = useRef<HTMLElement>(null);
  const [scores, setScores] = useState<ScoreInput>(() => ({ ...(item.review?.scores ?? {}) }));
  const [comments, setComments] = useState<DraftComment[]>(() => inAnswerOrder(item.review?.comments ?? []));
  const [summary, setSummary] = useState(item.review?.summary ?? '');
  const [active, setActive] = useState<number | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      reviewsApi.review({
        token,
        attemptId: item.attemptId,
        scores: scores as PeerReview['scores'],
        comments: comments.map(({ start, end, comment }) => ({ start, end, comment })),
        summary: summary.trim() || null,
      }),
    onSuccess: onSaved,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const left = unscored(item.rubric, scores);
    setMissing(item.rubric.filter((d) => scores[d.id] === undefined).map((d) => d.id));
    if (left.length) {
      setProblem(`Score every dimension before saving; still to score: ${left.join(', ')}.`);
      return;
    }
    if (summary.trim().length > MAX_SUMMARY) {
      setProblem(`The summary is ${summary.trim().length} characters; keep it to ${MAX_SUMMARY}.`);
      return;
    }
    setProblem(null);
    save.mutate();
  };

  const own = save.error instanceof ApiError && save.error.code === 'own_share';
  return (
    <div className="item-review">
      <section className="card item-answer" aria-labelledby={`question-${item.attemptId}`}>
        <p className="eyebrow">
          {item.round ? `Round ${item.position}: ${item.round} · ` : ''}
          {kindLabel(kinds.data, item.kind)} · against the {LEVEL_SHORT[item.level]} bar
        </p>
        <h2 id={`question-${item.attemptId}`} className="item-question">
          {item.question}
        </h2>
        <CommentedAnswer
          ref={answerRef}
          text={item.answer}
          comments={comments.map((c, i) => ({ start: c.start, end: c.end, number: i + 1 }))}
          active={active}
          label="The candidate's answer"
        />
        <h3 className="comment-title">Comments on passages</h3>
        <CommentTool
          answer={item.answer}
          answerRef={answerRef}
          comments={comments}
          onChange={setComments}
          onActive={setActive}
        />
      </section>

      <form
        className="card item-scores"
        onSubmit={submit}
        noValidate
        aria-labelledby={`scores-${item.attemptId}`}
      >
        <h2 id={`scores-${item.attemptId}`}>Your scores</h2>
        <p className="muted">
          The same rubric the candidate is graded on. Score what the answer shows, not what the candidate
          might know.
        </p>
        <ScorePicker
          dimensions={item.rubric}
          scores={scores}
          onChange={(next) => {
            setScores(next);
            setMissing((m) => m.filter((id) => next[id] === undefined));
          }}
          barName={LEVEL_SHORT[item.level]}
          invalid={missing}
        />
        <div className="field item-summary">
          <label htmlFor={`summary-${item.attemptId}`}>Summary for the candidate (optional)</label>
          <textarea
            id={`summary-${item.attemptId}`}
            rows={4}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
          />
        </div>
        {problem ? (
          <p className="alert alert-error" role="alert">
            {problem}
          </p>
        ) : null}
        {own ? (
          <p className="alert alert-error" role="alert">
            This is your own answer: a review link is for someone else. Score it yourself on its{' '}
            <Link to={`/attempts/${item.attemptId}/reviews`}>reviews page</Link>.
          </p>
        ) : (
          <ErrorAlert error={save.error} title="Your review was not saved." focus />
        )}
        <div className="item-save">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : item.review ? 'Save changes' : 'Save the review'}
          </button>
          {item.review ? (
            <span className="muted" role="status">
              Saved {TIME.format(new Date(item.review.updatedAt))}: the candidate sees it beside their own
              scores.
            </span>
          ) : null}
        </div>
      </form>
    </div>
  );
}
