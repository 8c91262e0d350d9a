// Autosave of answers being written: a reload, a crash or a closed tab loses nothing. Every change is kept in
// this browser (localStorage, per user and per question and level, written shortly after typing stops and
// at once when the page is hidden or left); once an attempt exists, the text also goes to the server's
// draft of it, so another device finds it too.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from './api/client.js';

const PREFIX = 'ladder.draft:';

export interface StoredDraft<T> {
  value: T;
  /** When it was written, in milliseconds since the epoch. */
  savedAt: number;
}

/** The storage key of a draft: the user first, so that one browser shared by two people keeps them apart. */
export function draftKey(userId: string, ...scope: string[]): string {
  return PREFIX + [userId, ...scope].map(encodeURIComponent).join(':');
}

/** The draft under `key`, or null when there is none, storage is off, or it is not of the expected shape. */
export function readDraft<T>(key: string, isValue: (value: unknown) => value is T): StoredDraft<T> | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as { value?: unknown; savedAt?: unknown };
    if (typeof parsed.savedAt !== 'number' || !isValue(parsed.value)) return null;
    return { value: parsed.value, savedAt: parsed.savedAt };
  } catch {
    // Storage off (private mode) or a value from an older version that is not JSON: as if there were none.
    return null;
  }
}

/** Writes a draft; false when the browser refused (storage off or full). */
export function writeDraft<T>(key: string, value: T, now = Date.now()): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ value, savedAt: now }));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage off: there is nothing to remove.
  }
}

/** Moves a draft to another key unless one is already there (switching the level of an answer in progress). */
export function moveDraft(from: string, to: string): void {
  try {
    const raw = localStorage.getItem(from);
    if (raw === null || from === to) return;
    if (localStorage.getItem(to) === null) localStorage.setItem(to, raw);
    localStorage.removeItem(from);
  } catch {
    // Storage off: nothing was kept, nothing to move.
  }
}

export interface LocalDraft {
  /** When this browser last kept the text, or null before the first save. */
  savedAt: number | null;
  /** True when the browser refused to keep it (storage off or full). */
  failed: boolean;
  /** Writes what is pending now. */
  flush: () => void;
  /** Forgets the draft (submitted or discarded): nothing pending is written afterwards. */
  clear: () => void;
}

/**
 * Keeps `value` in localStorage under `key`, `delayMs` after it last changed, and at once when the page is
 * hidden, left or the component goes away. A value that `isEmpty` says is empty removes the draft instead.
 */
export function useLocalDraft<T>(
  key: string,
  value: T,
  { isEmpty, delayMs = 400 }: { isEmpty: (value: T) => boolean; delayMs?: number },
): LocalDraft {
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(value);
  const written = useRef(JSON.stringify(value));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const emptyRef = useRef(isEmpty);
  emptyRef.current = isEmpty;
  latest.current = value;

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const serialised = JSON.stringify(latest.current);
    if (serialised === written.current) return;
    written.current = serialised;
    if (emptyRef.current(latest.current)) {
      removeDraft(key);
      setSavedAt(null);
      return;
    }
    const now = Date.now();
    const ok = writeDraft(key, latest.current, now);
    setFailed(!ok);
    if (ok) setSavedAt(now);
  }, [key]);

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    written.current = JSON.stringify(latest.current);
    removeDraft(key);
    setSavedAt(null);
  }, [key]);

  const serialised = JSON.stringify(value);
  useEffect(() => {
    if (serialised === written.current) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  }, [serialised, flush, delayMs]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return { savedAt, failed, flush, clear };
}

export type ServerDraftState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'failed'; error: ApiError };

/**
 * Sends `answer` to the server's draft of attempt `attemptId`, `delayMs` after it last changed, one request
 * at a time (the newest text always goes last). Text equal to what was last sent (or to `initial`) is not
 * sent again. `clear` drops anything pending, after a submit that already cleared the server's draft.
 */
export function useServerDraft(
  attemptId: string,
  answer: string,
  { enabled = true, delayMs = 1200, initial }: { enabled?: boolean; delayMs?: number; initial: string },
): { state: ServerDraftState; clear: () => void } {
  const save = useCallback((text: string) => api.saveDraft(attemptId, text), [attemptId]);
  const { state, clear } = useDraftSending(save, answer, { enabled, delayMs, initial });
  return { state, clear };
}

/**
 * The sending behind a server draft (an attempt's, a loop round's): `answer` goes through `save`, `delayMs`
 * after it last changed, one request at a time, the newest text last; text equal to what was last sent (or to
 * `initial`) is not sent again. `save` keeps its identity as long as its target does (useCallback): a new
 * one sends what is pending to the old target first. `clear` drops anything pending and starts again from
 * `answer`; `stop` drops it and sends nothing more, for a draft the server has closed.
 */
export function useDraftSending(
  save: (text: string) => Promise<{ updatedAt: string }>,
  answer: string,
  {
    enabled = true,
    delayMs = 1200,
    initial,
    savedAt = null,
  }: { enabled?: boolean; delayMs?: number; initial: string; savedAt?: string | null },
): { state: ServerDraftState; clear: () => void; stop: () => void } {
  // A resumed draft says when it was last kept, before anything new is typed.
  const [state, setState] = useState<ServerDraftState>(
    savedAt ? { status: 'saved', at: savedAt } : { status: 'idle' },
  );
  const sent = useRef(initial);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const generation = useRef(0);
  const stopped = useRef(false);

  const send = useCallback(
    (text: string) => {
      if (stopped.current || text === sent.current) return;
      sent.current = text;
      const mine = ++generation.current;
      setState({ status: 'saving' });
      queue.current = queue.current.then(async () => {
        // A newer text is queued behind this one: skip the stale request.
        if (mine !== generation.current || stopped.current) return;
        try {
          const draft = await save(text);
          if (mine === generation.current) setState({ status: 'saved', at: draft.updatedAt });
        } catch (error) {
          if (mine !== generation.current) return;
          // Sent next time the text changes; the browser's copy keeps it meanwhile.
          sent.current = '\u0000unsent';
          setState({
            status: 'failed',
            error:
              error instanceof ApiError ? error : new ApiError(0, 'offline', 'The draft could not be saved.'),
          });
        }
      });
    },
    [save],
  );

  const latest = useRef(answer);
  latest.current = answer;
  useEffect(() => {
    if (!enabled || answer === sent.current) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      send(latest.current);
    }, delayMs);
  }, [answer, enabled, delayMs, send]);

  // Leaving the screen with a save pending sends it now rather than dropping it.
  useEffect(
    () => () => {
      if (timer.current === null) return;
      clearTimeout(timer.current);
      timer.current = null;
      send(latest.current);
    },
    [send],
  );

  const clear = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    generation.current += 1;
    sent.current = answer;
    setState({ status: 'idle' });
  }, [answer]);

  const stop = useCallback(() => {
    stopped.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    generation.current += 1;
  }, []);

  return { state, clear, stop };
}
