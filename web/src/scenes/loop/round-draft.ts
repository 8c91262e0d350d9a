// Autosave of a loop round's answer: kept in this browser at once (a reload or a dropped connection loses
// nothing) and sent to the round's draft on the server shortly after typing stops, one request at a time,
// so that the loop resumes with the answer on any device.
import { useCallback } from 'react';
import { loopsApi } from '../../api/client.js';
import { readDraft, type ServerDraftState, useDraftSending } from '../../autosave.js';
import { cleanAnswer } from '../practice/answer-editor.js';

export type RoundDraftState = ServerDraftState;

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
  const save = useCallback(
    (text: string) => loopsApi.saveDraft(loopId, position, { answer: cleanAnswer(text) }),
    [loopId, position],
  );
  // `stop`, after the answer is submitted: nothing more goes to a draft the server has closed.
  const { state, stop } = useDraftSending(save, answer, { initial, savedAt, delayMs });
  return { state, stop };
}
