// One answer's scores side by side: the engine's, the candidate's own and each reviewer's, dimension by
// dimension against the bar; where they disagree most, widest first; the candidate's self-review form; and
// the reviewers' summaries and comments on passages of the answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { type Comparison, reviewsApi } from '../../api/client.js';
import { LEVEL_SHORT } from '../../api/queries.js';
import { CommentedAnswer } from '../../components/commented-answer.js';
import { type ScoreInput, ScorePicker, unscored } from '../../components/score-picker.js';
import { ScrollTable } from '../../components/scroll-table.js';
import { excerpt } from '../../components/text-selection.js';
import { ErrorAlert } from '../../components/ui.js';

/** Every reviewer comment on the answer, numbered in the order of the answer, with who wrote it. */
export function numberedComments(comparison: Comparison) {
  return comparison.reviews
    .flatMap((r) => r.comments.map((c) => ({ ...c, reviewer: r.reviewer.email })))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((c, i) => ({ ...c, number: i + 1 }));
}

/** A reviewer's name for a column head: the part of the email before the @, shortened if long. */
export function reviewerShortName(email: string): string {
  const name = email.split('@')[0] || email;
  return name.length > 18 ? `${name.slice(0, 17)}…` : name;
}

/** A score's cell: the number, and whether it is below the bar, in words too. */
function ScoreCell({ score, bar }: { score: number | null; bar: number }) {
  if (score === null) return <td className="number muted">–</td>;
  const below = score < bar;
  return (
    <td className={`number${below ? ' below-bar' : ''}`}>
      {score}
      {below ? <span className="visually-hidden"> (below the bar)</span> : null}
    </td>
  );
}

