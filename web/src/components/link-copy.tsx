// A link to hand to someone else (a review link, a coach invite): shown in a read-only box that selects
// itself on focus, with a button that copies it. The link is shown once, so the words say so.
import { useId, useRef, useState } from 'react';
import './link-copy.css';

/** Copies text: the Clipboard API where the page may use it, else the selected box and the old command. */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!input) return false;
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function LinkCopy({ label, url, hint }: { label: string; url: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  // A new link (another share made) says nothing of the last one's copy.
  const [shownUrl, setShownUrl] = useState(url);
  if (shownUrl !== url) {
    setShownUrl(url);
    setStatus('idle');
  }
  return (
    <div className="link-copy">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="link-copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={url}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button primary"
          onClick={async () => setStatus((await copyText(url, input.current)) ? 'copied' : 'failed')}
        >
          Copy link
        </button>
      </div>
      <p className="link-copy-status" role="status">
        {status === 'copied'
          ? 'Copied. Paste it in a message to the person you chose.'
          : status === 'failed'
            ? 'This browser would not copy it: select the link in the box and copy it yourself.'
            : ''}
      </p>
    </div>
  );
}
