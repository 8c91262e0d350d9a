// Comments on passages of an answer: select text in the answer (the mapping to the answer's offsets is
// text-selection.ts's) or, by keyboard, choose a sentence from a list; write the comment; it is listed,
// numbered like its mark in the answer, and can be removed.
import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Span } from '../../components/highlighter-segments.js';
import { excerpt, selectionSpan, sentenceSpans } from '../../components/text-selection.js';

export interface DraftComment extends Span {
  comment: string;
}

export const MAX_COMMENT = 2_000;
export const MAX_COMMENTS = 100;

/** Comments in the order of the answer, so numbers run from top to bottom. */
export function inAnswerOrder<C extends Span>(comments: readonly C[]): C[] {
  return [...comments].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function CommentTool({
  answer,
  answerRef,
  comments,
  onChange,
  onActive,
}: {
  answer: string;
  /** The rendered answer, where the reviewer selects text. */
  answerRef: RefObject<HTMLElement | null>;
  comments: readonly DraftComment[];
  onChange: (next: DraftComment[]) => void;
  /** The comment number hovered or focused in the list, to light its passage up. */
  onActive: (number: number | null) => void;
}) {
  const id = useId();
  const [selected, setSelected] = useState<Span | null>(null);
  const [pending, setPending] = useState<Span | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sentence, setSentence] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const sentences = useMemo(() => sentenceSpans(answer), [answer]);

  // Follows the selection while it is inside the answer; a selection elsewhere on the page is not one.
  useEffect(() => {
    const onSelection = () => {
      const root = answerRef.current;
      if (!root) return;
      setSelected(selectionSpan(root, document.getSelection()));
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [answerRef]);

  useEffect(() => {
    if (pending) box.current?.focus();
  }, [pending]);

  const start = (span: Span) => {
    setPending(span);
    setText('');
    setProblem(null);
  };
  const cancel = () => {
    setPending(null);
    setProblem(null);
  };
  const add = () => {
    if (!pending) return;
    const comment = text.trim();
    if (!comment) {
      setProblem('Write the comment first: what works in this passage, or what is missing.');
      box.current?.focus();
      return;
    }
    if (comment.length > MAX_COMMENT) {
      setProblem(`The comment is ${comment.length} characters; keep it to ${MAX_COMMENT}.`);
      return;
    }
    onChange(inAnswerOrder([...comments, { ...pending, comment }]));
    setPending(null);
    setText('');
  };
  const full = comments.length >= MAX_COMMENTS;

  return (
    <div className="comment-tool">
      <div className="comment-pick">
        <button
          type="button"
          className="button"
          disabled={!selected || full}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => selected && start(selected)}
        >
          {selected
            ? `Comment on “${excerpt(answer.slice(selected.start, selected.end), 40)}”`
            : 'Select text in the answer to comment on it'}
        </button>
        <div className="comment-sentence">
          <div className="field">
            <label htmlFor={`${id}-sentence`}>Or choose a sentence</label>
            <select
              id={`${id}-sentence`}
              value={sentence}
              disabled={full}
              onChange={(event) => setSentence(Number(event.target.value))}
            >
              {sentences.map((s, i) => (
                <option key={s.start} value={i}>
                  {i + 1}. {excerpt(answer.slice(s.start, s.end), 70)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={full || !sentences[sentence]}
            onClick={() => {
              const span = sentences[sentence];
              if (span) start(span);
            }}
          >
            Comment on this sentence
          </button>
        </div>
      </div>
      {full ? <p className="muted">A review holds at most {MAX_COMMENTS} comments.</p> : null}

      {pending ? (
        <fieldset
          className="comment-new"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        >
          <legend className="visually-hidden">New comment</legend>
          <blockquote className="comment-quote">
            {excerpt(answer.slice(pending.start, pending.end), 240)}
          </blockquote>
          <div className={`field${problem ? ' field-invalid' : ''}`}>
            <label htmlFor={`${id}-text`}>Your comment on this passage</label>
            <textarea
              id={`${id}-text`}
              ref={box}
              rows={3}
              value={text}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => {
                setText(event.target.value);
                if (problem) setProblem(null);
              }}
            />
            {problem ? (
              <p className="field-error" id={`${id}-problem`}>
                {problem}
              </p>
            ) : null}
          </div>
          <div className="comment-new-actions">
            <button type="button" className="button primary" onClick={add}>
              Add the comment
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : null}

      {comments.length ? (
        <ol className="comment-list" aria-label="Your comments">
          {comments.map((c, i) => (
            <li
              key={`${c.start}-${c.end}-${c.comment}`}
              onMouseEnter={() => onActive(i + 1)}
              onMouseLeave={() => onActive(null)}
              onFocus={() => onActive(i + 1)}
              onBlur={() => onActive(null)}
            >
              <span className="comment-number" aria-hidden="true">
                {i + 1}
              </span>
              <div className="comment-body">
                <q className="comment-on">{excerpt(answer.slice(c.start, c.end), 90)}</q>
                <p>{c.comment}</p>
              </div>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove comment ${i + 1}`}
                onClick={() => onChange(comments.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">
          No comments yet. They are optional, and the most useful feedback a candidate gets.
        </p>
      )}
    </div>
  );
}
