// Revise the answer: an editor prefilled with the latest answer (or the unsubmitted revision, from this
// browser or from the server's draft, whichever is newer), autosaved to both, graded as the next revision.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { Attempt, Revision } from '../../api/types.js';
import { draftKey, readDraft, useLocalDraft, useServerDraft } from '../../autosave.js';
import { ErrorAlert } from '../../components/ui.js';
import {
  AnswerEditor,
  answerProblem,
  cleanAnswer,
  submitOnShortcut,
  submitShortcutLabel,
} from '../practice/answer-editor.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The text the revise editor starts from, and where it came from. */
export function startingText(
  latest: string,
  local: { value: string; savedAt: number } | null,
  server: { answer: string; updatedAt: string } | null,
): { text: string; from: 'latest' | 'browser' | 'server'; savedAt: number | null } {
  const candidates = [
    local && local.value !== latest
      ? { text: local.value, from: 'browser' as const, savedAt: local.savedAt }
      : null,
    server?.answer.trim() && server.answer !== latest
      ? { text: server.answer, from: 'server' as const, savedAt: Date.parse(server.updatedAt) }
      : null,
  ].filter((c) => c !== null);
  candidates.sort((a, b) => b.savedAt - a.savedAt);
  return candidates[0] ?? { text: latest, from: 'latest', savedAt: null };
}

export function Revise({
  attempt,
  latest,
  userId,
  onRevised,
}: {
  attempt: Attempt;
  latest: Revision;
  userId: string;
  onRevised: (revision: Revision) => void;
}) {
  const id = useId();
  const key = draftKey(userId, 'revise', attempt.id);
  const [start] = useState(() => startingText(latest.answer, readDraft(key, isText), attempt.draft));
  const [open, setOpen] = useState(start.from !== 'latest');
  const [answer, setAnswer] = useState(start.text);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoredNotice, setRestoredNotice] = useState(start.from !== 'latest');
  const box = useRef<HTMLTextAreaElement>(null);
  const began = useRef<number | null>(null);

  const local = useLocalDraft(key, answer, { isEmpty: (text) => text === latest.answer });
  const server = useServerDraft(attempt.id, answer, { enabled: open, initial: start.text });

  const submit = useMutation({
    mutationFn: () =>
      api.addRevision(attempt.id, {
        answer: cleanAnswer(answer),
        ...(began.current
          ? { durationSec: Math.min(86_400, Math.round((Date.now() - began.current) / 1000)) }
          : {}),
      }),
    onSuccess: (revision) => {
      local.clear();
      server.clear();
      onRevised(revision);
    },
  });

  const unchanged = answer === latest.answer;
  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (submit.isPending) return;
    const found = unchanged
      ? 'Change something first: the revision would be the same answer, graded the same.'
      : answerProblem(answer);
    setProblem(found);
    if (found) {
      box.current?.focus();
      return;
    }
    submit.mutate();
  };

  const onKeyDown = submitOnShortcut(() => onSubmit());

  const discard = () => {
    setAnswer(latest.answer);
    setRestoredNotice(false);
    setProblem(null);
    box.current?.focus();
  };

  const serverStatus =
    server.state.status === 'saving'
      ? 'Saving to your account…'
      : server.state.status === 'saved'
        ? 'Saved to your account'
        : server.state.status === 'failed'
          ? `Not saved to your account (${server.state.error.message}); kept in this browser`
          : local.savedAt
            ? 'Kept in this browser'
            : null;

  return (
    <section className="card" aria-labelledby="revise-title" id="revise">
      <h2 id="revise-title">Revise your answer</h2>
      {!open ? (
        <>
          <p className="muted">
            Rewrite it with the feedback in mind. The new version is graded and compared with revision{' '}
            {latest.number}: how fast you improve is part of what interviewers look for.
          </p>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setOpen(true);
              began.current = Date.now();
              requestAnimationFrame(() => box.current?.focus());
            }}
          >
            Revise this answer
          </button>
        </>
      ) : (
        <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
          {restoredNotice && start.savedAt ? (
            <div className="alert alert-info practice-restored" role="status">
              <span>
                Your unsubmitted revision is back, saved{' '}
                {start.from === 'server' ? 'to your account' : 'in this browser'} on{' '}
                {TIME.format(start.savedAt)}.
              </span>
              <span className="practice-restored-actions">
                <button type="button" className="link-button" onClick={() => setRestoredNotice(false)}>
                  Keep it
                </button>
                <button type="button" className="link-button" onClick={discard}>
                  Discard it and start from revision {latest.number}
                </button>
              </span>
            </div>
          ) : null}
          <ErrorAlert error={submit.error} title="Your revision was not graded." />
          <AnswerEditor
            id={id}
            label={`Revision ${latest.number + 1}`}
            hint={`Starts from revision ${latest.number}. Saved as you type, in this browser and to your account.`}
            value={answer}
            onChange={(text) => {
              setAnswer(text);
              if (began.current === null) began.current = Date.now();
              if (problem) setProblem(null);
            }}
            error={problem}
            textareaRef={box}
            status={serverStatus}
          />
          <div className="follow-up-actions">
            <button type="submit" className="button primary" disabled={submit.isPending}>
              {submit.isPending ? 'Grading…' : 'Submit revision'}
            </button>
            {!unchanged ? (
              <button type="button" onClick={discard}>
                Undo my changes
              </button>
            ) : null}
            <span className="muted practice-shortcut">
              or <kbd>{submitShortcutLabel()}</kbd>
            </span>
          </div>
        </form>
      )}
    </section>
  );
}
