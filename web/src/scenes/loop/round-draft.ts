// Autosave of a loop round's answer: kept in this browser at once (a reload or a dropped connection loses
// nothing) and sent to the round's draft on the server shortly after typing stops, one request at a time,
// so that the loop resumes with the answer on any device.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, loopsApi } from '../../api/client.js';
import { readDraft } from '../../autosave.js';
import { cleanAnswer } from '../practice/answer-editor.js';

export type RoundDraftState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'failed'; error: ApiError };

export function isRoundDraft(value: unknown): value is { answer: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as { answer?: unknown }).answer === 'string'
  );
}

/**
 * The text to resume a round with: this browser's copy when it is newer than the server's draft (typed
 * while offline, or in the second before the tab closed), else the server's.
 */
export function resumeAnswer(
  server: { answer: string; updatedAt: string } | null,
  local: { value: { answer: string }; savedAt: number } | null,
): string {
  if (local && (!server || local.savedAt > Date.parse(server.updatedAt))) return local.value.answer;
  return server?.answer ?? '';
}

export function readLocalRound(key: string) {
  return readDraft(key, isRoundDraft);
}

export function useRoundDraft(
  loopId: string,
  position: number,
  answer: string,
  { initial, savedAt = null, delayMs = 1200 }: { initial: string; savedAt?: string | null; delayMs?: number },
): { state: RoundDraftState; stop: () => void } {
  // A resumed round says when its draft was last kept, before anything new is typed.
  const [state, setState] = useState<RoundDraftState>(
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
        // A newer text is queued behind this one: it alone needs to go.
        if (mine !== generation.current || stopped.current) return;
        try {
          const draft = await loopsApi.saveDraft(loopId, position, { answer: cleanAnswer(text) });
          if (mine === generation.current) setState({ status: 'saved', at: draft.updatedAt });
        } catch (error) {
          if (mine !== generation.current) return;
          // Sent again with the next change; the browser's copy keeps it meanwhile.
          sent.current = '\u0000unsent';
          setState({
            status: 'failed',
            error:
              error instanceof ApiError ? error : new ApiError(0, 'offline', 'The draft could not be saved.'),
          });
        }
      });
    },
    [loopId, position],
  );

  const latest = useRef(answer);
  latest.current = answer;
  useEffect(() => {
    if (answer === sent.current) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      send(latest.current);
    }, delayMs);
  }, [answer, delayMs, send]);

  // Leaving the round with a save pending sends it now rather than dropping it.
  useEffect(
    () => () => {
      if (timer.current === null) return;
      clearTimeout(timer.current);
      timer.current = null;
      send(latest.current);
    },
    [send],
  );

  /** After the answer is submitted: nothing more goes to a draft the server has closed. */
  const stop = useCallback(() => {
    stopped.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    generation.current += 1;
  }, []);

  return { state, stop };
}
