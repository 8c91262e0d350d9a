// Practice: answer a bank question (/practice/:questionId?level=) or a prompt of your own (/practice/custom)
// against the bar of a level, timed, with the answer autosaved in this browser, then graded: submitting
// creates the attempt and opens its report.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { LIMITS } from '../../../../src/engine/limits.js';
import { KIND_IDS, LEVEL_IDS } from '../../../../src/engine/types.js';
import { ApiError, api, storiesApi } from '../../api/client.js';
import { kindLabel, LEVEL_SHORT, levelLabel, useKinds, useLevels } from '../../api/queries.js';
import type { KindId, Level, LevelId, Question } from '../../api/types.js';
import { draftKey, moveDraft, readDraft, useLocalDraft } from '../../autosave.js';
import { StoryPicker } from '../../components/story-picker.js';
import { formatDuration, Timer, useTimer } from '../../components/timer.js';
import { ErrorAlert, Field, Loading } from '../../components/ui.js';
import { useMe, useProfile } from '../../session.js';
import {
  AnswerEditor,
  answerProblem,
  cleanAnswer,
  submitOnShortcut,
  submitShortcutLabel,
} from './answer-editor.js';
import { ClarifyingQuestions, LevelAdvice, QuestionContext } from './question-brief.js';
import './practice.css';

/** What is kept of an answer in progress, so a reload brings all of it back. */
export interface PracticeDraft {
  answer: string;
  /** The prompt of a custom question; empty for a bank question. */
  question: string;
  kind: KindId;
  elapsedSec: number;
  limitMin: number;
}

export function isPracticeDraft(value: unknown): value is PracticeDraft {
  const v = value as PracticeDraft;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.answer === 'string' &&
    typeof v.question === 'string' &&
    (KIND_IDS as readonly string[]).includes(v.kind) &&
    typeof v.elapsedSec === 'number' &&
    typeof v.limitMin === 'number'
  );
}

function isLevel(value: string | null): value is LevelId {
  return (LEVEL_IDS as readonly string[]).includes(value ?? '');
}

function isKind(value: string | null): value is KindId {
  return (KIND_IDS as readonly string[]).includes(value ?? '');
}

/** What the answer box suggests, by kind: the shape an interviewer listens for. */
const ANSWER_HINTS: Record<KindId, string> = {
  product_sense:
    'Write as you would speak it: the goal and the users first, then the problem, the choice and how you would know it worked.',
  product_improvement:
    'Write as you would speak it: what users do today and where they drop off, the change, and the metric that shows it worked.',
  metrics: 'Write as you would speak it: check the data, segment, find the cause, and end with a decision.',
  behavioral:
    'Tell it as a story: the situation, your task, what you did and why, and the result in numbers.',
  technical:
    'Explain it as you would to your engineers: how it works end to end, the trade-offs, and what users notice.',
  strategy:
    'Write as you would speak it: the business goal, the market, the options, your call and what it sets in motion.',
  take_home:
    'Write the document: the problem behind the brief, the users, what you recommend and why, and the trade-offs.',
};

const CUSTOM_MINUTES = [10, 15, 20, 30, 40, 45, 60, 90, 120, 240];
const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function savedWhen(at: number): string {
  const sameDay = new Date(at).toDateString() === new Date().toDateString();
  return sameDay ? `at ${TIME.format(at)}` : `on ${DATE_TIME.format(at)}`;
}

export default function Practice() {
  const { questionId } = useParams();
  const [search, setSearch] = useSearchParams();
  const me = useMe();
  const profile = useProfile();
  const levels = useLevels();
  const kinds = useKinds();
  const [discards, setDiscards] = useState(0);
  // A draft carried over by switching the level is the text on screen a moment ago: no "restored" notice.
  const [carried, setCarried] = useState(false);
  const question = useQuery({
    queryKey: ['question', questionId],
    queryFn: () => api.question(questionId ?? ''),
    enabled: Boolean(questionId),
    staleTime: Infinity,
  });

  // The report is where a submit lands: fetch its code while the candidate writes, not after.
  useEffect(() => {
    void import('../report/index.js');
  }, []);

  const levelParam = search.get('level');
  const level: LevelId = isLevel(levelParam) ? levelParam : (profile.data?.targetLevel ?? 'pm2');
  const user = me.data;
  if (!user || levels.isPending || (questionId && question.isPending)) return <Loading label="Loading" />;
  if (levels.isError) return <PageError error={levels.error} />;
  if (questionId && question.isError) return <PageError error={question.error} />;

  const bank = questionId ? (question.data ?? null) : null;
  const scope = bank ? bank.id : 'custom';
  const storageKey = draftKey(user.id, 'practice', scope, level);
  const changeLevel = (next: LevelId, flush: () => void) => {
    flush();
    moveDraft(storageKey, draftKey(user.id, 'practice', scope, next));
    setCarried(true);
    const params = new URLSearchParams(search);
    params.set('level', next);
    setSearch(params, { replace: true });
  };

  return (
    <PracticeSession
      key={`${storageKey}#${discards}`}
      storageKey={storageKey}
      bank={bank}
      level={level}
      levels={levels.data}
      kindsLabel={(kind) => kindLabel(kinds.data, kind)}
      kindOptions={kinds.data?.map((k) => ({ id: k.id, label: k.label })) ?? []}
      initialKind={isKind(search.get('kind')) ? (search.get('kind') as KindId) : 'product_sense'}
      onLevelChange={changeLevel}
      onDiscard={() => setDiscards((n) => n + 1)}
      announceRestore={!carried}
    />
  );
}

