// A modal question before something that cannot be undone (deleting an attempt). The native <dialog>
// gives what a modal needs: focus kept inside, Escape to cancel, focus back where it was on close.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { messageOf } from './ui.js';
import './confirm-dialog.css';

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busyLabel,
  busy = false,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: React state decides whether the dialog is open, so the browser must not close it alone.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="confirm-body">{children}</div>
      {error ? (
        <p className="alert alert-error" role="alert">
          {messageOf(error)}
        </p>
      ) : null}
      <div className="confirm-actions">
        {/* Cancel comes first and takes focus: the safe choice is the one a stray Enter makes. */}
        {/* biome-ignore lint/a11y/noAutofocus: a modal moves focus into itself, onto its safe action. */}
        <button type="button" onClick={onCancel} disabled={busy} autoFocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={onConfirm} disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
