// The answer box shared by practice and revision: a labelled textarea with its word count, the answer limit
// said before the API would refuse, where the draft is kept, and Ctrl/Cmd+Enter to submit.
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { LIMITS } from '../../../../src/engine/limits.js';
import './answer-editor.css';

const NUMBER = new Intl.NumberFormat('en');

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

/** Why the answer cannot be submitted as it is, in words that say how to fix it; null when it can. */
export function answerProblem(answer: string): string | null {
  if (!answer.trim()) return 'Write your answer first: the report grades the text in this box.';
  if (answer.length > LIMITS.maxAnswerChars) {
    const over = answer.length - LIMITS.maxAnswerChars;
    return `Your answer is ${NUMBER.format(answer.length)} characters; Ladder grades at most ${NUMBER.format(
      LIMITS.maxAnswerChars,
    )}. Cut ${NUMBER.format(over)} characters before submitting.`;
  }
  return null;
}

/** Control characters other than tab and line breaks: pasted from PDFs, invisible, and refused by the API. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The answer as it is sent: invisible control characters become spaces so the API takes it. */
export function cleanAnswer(answer: string): string {
  return answer.replace(CONTROL, ' ');
}

export function isSubmitShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/** An answer form's key handler: the shortcut submits it, as the button would. */
export function submitOnShortcut(submit: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (isSubmitShortcut(event)) {
      event.preventDefault();
      submit();
    }
  };
}

/** "Ctrl+Enter", or "⌘ Enter" on a Mac, for the hint beside the submit button. */
export function submitShortcutLabel(): string {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  return /mac|iphone|ipad/i.test(platform) ? '⌘ Enter' : 'Ctrl+Enter';
}

export function AnswerEditor({
  id,
  label,
  hint,
  value,
  onChange,
  status,
  error,
  rows = 16,
  textareaRef,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Where the draft is kept, said quietly under the box. */
  status?: ReactNode;
  /** A problem found on submit (empty answer): shown under the box and tied to it. */
  error?: string | null;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
}) {
  const words = countWords(value);
  const over = value.length > LIMITS.maxAnswerChars;
  const nearLimit = !over && value.length > LIMITS.maxAnswerChars * 0.9;
  const limitMessage = over ? answerProblem(value) : null;
  const shown = limitMessage ?? error ?? null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field answer-editor${shown ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        ref={textareaRef}
        rows={rows}
        value={value}
        spellCheck
        aria-describedby={
          [hint ? hintId : null, shown ? errorId : null].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={shown ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="answer-editor-footer">
        <span className="answer-editor-count">
          {NUMBER.format(words)} word{words === 1 ? '' : 's'}
          {nearLimit
            ? ` · ${NUMBER.format(LIMITS.maxAnswerChars - value.length)} characters left before the limit`
            : ''}
        </span>
        {status ? <span className="answer-editor-status">{status}</span> : null}
      </div>
      {shown ? (
        <p className="field-error" id={errorId} role="alert">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