function PageError({ error }: { error: unknown }) {
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <div className="page narrow">
      <h1>{missing ? 'No such question' : 'The question could not be loaded'}</h1>
      {missing ? (
        <p className="lead">
          The bank has no question at this address; it may have been renamed. Pick one from the{' '}
          <Link to="/questions">question bank</Link> or <Link to="/practice/custom">practise your own</Link>.
        </p>
      ) : (
        <ErrorAlert error={error} />
      )}
    </div>
  );
}

function PracticeSession({
  storageKey,
  bank,
  level,
  levels,
  kindsLabel,
  kindOptions,
  initialKind,
  onLevelChange,
  onDiscard,
  announceRestore,
}: {
  storageKey: string;
  bank: Question | null;
  level: LevelId;
  levels: Level[];
  kindsLabel: (kind: KindId) => string;
  kindOptions: { id: KindId; label: string }[];
  initialKind: KindId;
  onLevelChange: (level: LevelId, flush: () => void) => void;
  onDiscard: () => void;
  announceRestore: boolean;
}) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const editorId = useId();
  const [restored] = useState(() => readDraft(storageKey, isPracticeDraft));
  const initial = restored?.value;
  const [answer, setAnswer] = useState(initial?.answer ?? '');
  const [customQuestion, setCustomQuestion] = useState(initial?.question ?? '');
  const [kind, setKind] = useState<KindId>(bank?.kind ?? initial?.kind ?? initialKind);
  const [limitMin, setLimitMin] = useState(bank?.time_limit_min ?? initial?.limitMin ?? 30);
  const [showRestored, setShowRestored] = useState(Boolean(restored) && announceRestore);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [questionError, setQuestionError] = useState<string | null>(null);
  const timer = useTimer(initial?.elapsedSec ?? 0);
  // Typing starts the timer, unless the candidate paused it on purpose.
  const autoStart = useRef(true);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const questionBox = useRef<HTMLTextAreaElement>(null);

  const draft: PracticeDraft = {
    answer,
    question: customQuestion,
    kind,
    // Kept to the nearest 10 s: the clock need not rewrite the draft every second.
    elapsedSec: Math.floor(timer.elapsedSec / 10) * 10,
    limitMin,
  };
  const local = useLocalDraft(storageKey, draft, {
    isEmpty: (d) => !d.answer.trim() && !d.question.trim(),
  });

  const guide = levels.find((l) => l.id === level);
  const guidance = bank?.guidance[level];
  const custom = bank === null;

  const submit = useMutation({
    mutationFn: (elapsed: number) =>
      api.createAttempt({
        level,
        answer: cleanAnswer(answer),
        ...(custom ? { question: cleanAnswer(customQuestion.trim()), kind } : { questionId: bank.id }),
        ...(elapsed >= 1 ? { durationSec: Math.min(86_400, Math.round(elapsed)) } : {}),
      }),
    onSuccess: ({ report: _report, ...attempt }) => {
      local.clear();
      // The report opens from this answer at once, without asking the server again.
      client.setQueryData(['attempt', attempt.id], attempt);
      void client.invalidateQueries({ queryKey: ['attempts'] });
      void client.invalidateQueries({ queryKey: ['progress'] });
      navigate(`/attempts/${attempt.id}`);
    },
  });

  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (submit.isPending) return;
    const questionProblem = custom
      ? !customQuestion.trim()
        ? 'Write the question you are answering: the report checks the answer against it.'
        : customQuestion.length > LIMITS.maxQuestionChars
          ? `The question is ${customQuestion.length} characters; shorten it to ${LIMITS.maxQuestionChars} or fewer.`
          : null
      : null;
    const problem = answerProblem(answer);
    setQuestionError(questionProblem);
    setAnswerError(problem);
    if (questionProblem) {
      questionBox.current?.focus();
      return;
    }
    if (problem) {
      textarea.current?.focus();
      return;
    }
    timer.pause();
    local.flush();
    submit.mutate(timer.elapsedNow());
  };

  const onKeyDown = submitOnShortcut(() => onSubmit());

  const onAnswer = (text: string) => {
    setAnswer(text);
    if (answerError) setAnswerError(null);
    if (autoStart.current && text.trim() && !timer.running) timer.start();
  };

  const discard = () => {
    local.clear();
    onDiscard();
  };

  const title = custom ? 'Practise a question of your own' : bank.prompt;
  const pitched = bank ? bank.levels.map((l) => LEVEL_SHORT[l]).join(', ') : null;

  return (
    <div className="page practice">
      <title>{`Practise: ${custom ? 'your own question' : bank.prompt} · Ladder`}</title>
      <header className="practice-header">
        <p className="eyebrow">
          {custom ? 'Your own question' : kindsLabel(bank.kind)}
          {pitched ? ` · pitched at ${pitched}` : ''} · {formatDuration(limitMin * 60)}
        </p>
        <h1 id="practice-title">{title}</h1>
      </header>

      <div className="practice-grid">
        <div className="practice-brief">
          <section className="card" aria-labelledby="brief-title">
            <h2 id="brief-title" className="visually-hidden">
              The question
            </h2>
            {custom ? (
              <>
                <Field
                  label="Your question"
                  hint="As the interviewer asked it; the report checks the answer against it."
                  error={questionError ?? undefined}
                >
                  {(props) => (
                    <textarea
                      {...props}
                      ref={questionBox}
                      rows={3}
                      value={customQuestion}
                      onChange={(event) => {
                        setCustomQuestion(event.target.value);
                        if (questionError) setQuestionError(null);
                      }}
                    />
                  )}
                </Field>
                <div className="grid-2 practice-settings">
                  <Field label="Kind of interview">
                    {(props) => (
                      <select
                        {...props}
                        value={kind}
                        onChange={(event) => setKind(event.target.value as KindId)}
                      >
                        {kindOptions.map((k) => (
                          <option key={k.id} value={k.id}>
                            {k.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Time limit">
                    {(props) => (
                      <select
                        {...props}
                        value={limitMin}
                        onChange={(event) => setLimitMin(Number(event.target.value))}
                      >
                        {[...new Set([...CUSTOM_MINUTES, limitMin])]
                          .sort((a, b) => a - b)
                          .map((minutes) => (
                            <option key={minutes} value={minutes}>
                              {formatDuration(minutes * 60)}
                            </option>
                          ))}
                      </select>
                    )}
                  </Field>
                </div>
              </>
            ) : (
              <QuestionContext question={bank} />
            )}
            <Field
              label="Graded against the bar of"
              hint={
                bank && !guidance
                  ? `The bank pitches this question at ${pitched}; at ${LEVEL_SHORT[level]} the report has no point-by-point coverage.`
                  : undefined
              }
            >
              {(props) => (
                <select
                  {...props}
                  value={level}
                  onChange={(event) => onLevelChange(event.target.value as LevelId, local.flush)}
                >
                  {levels.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {guidance?.clarifying.length ? <ClarifyingQuestions questions={guidance.clarifying} /> : null}
          </section>
          <LevelAdvice level={guide} kind={kind} />
          {kind === 'behavioral' ? (
            <StoryPicker
              hasAnswer={Boolean(answer.trim())}
              onUse={async (storyId) => onAnswer((await storiesApi.get(storyId)).answer)}
            />
          ) : null}
        </div>

        <form
          className="card practice-answer"
          aria-labelledby="answer-title"
          onSubmit={onSubmit}
          onKeyDown={onKeyDown}
          noValidate
        >
          <div className="practice-answer-head">
            <h2 id="answer-title">Your answer</h2>
            <Timer
              limitSec={limitMin * 60}
              timer={{
                ...timer,
                toggle: () => {
                  autoStart.current = false;
                  timer.toggle();
                },
              }}
            />
          </div>
          {showRestored && restored ? (
            <div className="alert alert-info practice-restored" role="status">
              <span>
                Your answer is back as you left it, kept in this browser {savedWhen(restored.savedAt)}.
              </span>
              <span className="practice-restored-actions">
                <button type="button" className="link-button" onClick={() => setShowRestored(false)}>
                  Keep it
                </button>
                <button type="button" className="link-button" onClick={discard}>
                  Discard it and start over
                </button>
              </span>
            </div>
          ) : null}
          <ErrorAlert error={submit.error} title="Your answer was not graded." />
          <AnswerEditor
            id={editorId}
            label="Answer"
            hint={ANSWER_HINTS[kind]}
            value={answer}
            onChange={onAnswer}
            error={answerError}
            textareaRef={textarea}
            rows={18}
            status={
              local.failed
                ? 'This browser would not keep a copy: copy your answer somewhere safe before closing the tab.'
                : local.savedAt
                  ? `Saved in this browser ${savedWhen(local.savedAt)}`
                  : null
            }
          />
          <div className="practice-submit">
            <button type="submit" className="button primary" disabled={submit.isPending}>
              {submit.isPending ? 'Grading…' : 'Submit for grading'}
            </button>
            <span className="muted practice-shortcut">
              <span className="practice-shortcut-keys">
                or <kbd>{submitShortcutLabel()}</kbd>.{' '}
              </span>
              Time is never a reason not to submit.
            </span>
          </div>
          {submit.isPending ? (
            <p className="visually-hidden" role="status">
              Grading your answer against the {levelLabel(levels, level)} bar.
            </p>
          ) : null}
        </form>
      </div>
    </div>
  );
}
