// Autosave: drafts kept per user in localStorage (written after a pause, at once when the page is hidden or
// left, never after being cleared), moved between levels, and sent to the server one request at a time.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from './api/client.js';
import {
  draftKey,
  moveDraft,
  readDraft,
  removeDraft,
  useLocalDraft,
  useServerDraft,
  writeDraft,
} from './autosave.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const KEY = draftKey('user-1', 'practice', 'q-1', 'pm2');

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('draft storage', () => {
  it('keys drafts by user and scope, escaping what could collide', () => {
    expect(KEY).toBe('ladder.draft:user-1:practice:q-1:pm2');
    expect(draftKey('a:b', 'c')).not.toBe(draftKey('a', 'b:c'));
  });

  it('writes, reads back with the time, and removes', () => {
    expect(readDraft(KEY, isText)).toBeNull();
    expect(writeDraft(KEY, 'my answer', 1234)).toBe(true);
    expect(readDraft(KEY, isText)).toEqual({ value: 'my answer', savedAt: 1234 });
    removeDraft(KEY);
    expect(readDraft(KEY, isText)).toBeNull();
  });

  it('treats a corrupt or foreign value as no draft', () => {
    localStorage.setItem(KEY, 'not json');
    expect(readDraft(KEY, isText)).toBeNull();
    localStorage.setItem(KEY, JSON.stringify({ value: 42, savedAt: 1 }));
    expect(readDraft(KEY, isText)).toBeNull();
    localStorage.setItem(KEY, JSON.stringify({ value: 'x' }));
    expect(readDraft(KEY, isText)).toBeNull();
  });

  it('says so when the browser refuses to keep a draft', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeDraft(KEY, 'text')).toBe(false);
  });

  it('moves a draft to another level unless one is already there', () => {
    const other = draftKey('user-1', 'practice', 'q-1', 'senior');
    writeDraft(KEY, 'first', 1);
    moveDraft(KEY, other);
    expect(readDraft(other, isText)?.value).toBe('first');
    expect(readDraft(KEY, isText)).toBeNull();
    writeDraft(KEY, 'second', 2);
    moveDraft(KEY, other);
    expect(readDraft(other, isText)?.value).toBe('first');
    expect(readDraft(KEY, isText)).toBeNull();
  });
});

describe('useLocalDraft', () => {
  const isEmpty = (text: string) => !text.trim();

  it('writes shortly after typing stops, not on every keystroke, and not the value it started with', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { result, rerender } = renderHook(({ value }) => useLocalDraft(KEY, value, { isEmpty }), {
      initialProps: { value: 'restored text' },
    });
    act(() => vi.advanceTimersByTime(1000));
    expect(setItem).not.toHaveBeenCalled();
    rerender({ value: 'restored text, then' });
    rerender({ value: 'restored text, then more' });
    act(() => vi.advanceTimersByTime(399));
    expect(setItem).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(readDraft(KEY, isText)?.value).toBe('restored text, then more');
    expect(result.current.savedAt).toBe(Date.parse('2026-03-02T09:00:01.400Z'));
  });

  it('writes at once when the page is hidden or left, and when the editor goes away', () => {
    const { rerender, unmount } = renderHook(({ value }) => useLocalDraft(KEY, value, { isEmpty }), {
      initialProps: { value: '' },
    });
    rerender({ value: 'typed just before closing the tab' });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(readDraft(KEY, isText)?.value).toBe('typed just before closing the tab');
    rerender({ value: 'and one more word' });
    unmount();
    expect(readDraft(KEY, isText)?.value).toBe('and one more word');
  });

  it('removes the draft when the text is emptied', () => {
    writeDraft(KEY, 'old', 1);
    const { rerender } = renderHook(({ value }) => useLocalDraft(KEY, value, { isEmpty }), {
      initialProps: { value: 'old' },
    });
    rerender({ value: '   ' });
    act(() => vi.advanceTimersByTime(500));
    expect(readDraft(KEY, isText)).toBeNull();
  });

  it('writes nothing more after clear, even with a save pending or on unmount', () => {
    const { result, rerender, unmount } = renderHook(({ value }) => useLocalDraft(KEY, value, { isEmpty }), {
      initialProps: { value: '' },
    });
    rerender({ value: 'submitted answer' });
    act(() => result.current.clear());
    act(() => vi.advanceTimersByTime(1000));
    unmount();
    expect(readDraft(KEY, isText)).toBeNull();
  });

  it('reports a browser that will not keep the draft', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result, rerender } = renderHook(({ value }) => useLocalDraft(KEY, value, { isEmpty }), {
      initialProps: { value: '' },
    });
    rerender({ value: 'text' });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current.failed).toBe(true);
  });
});

