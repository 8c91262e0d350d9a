// Starting a behavioral round from a story of the story bank: the story's STAR fields, told as one answer,
// become the round's draft (the API writes it), and the round remembers which story it was.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { loopsApi, storiesApi } from '../../api/client.js';
import { LEVEL_SHORT } from '../../api/queries.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorAlert } from '../../components/ui.js';

export function StoryStart({
  loopId,
  position,
  hasAnswer,
  storyId,
  onStarted,
}: {
  loopId: string;
  position: number;
  /** Whether the answer box holds text that the story would replace. */
  hasAnswer: boolean;
  /** The story the round started from, if any. */
  storyId: string | null;
  onStarted: (answer: string, storyId: string) => void;
}) {
  const id = useId();
  const stories = useQuery({ queryKey: ['stories'], queryFn: () => storiesApi.list() });
  const [chosen, setChosen] = useState(storyId ?? '');
  const [confirming, setConfirming] = useState(false);
  const start = useMutation({
    mutationFn: (story: string) => loopsApi.saveDraft(loopId, position, { storyId: story }),
    onSuccess: (draft, story) => {
      setConfirming(false);
      onStarted(draft.answer, story);
    },
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
          behavioral round; your answer here is saved meanwhile.
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
            disabled={start.isPending || !picked}
            onClick={() => (hasAnswer ? setConfirming(true) : start.mutate(picked))}
          >
            {start.isPending ? 'Filling in…' : 'Use this story'}
          </button>
        </div>
      ) : null}
      {!confirming ? <ErrorAlert error={start.error} title="The story was not used." /> : null}
      <ConfirmDialog
        open={confirming}
        title="Replace your answer with the story?"
        confirmLabel="Replace my answer"
        busyLabel="Filling in…"
        busy={start.isPending}
        error={start.error}
        onCancel={() => {
          setConfirming(false);
          start.reset();
        }}
        onConfirm={() => start.mutate(picked)}
      >
        <p>What you have written in this round is replaced by the story's text.</p>
      </ConfirmDialog>
    </section>
  );
}
