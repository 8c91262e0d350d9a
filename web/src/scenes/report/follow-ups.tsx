// The follow-up questions an interviewer would ask next, each answerable in place: the follow-up and its
// answer are added to the end of the answer as a new revision, so that they are graded with the rest.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { Revision } from '../../api/types.js';
import { draftKey, readDraft, useLocalDraft } from '../../autosave.js';
import { ErrorAlert } from '../../components/ui.js';
import {
  AnswerEditor,
  answerProblem,
  cleanAnswer,
  isSubmitShortcut,
  submitShortcutLabel,
} from '../practice/answer-editor.js';

/** The answer with a follow-up and its answer added at the end, as the next revision's text. */
export function withFollowUp(answer: string, followUp: string, reply: string): string {
  return `${answer.trimEnd()}\n\nFollow-up: ${followUp}\n${reply.trim()}`;
}

const isText = (value: unknown): value is string => typeof value === 'string';

function FollowUpForm({
  attemptId,
  userId,
  followUp,
  latest,
  onClose,
  onRevised,
}: {
  attemptId: string;
  userId: string;
  followUp: string;
  latest: Revision;
  onClose: () => void;
  onRevised: (revision: Revision) => void;
}) {
  const id = useId();
  const key = draftKey(userId, 'follow-up', attemptId, followUp);
  const [reply, setReply] = useState(() => readDraft(key, isText)?.value ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const local = useLocalDraft(key, reply, { isEmpty: (text) => !text.trim() });
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);

  const submit = useMutation({
    mutationFn: (answer: string) => api.addRevision(attemptId, { answer }),
    onSuccess: (revision) => {
      local.clear();
      onRevised(revision);
    },
  });

  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (submit.isPending) return;
    if (!reply.trim()) {
      setProblem('Write your answer to the follow-up first.');
      box.current?.focus();
      return;
    }
    const answer = cleanAnswer(withFollowUp(latest.answer, followUp, reply));
    const tooLong = answerProblem(answer);
    if (tooLong) {
      setProblem(`With the follow-up added, ${tooLong.charAt(0).toLowerCase()}${tooLong.slice(1)}`);
      return;
    }
    setProblem(null);
    submit.mutate(answer);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (isSubmitShortcut(event)) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'Escape') {
      // Closing keeps what was written: it comes back when the box opens again.
      event.preventDefault();
      local.flush();
      onClose();
    }
  };

  return (
    <form className="follow-up-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <ErrorAlert error={submit.error} title="Your follow-up answer was not graded." />
      <AnswerEditor
        id={id}
        label="Your answer to this follow-up"
        hint="It is added after your answer as a new revision, and the whole is graded again."
        value={reply}
        onChange={(text) => {
          setReply(text);
          if (problem) setProblem(null);
        }}
        error={problem}
        rows={6}
        textareaRef={box}
        status={local.savedAt ? 'Kept in this browser' : null}
      />
      <div className="follow-up-actions">
        <button type="submit" className="button primary" disabled={submit.isPending}>
          {submit.isPending ? 'Grading…' : 'Add to my answer and grade'}
        </button>
        <button
          type="button"
          onClick={() => {
            local.flush();
            onClose();
          }}
        >
          Close
        </button>
        <span className="muted practice-shortcut">
          <kbd>{submitShortcutLabel()}</kbd> submits, <kbd>Esc</kbd> closes
        </span>
      </div>
    </form>
  );
}

export function FollowUps({
  followUps,
  attemptId,
  userId,
  latest,
  canAnswer,
  onRevised,
}: {
  followUps: string[];
  attemptId: string;
  userId: string;
  latest: Revision;
  /** Only the latest revision is answered in place; an earlier one's follow-ups are for reading. */
  canAnswer: boolean;
  onRevised: (revision: Revision) => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const toggles = useRef<(HTMLButtonElement | null)[]>([]);
  if (!followUps.length) return null;
  const close = (index: number) => {
    setOpen(null);
    requestAnimationFrame(() => toggles.current[index]?.focus());
  };
  return (
    <section className="card" aria-labelledby="follow-ups-title" id="follow-ups">
      <h2 id="follow-ups-title">Follow-up questions</h2>
      <p className="muted">
        What an interviewer would ask next.
        {canAnswer ? ' Answer one here: it becomes part of your answer and is graded.' : ''}
      </p>
      <ol className="follow-up-list">
        {followUps.map((followUp, index) => (
          <li key={followUp}>
            <p className="follow-up-question">{followUp}</p>
            {canAnswer ? (
              open === index ? (
                <FollowUpForm
                  attemptId={attemptId}
                  userId={userId}
                  followUp={followUp}
                  latest={latest}
                  onClose={() => close(index)}
                  onRevised={(revision) => {
                    setOpen(null);
                    onRevised(revision);
                  }}
                />
              ) : (
                <button
                  type="button"
                  ref={(element) => {
                    toggles.current[index] = element;
                  }}
                  onClick={() => setOpen(index)}
                  aria-label={`Answer this follow-up: ${followUp}`}
                >
                  Answer this follow-up
                </button>
              )
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
