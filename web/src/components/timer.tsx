// The practice timer: counts down the question's time limit, pauses, and says plainly when time is up,
// then keeps counting the overrun (an interview does not stop mid-sentence, and neither does submitting).
// Screen readers hear only the milestones, never every second.
import { useCallback, useEffect, useRef, useState } from 'react';
import './timer.css';

export interface TimerState {
  /** Seconds spent with the timer running, as of the last render (which happens every second). */
  elapsedSec: number;
  /** The same, read from the clock now: for what is sent, which must not be up to a second stale. */
  elapsedNow: () => number;
  running: boolean;
  start: () => void;
  pause: () => void;
  toggle: () => void;
}

/** A stopwatch that survives slow or throttled ticks: elapsed time comes from the clock, not from counting. */
export function useTimer(initialElapsedSec = 0, now: () => number = Date.now): TimerState {
  const [clock, setClock] = useState<{ base: number; startedAt: number | null }>({
    base: initialElapsedSec,
    startedAt: null,
  });
  const [, setTick] = useState(0);
  const running = clock.startedAt !== null;

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(id);
  }, [running]);

  const read = (c: typeof clock) =>
    c.base + (c.startedAt === null ? 0 : Math.max(0, (now() - c.startedAt) / 1000));
  const elapsedSec = read(clock);
  const latest = useRef(clock);
  latest.current = clock;
  // biome-ignore lint/correctness/useExhaustiveDependencies: read only uses the ref and now.
  const elapsedNow = useCallback(() => read(latest.current), [now]);
  const start = useCallback(
    () => setClock((c) => (c.startedAt === null ? { ...c, startedAt: now() } : c)),
    [now],
  );
  const pause = useCallback(
    () =>
      setClock((c) =>
        c.startedAt === null
          ? c
          : { base: c.base + Math.max(0, (now() - c.startedAt) / 1000), startedAt: null },
      ),
    [now],
  );
  const toggle = useCallback(() => (running ? pause() : start()), [running, pause, start]);
  return { elapsedSec, elapsedNow, running, start, pause, toggle };
}

/** `m:ss`, or `h:mm:ss` from an hour (take-homes run for hours). */
export function formatClock(totalSec: number): string {
  const sec = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = String(sec % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The same duration in words, for screen readers and the overrun line. */
export function formatDuration(totalSec: number): string {
  const minutes = Math.round(Math.max(0, totalSec) / 60);
  if (minutes === 0) return 'less than a minute';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h} hour${h === 1 ? '' : 's'}${m ? ` ${m} minute${m === 1 ? '' : 's'}` : ''}`;
}

/**
 * What to announce when the remaining time crosses a milestone between two readings: halfway, 5 minutes
 * left, 1 minute left, time up. Null when nothing was crossed; for a reading that jumps past several
 * (a tab in the background), only the latest one.
 */
export function milestoneCrossed(limitSec: number, beforeSec: number, afterSec: number): string | null {
  const remainingBefore = limitSec - beforeSec;
  const remainingAfter = limitSec - afterSec;
  const milestones: [number, string][] = [
    [0, 'Time is up. You can still finish and submit.'],
    [60, '1 minute left.'],
    [300, '5 minutes left.'],
  ];
  if (limitSec >= 20 * 60) milestones.push([limitSec / 2, `Halfway: ${formatDuration(limitSec / 2)} left.`]);
  for (const [at, message] of milestones) {
    if (at < limitSec && remainingBefore > at && remainingAfter <= at) return message;
  }
  return null;
}

/** The latest milestone crossed as elapsed time moves on, for a polite live region ('' until the first). */
export function useMilestoneAnnouncement(limitSec: number, elapsedSec: number): string {
  const [announcement, setAnnouncement] = useState('');
  const last = useRef(elapsedSec);
  useEffect(() => {
    const message = milestoneCrossed(limitSec, last.current, elapsedSec);
    last.current = elapsedSec;
    if (message) setAnnouncement(message);
  }, [limitSec, elapsedSec]);
  return announcement;
}

export function Timer({ limitSec, timer }: { limitSec: number; timer: TimerState }) {
  const { elapsedSec, running, toggle } = timer;
  const remaining = limitSec - elapsedSec;
  const over = remaining <= 0;
  const announcement = useMilestoneAnnouncement(limitSec, elapsedSec);

  const fraction = Math.min(1, elapsedSec / limitSec);
  const state = over ? 'over' : remaining <= 60 ? 'last-minute' : running ? 'running' : 'paused';
  return (
    <div className={`timer timer-${state}`}>
      <div className="timer-readout">
        {/* role=timer is not live by default: the readout is there to read, the milestones below are spoken. */}
        <span className="timer-clock" role="timer">
          {over ? formatClock(0) : formatClock(Math.ceil(remaining))}
        </span>
        <span className="timer-caption">
          {over
            ? `Time is up · ${formatDuration(-remaining)} over`
            : running
              ? `of ${formatDuration(limitSec)}`
              : elapsedSec === 0
                ? `${formatDuration(limitSec)} · starts when you type`
                : 'Paused'}
        </span>
      </div>
      <div className="timer-bar" aria-hidden="true">
        <span style={{ width: `${fraction * 100}%` }} />
      </div>
      <button type="button" className="timer-button" onClick={toggle}>
        {running ? 'Pause timer' : elapsedSec === 0 ? 'Start timer' : 'Resume timer'}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
