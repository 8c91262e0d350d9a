// One round of a running loop: before it starts, what it is (the round, its time, what its interviewer
// listens for) and the button that starts its clock; once started, the question, the clock, the answer
// (autosaved) and, in a behavioral round, starting from a story of the bank.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type Loop, type LoopRound, loopsApi, type RoundAnswer } from '../../api/client.js';
import { kindLabel, useKinds } from '../../api/queries.js';
import { draftKey, useLocalDraft } from '../../autosave.js';
import { formatDuration } from '../../components/timer.js';
import { ErrorAlert } from '../../components/ui.js';
import {
  AnswerEditor,
  answerProblem,
  cleanAnswer,
  submitOnShortcut,
  submitShortcutLabel,
} from '../practice/answer-editor.js';
import { LoopClock } from './loop-clock.js';
import { readLocalRound, resumeAnswer, useRoundDraft } from './round-draft.js';
import { StoryStart } from './story-start.js';

const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function SignalChips({ round }: { round: LoopRound }) {
  return (
    <ul className="chips" aria-label={`What the ${round.name} interviewer listens for`}>
      {round.signals.map((s) => (
        <li key={s.id} className="chip">
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export function RoundIntro({
  loop,
  round,
  onStarted,
}: {
  loop: Loop;
  round: LoopRound;
  onStarted: (loop: Loop) => void;
}) {
  const kinds = useKinds();
  const client = useQueryClient();
  const start = useMutation({
    mutationFn: () => loopsApi.startRound(loop.id, round.position),
    onSuccess: onStarted,
    onError: () => void client.invalidateQueries({ queryKey: ['loop', loop.id] }),
  });
  const last = round.position === loop.rounds.length;
  return (
    <section className="card round-intro" aria-labelledby="round-intro-title">
      <p className="eyebrow">
        Round {round.position} of {loop.rounds.length} · {kindLabel(kinds.data, round.kind)}
      </p>
      <h2 id="round-intro-title">{round.name}</h2>
      <p className="round-intro-time">
        <strong>{formatDuration(round.limitSec)}</strong> on the clock, from the moment you start.
      </p>
      <p className="owns-label">The interviewer listens for</p>
      <SignalChips round={round} />
      <p className="muted round-intro-note">
        The question appears when you start. The clock keeps running if you leave the page; come back and the
        round resumes with the time left and your answer as you left it.
        {last ? ' This is the last round: the packet follows it.' : ''}
      </p>
      <ErrorAlert error={start.error} title="The round did not start." focus />
      <button
        type="button"
        className="button primary"
        disabled={start.isPending}
        onClick={() => start.mutate()}
      >
        {start.isPending ? 'Starting…' : `Start round ${round.position}`}
      </button>
    </section>
  );
}

function draftStatus(state: ReturnType<typeof useRoundDraft>['state'], localFailed: boolean): string | null {
  if (state.status === 'saving') return 'Saving…';
  if (state.status === 'saved') return `Saved at ${TIME.format(new Date(state.at))}`;
  if (state.status === 'failed') {
    return localFailed
      ? `Not saved (${state.error.message}). Copy your answer somewhere safe.`
      : 'Not saved to Ladder yet; kept in this browser. It is sent again as you type.';
  }
  return null;
}

export function RoundWork({
  loop,
  round,
  readAt,
  userId,
  onAnswered,
}: {
  loop: Loop;
  round: LoopRound;
  /** When the loop was read from the server (this browser's clock), for the clock to count on from. */
  readAt: number;
  userId: string;
  onAnswered: (result: RoundAnswer) => void;
}) {
  const kinds = useKinds();
  const client = useQueryClient();
  const editorId = useId();
  const storageKey = draftKey(userId, 'loop', loop.id, String(round.position));
  const [initial] = useState(() => resumeAnswer(round.draft, readLocalRound(storageKey)));
  const [answer, setAnswer] = useState(initial);
  const [storyId, setStoryId] = useState(round.storyId);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const local = useLocalDraft(storageKey, { answer }, { isEmpty: (d) => !d.answer.trim() });
  const server = useRoundDraft(loop.id, round.position, answer, {
    initial: round.draft?.answer ?? '',
    savedAt: round.draft?.updatedAt ?? null,
  });

  // A round just started (or resumed) puts the reader on its question.
  useEffect(() => {
    question.current?.focus({ preventScroll: true });
  }, []);

  const submit = useMutation({
    mutationFn: () =>
      loopsApi.answer(loop.id, round.position, { answer: cleanAnswer(answer), storyId: storyId ?? null }),
    onSuccess: (result) => {
      server.stop();
      local.clear();
      void client.invalidateQueries({ queryKey: ['attempts'] });
      void client.invalidateQueries({ queryKey: ['progress'] });
      void client.invalidateQueries({ queryKey: ['plan'] });
      void client.invalidateQueries({ queryKey: ['stories'] });
      void client.invalidateQueries({ queryKey: ['loops', 'list'] });
      onAnswered(result);
    },
    onError: () => void client.invalidateQueries({ queryKey: ['loop', loop.id] }),
  });

  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (submit.isPending) return;
    const problem = answerProblem(answer);
    setAnswerError(problem);
    if (problem) {
      textarea.current?.focus();
      return;
    }
    local.flush();
    submit.mutate();
  };
  const onKeyDown = submitOnShortcut(() => onSubmit());

  const behavioral = round.kind === 'behavioral';
  const last = round.position === loop.rounds.length;
  return (
    <div className="round-grid">
      <div className="round-brief">
        <section className="card round-question" aria-labelledby="question-title">
          <p className="eyebrow">
            Round {round.position} of {loop.rounds.length} · {kindLabel(kinds.data, round.kind)}
          </p>
          <h2 id="question-title" className="visually-hidden">
            The question
          </h2>
          <div ref={question} tabIndex={-1} className="round-question-text">
            {round.question}
          </div>
          <details className="disclosure round-owns">
            <summary>What this interviewer listens for</summary>
            <SignalChips round={round} />
          </details>
        </section>
        {behavioral ? (
          <StoryStart
            loopId={loop.id}
            position={round.position}
            hasAnswer={Boolean(answer.trim())}
            storyId={storyId}
            onStarted={(text, story) => {
              setAnswer(text);
              setStoryId(story);
              setAnswerError(null);
              textarea.current?.focus();
            }}
          />
        ) : null}
      </div>

      <form
        className="card round-answer"
        aria-labelledby="round-answer-title"
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
      >
        <div className="round-answer-head">
          <h2 id="round-answer-title">Your answer</h2>
          <LoopClock limitSec={round.limitSec} elapsedSec={round.elapsedSec} readAt={readAt} />
        </div>
        <ErrorAlert error={submit.error} title="Your answer was not submitted." focus />
        <AnswerEditor
          id={editorId}
          label="Answer"
          hint="Write it as you would say it to the interviewer. Saved as you type."
          value={answer}
          onChange={(text) => {
            setAnswer(text);
            if (answerError) setAnswerError(null);
          }}
          error={answerError}
          textareaRef={textarea}
          rows={16}
          status={draftStatus(server.state, local.failed)}
        />
        <div className="round-submit">
          <button type="submit" className="button primary" disabled={submit.isPending}>
            {submit.isPending ? 'Submitting…' : last ? 'Submit and finish the loop' : 'Submit and go on'}
          </button>
          <span className="muted">
            or <kbd>{submitShortcutLabel()}</kbd>. One answer a round: it cannot be revised inside the loop.
          </span>
        </div>
      </form>
    </div>
  );
}
