// Starting a behavioral answer from a story of the story bank: choose a story, use it (asking first when
// the answer box already holds text, which the story replaces). What "use" does is the caller's: a loop
// round has the API fill its draft; practice can fill its answer box with the story's `answer` text.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { storiesApi } from '../api/client.js';
import { LEVEL_SHORT } from '../api/queries.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { ErrorAlert } from './ui.js';
import './story-picker.css';

export function StoryPicker({
  hasAnswer,
  storyId = null,
  onUse,
}: {
  /** Whether the answer box holds text that the story would replace. */
  hasAnswer: boolean;
  /** The story the answer started from, if any. */
  storyId?: string | null;
  /** Puts the story in the answer; rejects with an error to show when it could not. */
  onUse: (storyId: string) => Promise<void>;
}) {
  const id = useId();
  const stories = useQuery({ queryKey: ['stories'], queryFn: () => storiesApi.list() });
  const [chosen, setChosen] = useState(storyId ?? '');
  const [confirming, setConfirming] = useState(false);
  const use = useMutation({
    mutationFn: (story: string) => onUse(story),
    onSuccess: () => setConfirming(false),
  });
  const list = stories.data?.stories ?? [];
  const picked = chosen || list[0]?.id || '';
  const current = list.find((s) => s.id === storyId);

  return (
    <section className="card story-start" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Start from a story</h2>
      {current ? (
        <p className="muted">
          This answer started from <strong>{current.title}</strong>. Edit it to fit the question.
        </p>
      ) : (
        <p className="muted">
          Fill the answer with a story from your bank, told in STAR order, then make it answer this question.
        </p>
      )}
      <ErrorAlert error={stories.error} />
      {stories.data && list.length === 0 ? (
        <p>
          Your story bank is empty. <Link to="/stories/new">Write a story</Link> once and use it in every
          behavioral answer; what you write here is kept meanwhile.
        </p>
      ) : null}
      {list.length ? (
        <div className="story-start-row">
          <div className="field">
            <label htmlFor={`${id}-story`}>Story</label>
            <select id={`${id}-story`} value={picked} onChange={(event) => setChosen(event.target.value)}>
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} ({s.demonstrated === 'none' ? 'below APM' : LEVEL_SHORT[s.demonstrated]})
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={use.isPending || !picked}
            onClick={() => (hasAnswer ? setConfirming(true) : use.mutate(picked))}
          >
            {use.isPending ? 'Filling in…' : 'Use this story'}
          </button>
        </div>
      ) : null}
      {!confirming ? <ErrorAlert error={use.error} title="The story was not used." /> : null}
      <ConfirmDialog
        open={confirming}
        title="Replace your answer with the story?"
        confirmLabel="Replace my answer"
        busyLabel="Filling in…"
        busy={use.isPending}
        error={use.error}
        onCancel={() => {
          setConfirming(false);
          use.reset();
        }}
        onConfirm={() => use.mutate(picked)}
      >
        <p>What you have written is replaced by the story's text.</p>
      </ConfirmDialog>
    </section>
  );
}