export function ComparisonView({ comparison, queryKey }: { comparison: Comparison; queryKey: unknown[] }) {
  const client = useQueryClient();
  const [active, setActive] = useState<number | null>(null);
  const comments = useMemo(() => numberedComments(comparison), [comparison]);
  const reviewerName = (id: string) =>
    comparison.reviews.find((r) => r.id === id)?.reviewer.email ?? 'Reviewer';
  const noOthers = comparison.reviews.length === 0 && comparison.self === null;

  return (
    <div className="comparison">
      <section className="card" aria-labelledby={`side-${comparison.attemptId}`}>
        <h2 id={`side-${comparison.attemptId}`}>Scores side by side</h2>
        {comparison.disagreements.length ? (
          <div className="disagreements">
            <h3>Where you disagree most</h3>
            <ol>
              {comparison.disagreements.map((d) => (
                <li key={d.dimension}>
                  <strong>{d.label}</strong>: {d.spread} point{d.spread === 1 ? '' : 's'} apart ({d.summary})
                </li>
              ))}
            </ol>
          </div>
        ) : noOthers ? (
          <p className="muted">
            Only the engine has scored this answer. Score it yourself below, and share it for review from the{' '}
            <Link to={`/reviews?attempt=${comparison.attemptId}`}>reviews page</Link>, to see where you
            disagree.
          </p>
        ) : (
          <p className="alert alert-success">Every score given is the same on every dimension.</p>
        )}
        <ScrollTable label="Scores by dimension">
          <table className="comparison-table">
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col" className="number">
                  {LEVEL_SHORT[comparison.level]} bar
                </th>
                <th scope="col" className="number">
                  Engine
                </th>
                <th scope="col" className="number">
                  You
                </th>
                {comparison.reviews.map((r) => (
                  <th key={r.id} scope="col" className="number reviewer-head" title={r.reviewer.email}>
                    {reviewerShortName(r.reviewer.email)}
                  </th>
                ))}
                <th scope="col" className="number">
                  Spread
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.dimensions.map((d) => (
                <tr key={d.dimension}>
                  <th scope="row">{d.label}</th>
                  <td className="number">{d.bar}</td>
                  <ScoreCell score={d.engine} bar={d.bar} />
                  <ScoreCell score={d.self} bar={d.bar} />
                  {d.reviewers.map((r) => (
                    <ScoreCell key={r.reviewer} score={r.score} bar={d.bar} />
                  ))}
                  <td className={`number${d.spread >= 2 ? ' wide-spread' : ''}`}>{d.spread}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        {comparison.agreement.some((a) => a.meanDifferenceFromEngine !== null) ? (
          <p className="muted agreement">
            Mean distance from the engine:{' '}
            {comparison.agreement
              .filter((a) => a.meanDifferenceFromEngine !== null)
              .map(
                (a) =>
                  `${a.source === 'self' ? 'you' : reviewerName(a.source)} ${a.meanDifferenceFromEngine?.toFixed(2)}`,
              )
              .join(' · ')}
            .
          </p>
        ) : null}
      </section>

      <SelfReview comparison={comparison} onSaved={() => void client.invalidateQueries({ queryKey })} />

      {comparison.reviews.length ? (
        <section className="card reviewer-notes" aria-labelledby={`notes-${comparison.attemptId}`}>
          <h2 id={`notes-${comparison.attemptId}`}>What your reviewers said</h2>
          {comparison.reviews.map((r) =>
            r.summary ? (
              <blockquote key={r.id} className="reviewer-summary">
                <p>{r.summary}</p>
                <footer>{r.reviewer.email}</footer>
              </blockquote>
            ) : null,
          )}
          {comments.length ? (
            <div className="reviewed-answer">
              <CommentedAnswer
                text={comparison.answer}
                comments={comments}
                active={active}
                label={`Your answer, revision ${comparison.revision}, with your reviewers' comments`}
              />
              <ol className="comment-list" aria-label="Comments on passages">
                {comments.map((c) => (
                  <li
                    key={c.number}
                    // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard user lights the passage up as a mouse does.
                    tabIndex={0}
                    onMouseEnter={() => setActive(c.number)}
                    onMouseLeave={() => setActive(null)}
                    onFocus={() => setActive(c.number)}
                    onBlur={() => setActive(null)}
                  >
                    <span className="comment-number" aria-hidden="true">
                      {c.number}
                    </span>
                    <div className="comment-body">
                      <q className="comment-on">{excerpt(comparison.answer.slice(c.start, c.end), 90)}</q>
                      <p>{c.comment}</p>
                      <span className="muted comment-by">{c.reviewer}</span>
                    </div>
                  </li>
                ))}
              </ol>
            </div>
          ) : (
            <p className="muted">No comments on passages yet.</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

function SelfReview({ comparison, onSaved }: { comparison: Comparison; onSaved: () => void }) {
  const [scores, setScores] = useState<ScoreInput>(() => ({ ...(comparison.self?.scores ?? {}) }));
  const [note, setNote] = useState(comparison.self?.note ?? '');
  const [missing, setMissing] = useState<string[]>([]);
  const dimensions = comparison.dimensions.map((d) => ({ id: d.dimension, label: d.label, bar: d.bar }));
  const save = useMutation({
    mutationFn: () =>
      reviewsApi.selfReview(comparison.attemptId, {
        revision: comparison.revision,
        scores: scores as Comparison['engine']['scores'],
        note: note.trim() || null,
      }),
    onSuccess: onSaved,
  });
  const left = unscored(dimensions, scores);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(dimensions.filter((d) => scores[d.id] === undefined).map((d) => d.id));
    if (left.length === 0) save.mutate();
  };
  return (
    <form
      className="card self-review"
      onSubmit={submit}
      noValidate
      aria-labelledby={`self-${comparison.attemptId}`}
    >
      <h2 id={`self-${comparison.attemptId}`}>Your own scores</h2>
      <p className="muted">
        Score your answer as an interviewer would, before reading the engine's reasons: the gap between the
        two is what to learn from.
      </p>
      <ScorePicker
        dimensions={dimensions}
        scores={scores}
        onChange={(next) => {
          setScores(next);
          setMissing((m) => m.filter((id) => next[id] === undefined));
        }}
        barName={LEVEL_SHORT[comparison.level]}
        invalid={missing}
      />
      <div className="field">
        <label htmlFor={`note-${comparison.attemptId}`}>A note to yourself (optional)</label>
        <textarea
          id={`note-${comparison.attemptId}`}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {missing.length && left.length ? (
        <p className="alert alert-error" role="alert">
          Score every dimension before saving; still to score: {left.join(', ')}.
        </p>
      ) : null}
      <ErrorAlert error={save.error} title="Your scores were not saved." focus />
      <div className="self-save">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : comparison.self ? 'Save my scores again' : 'Save my scores'}
        </button>
        {save.isSuccess ? (
          <span role="status" className="muted">
            Saved: the table above now shows them.
          </span>
        ) : null}
      </div>
    </form>
  );
}
