// The take-home workbench: choose the brief you answered (or describe the assignment) and the level,
// upload the document (.md, .txt, .docx or .pdf, dropped or chosen), watch it upload and be graded, then
// read the report. Problems with the file are said before the upload where they can be, and after it in
// the server's words, with what to do instead.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LIMITS } from '../../../../src/engine/limits.js';
import { LEVEL_IDS } from '../../../../src/engine/types.js';
import { ApiError, api, uploadTakeHome } from '../../api/client.js';
import { LEVEL_SHORT, levelLabel, useLevels } from '../../api/queries.js';
import type { LevelId, QuestionSummary } from '../../api/types.js';
import { Card, ErrorAlert, Field, Loading, messageOf, PageHeader } from '../../components/ui.js';
import { useProfile } from '../../session.js';
import { checkTakeHomeFile, formatBytes, TAKE_HOME_ACCEPT } from './file-check.js';
import './take-home.css';

type Phase = { name: 'idle' } | { name: 'uploading'; percent: number } | { name: 'grading' };

/**
 * What went wrong with an upload, in a heading and the words that say what to do. The server's messages
 * already say how to fix the file; a scanned PDF gets its cause named first, since people rarely know a
 * PDF can hold pictures of text and no text.
 */
export function uploadProblem(error: unknown): { title: string; message: string } {
  if (!(error instanceof ApiError))
    return { title: 'The document was not graded.', message: messageOf(error) };
  if (error.code === 'scanned_pdf') return { title: 'This PDF has no text layer.', message: error.message };
  if (error.code === 'aborted')
    return { title: 'Upload cancelled.', message: 'Nothing was sent to be graded.' };
  // A proxy in front of Ladder may refuse a large body with a page of its own, which says nothing useful.
  if (error.status === 413 && error.code === 'unavailable') {
    return {
      title: 'The document was not graded.',
      message: `The file is over the limit of ${formatBytes(LIMITS.maxUploadBytes)}: remove pictures and appendices, or export it as .docx or .txt.`,
    };
  }
  return { title: 'The document was not graded.', message: error.message };
}