describe('useServerDraft', () => {
  it('sends the text after a pause, once, and reports it saved', async () => {
    const save = vi
      .spyOn(api, 'saveDraft')
      .mockImplementation(async (_id, answer) => ({ answer, updatedAt: '2026-03-02T09:00:02.000Z' }));
    const { result, rerender } = renderHook(
      ({ answer }) => useServerDraft('attempt-1', answer, { initial: 'v1' }),
      { initialProps: { answer: 'v1' } },
    );
    await act(async () => vi.advanceTimersByTimeAsync(5000));
    expect(save).not.toHaveBeenCalled();
    rerender({ answer: 'v1 and' });
    rerender({ answer: 'v1 and more' });
    await act(async () => vi.advanceTimersByTimeAsync(1200));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('attempt-1', 'v1 and more');
    expect(result.current.state).toEqual({ status: 'saved', at: '2026-03-02T09:00:02.000Z' });
  });

  it('sends one request at a time and skips a text already outdated when its turn comes', async () => {
    const calls: string[] = [];
    let release: () => void = () => undefined;
    vi.spyOn(api, 'saveDraft').mockImplementation(async (_id, answer) => {
      calls.push(answer);
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return { answer, updatedAt: `t${calls.length}` };
    });
    const { result, rerender } = renderHook(
      ({ answer }) => useServerDraft('attempt-1', answer, { initial: '', delayMs: 100 }),
      { initialProps: { answer: 'a' } },
    );
    await act(async () => vi.advanceTimersByTimeAsync(100));
    rerender({ answer: 'ab' });
    await act(async () => vi.advanceTimersByTimeAsync(100));
    rerender({ answer: 'abc' });
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(calls).toEqual(['a']);
    await act(async () => release());
    await act(async () => vi.advanceTimersByTimeAsync(0));
    expect(calls).toEqual(['a', 'abc']);
    expect(result.current.state).toEqual({ status: 'saved', at: 't2' });
  });

  it('says why a save failed and tries again with the next change', async () => {
    const save = vi
      .spyOn(api, 'saveDraft')
      .mockRejectedValueOnce(new ApiError(0, 'offline', 'Ladder could not be reached.'))
      .mockResolvedValue({ answer: 'x', updatedAt: 'later' });
    const { result, rerender } = renderHook(
      ({ answer }) => useServerDraft('attempt-1', answer, { initial: '', delayMs: 100 }),
      { initialProps: { answer: 'first' } },
    );
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current.state.status).toBe('failed');
    rerender({ answer: 'first!' });
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current.state).toEqual({ status: 'saved', at: 'later' });
  });

  it('sends a pending save at once when the editor goes away, and nothing after clear', async () => {
    const save = vi.spyOn(api, 'saveDraft').mockResolvedValue({ answer: '', updatedAt: 'now' });
    const first = renderHook(({ answer }) => useServerDraft('attempt-1', answer, { initial: '' }), {
      initialProps: { answer: '' },
    });
    first.rerender({ answer: 'leaving now' });
    first.unmount();
    await act(async () => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledWith('attempt-1', 'leaving now');

    save.mockClear();
    const second = renderHook(({ answer }) => useServerDraft('attempt-1', answer, { initial: '' }), {
      initialProps: { answer: '' },
    });
    second.rerender({ answer: 'submitted' });
    act(() => second.result.current.clear());
    await act(async () => vi.advanceTimersByTimeAsync(5000));
    second.unmount();
    expect(save).not.toHaveBeenCalled();
  });
});