export default function TakeHome() {
  const profile = useProfile();
  const target = profile.data?.targetLevel ?? 'pm2';
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const levels = useLevels();
  const briefs = useQuery({
    queryKey: ['questions', { kind: 'take_home', limit: 100 }],
    queryFn: () => api.questions({ kind: 'take_home', limit: 100 }),
    staleTime: Infinity,
  });
  const askedBrief = search.get('questionId') ?? '';
  const askedLevel = LEVEL_IDS.find((l) => l === search.get('level'));
  const [level, setLevel] = useState<LevelId>(askedLevel ?? target);
  const [assignment, setAssignment] = useState('');
  const [assignmentError, setAssignmentError] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [uploadError, setUploadError] = useState<unknown>(null);
  const abort = useRef<(() => void) | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const fileButton = useRef<HTMLButtonElement>(null);
  const assignmentRef = useRef<HTMLTextAreaElement>(null);
  const progressRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const errorId = useId();

  // Leaving the page mid-upload stops it: nothing is graded for a page no one is looking at.
  useEffect(() => () => abort.current?.(), []);

  const chosenBrief = briefs.data?.questions.find((q) => q.id === askedBrief);
  // A link may name a brief that is not a take-home of the bank (mistyped, or renamed since): it is said,
  // and the form falls back to describing the assignment rather than sending an id the API refuses.
  const unknownBrief = Boolean(askedBrief && briefs.data && !chosenBrief);
  const questionId = unknownBrief ? '' : askedBrief;
  const busy = phase.name !== 'idle';

  const choose = (next: File | undefined) => {
    setUploadError(null);
    if (!next) return;
    const check = checkTakeHomeFile(next);
    if (check.ok) {
      setFile(next);
      setFileError(null);
    } else {
      setFile(null);
      setFileError(check.message);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    const files = event.dataTransfer.files;
    if (files.length > 1) {
      setFile(null);
      setFileError(`You dropped ${files.length} files; drop one document at a time.`);
      return;
    }
    choose(files[0]);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const needsAssignment = !questionId && assignment.trim().length === 0;
    setAssignmentError(
      needsAssignment
        ? 'Say what the assignment asked (paste its first paragraph), or choose its brief from the list.'
        : undefined,
    );
    if (!file) {
      setFileError(fileError ?? 'Choose your document first: drag it here, or use “Choose a file”.');
      fileButton.current?.focus();
      return;
    }
    if (needsAssignment) {
      assignmentRef.current?.focus();
      return;
    }
    setUploadError(null);
    setPhase({ name: 'uploading', percent: 0 });
    requestAnimationFrame(() => progressRef.current?.focus());
    const upload = uploadTakeHome(
      {
        level,
        file,
        ...(questionId ? { questionId } : { question: assignment.trim() }),
      },
      {
        onProgress: (sent, total) =>
          setPhase({ name: 'uploading', percent: Math.round((sent / total) * 100) }),
        onSent: () => setPhase({ name: 'grading' }),
      },
    );
    abort.current = upload.abort;
    upload.result.then(
      (attempt) => {
        abort.current = null;
        void client.invalidateQueries({ queryKey: ['attempts'] });
        void client.invalidateQueries({ queryKey: ['progress'] });
        navigate(`/attempts/${attempt.id}`, { state: { document: attempt.document } });
      },
      (error: unknown) => {
        abort.current = null;
        setPhase({ name: 'idle' });
        setUploadError(error);
      },
    );
  };

  const pasteHref = questionId ? `/practice/${questionId}?level=${level}` : '/practice/custom';

  return (
    <div className="page narrow take-home">
      <PageHeader
        title="Grade a take-home"
        lead="Upload the document you wrote for a take-home assignment. Ladder reads its text and grades it with the take-home rubric (problem definition, users, the logic of the solution, trade-offs) against the bar you choose."
      />
      <form onSubmit={onSubmit} noValidate>
        <Card aria-labelledby="assignment-title">
          <h2 id="assignment-title">1. The assignment</h2>
          {briefs.isPending ? <Loading label="Loading the take-home briefs" /> : null}
          <ErrorAlert
            error={briefs.error}
            title="The briefs could not be loaded; you can still describe the assignment."
          />
          <Field
            label="Which brief did you answer?"
            hint="A brief from the bank is graded against what a strong answer to it covers."
          >
            {(props) => (
              <select
                {...props}
                value={questionId}
                disabled={busy}
                onChange={(event) => {
                  const next = new URLSearchParams(search);
                  if (event.target.value) next.set('questionId', event.target.value);
                  else next.delete('questionId');
                  setSearch(next, { replace: true });
                }}
              >
                <option value="">None of these: I will describe the assignment</option>
                <BriefOptions briefs={briefs.data?.questions ?? []} target={target} />
              </select>
            )}
          </Field>
          {unknownBrief ? (
            <p className="alert alert-warn">
              There is no take-home brief “{askedBrief}” in the bank. Choose yours from the list, or say what
              the assignment asked below.
            </p>
          ) : null}
          {chosenBrief ? (
            <p className="brief-chosen">
              <Link to={`/questions/${chosenBrief.id}`}>Read the brief and its data</Link>
              <span className="muted">
                {' '}
                · suits {chosenBrief.levels.map((l) => LEVEL_SHORT[l]).join(', ')}
              </span>
            </p>
          ) : (
            <Field
              label="What did the assignment ask?"
              hint="Its first paragraph is enough: the grade checks that the document answers it."
              error={assignmentError}
            >
              {(props) => (
                <textarea
                  {...props}
                  ref={assignmentRef}
                  rows={3}
                  maxLength={LIMITS.maxQuestionChars}
                  value={assignment}
                  disabled={busy}
                  onChange={(event) => setAssignment(event.target.value)}
                />
              )}
            </Field>
          )}
          <fieldset>
            <legend>Grade against the bar of</legend>
            <div className="segmented">
              {LEVEL_IDS.map((id) => (
                <label key={id}>
                  <input
                    type="radio"
                    name="level"
                    value={id}
                    checked={level === id}
                    disabled={busy}
                    onChange={() => setLevel(id)}
                  />
                  <span>
                    {levelLabel(levels.data, id)}
                    {id === target ? <span className="muted"> (your target)</span> : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </Card>

        <Card aria-labelledby="document-title">
          <h2 id="document-title">2. Your document</h2>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for a dragged file; the button inside is the way for keyboards. */}
          <div
            className={`drop-zone${dragging ? ' dragging' : ''}${fileError ? ' invalid' : ''}`}
            onDragEnter={(event) => {
              event.preventDefault();
              if (!busy) setDragging(true);
            }}
            onDragOver={(event) => {
              event.preventDefault();
              event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
            }}
            onDragLeave={(event) => {
              // Leaving for a child of the zone is not leaving the zone.
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
            }}
            onDrop={onDrop}
          >
            {file ? (
              <div className="file-chosen">
                <p className="file-name">{file.name}</p>
                <p className="muted">{formatBytes(file.size)}</p>
              </div>
            ) : (
              <p className="drop-text">Drag your document here, or</p>
            )}
            <button
              ref={fileButton}
              type="button"
              className="button"
              disabled={busy}
              aria-describedby={`${hintId}${fileError ? ` ${errorId}` : ''}`}
              onClick={() => input.current?.click()}
            >
              {file ? 'Choose another file' : 'Choose a file'}
            </button>
            <input
              ref={input}
              type="file"
              accept={TAKE_HOME_ACCEPT}
              hidden
              tabIndex={-1}
              onChange={(event) => {
                choose(event.target.files?.[0]);
                // Emptied so that choosing the same file again, after fixing it, still counts as a change.
                event.target.value = '';
              }}
            />
            <p className="field-hint" id={hintId}>
              .md, .txt, .docx or .pdf, up to {formatBytes(LIMITS.maxUploadBytes)}. Only the text is graded.
            </p>
          </div>
          {fileError ? (
            <p className="alert alert-error file-error" role="alert" id={errorId}>
              {fileError}
            </p>
          ) : null}
        </Card>

        {uploadError ? (
          <div className="alert alert-error upload-error" role="alert">
            <p>
              <strong>{uploadProblem(uploadError).title}</strong> {uploadProblem(uploadError).message}
            </p>
            {uploadError instanceof ApiError && uploadError.code === 'scanned_pdf' ? (
              <p>
                If you cannot export it again, <Link to={pasteHref}>paste the text as an answer</Link>{' '}
                instead.
              </p>
            ) : null}
          </div>
        ) : null}

        <div className="upload-actions" ref={progressRef} tabIndex={-1}>
          {phase.name === 'idle' ? (
            <button type="submit" className="button primary">
              Upload and grade
            </button>
          ) : (
            <UploadProgress
              phase={phase}
              fileName={file?.name ?? ''}
              onCancel={() => {
                abort.current?.();
              }}
            />
          )}
        </div>
      </form>
    </div>
  );
}

/** "Take-home: most textbooks never sell." → "Most textbooks never sell.": the list says what they are. */
export function briefTitle(prompt: string): string {
  const title = prompt.replace(/^Take-home:\s*/i, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function BriefOptions({ briefs, target }: { briefs: QuestionSummary[]; target: LevelId }) {
  const suits = briefs.filter((q) => q.levels.includes(target));
  const others = briefs.filter((q) => !q.levels.includes(target));
  return (
    <>
      {suits.length ? (
        <optgroup label={`Briefs for ${LEVEL_SHORT[target]}, your target`}>
          {suits.map((q) => (
            <option key={q.id} value={q.id}>
              {briefTitle(q.prompt)}
            </option>
          ))}
        </optgroup>
      ) : null}
      {others.length ? (
        <optgroup label="Briefs for other levels">
          {others.map((q) => (
            <option key={q.id} value={q.id}>
              {briefTitle(q.prompt)}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );
}

function UploadProgress({
  phase,
  fileName,
  onCancel,
}: {
  phase: Exclude<Phase, { name: 'idle' }>;
  fileName: string;
  onCancel: () => void;
}) {
  const uploading = phase.name === 'uploading';
  const label = uploading ? `Uploading ${fileName}` : `Reading and grading ${fileName}`;
  return (
    <div className="upload-progress">
      <div className="upload-progress-head">
        <span className="upload-step" aria-hidden="true">
          {uploading ? 'Step 1 of 2' : 'Step 2 of 2'}
        </span>
        <span role="status">
          {label}
          {uploading ? ` (${phase.percent}%)` : '…'}
        </span>
      </div>
      {/* No value while grading: the browser draws an indeterminate bar, as the wait has no known length. */}
      <progress aria-label={label} max={100} {...(uploading ? { value: phase.percent } : {})} />
      {uploading ? (
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel upload
        </button>
      ) : (
        <p className="muted upload-note">This takes a few seconds; the report opens when it is ready.</p>
      )}
    </div>
  );
}
