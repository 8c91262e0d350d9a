// The clock of a loop round. The server keeps it (it runs from the round's start, through any break, and
// cannot be paused, as in an onsite); this counts on from the server's last reading so the page shows the
// time left every second, and says the milestones to screen readers, never every second.
import { useEffect, useState } from 'react';
import { formatClock, formatDuration, useMilestoneAnnouncement } from '../../components/timer.js';

/** Seconds since the round started: the server's reading plus the time since it was read. */
export function elapsedSince(elapsedAtRead: number, readAt: number, now: number): number {
  return elapsedAtRead + Math.max(0, (now - readAt) / 1000);
}

export function LoopClock({
  limitSec,
  elapsedSec,
  readAt,
  now = Date.now,
}: {
  limitSec: number;
  /** The server's reading of the round's elapsed seconds… */
  elapsedSec: number;
  /** …taken at this moment (ms since the epoch, this browser's clock). */
  readAt: number;
  now?: () => number;
}) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), 1000);
    return () => clearInterval(id);
  }, []);
  const elapsed = elapsedSince(elapsedSec, readAt, now());
  const remaining = limitSec - elapsed;
  const over = remaining <= 0;
  const announcement = useMilestoneAnnouncement(limitSec, elapsed);
  const state = over ? 'over' : remaining <= 60 ? 'last-minute' : 'running';
  return (
    <div className={`loop-clock loop-clock-${state}`}>
      <span className="loop-clock-time" role="timer" aria-label={over ? 'Time is up' : 'Time left'}>
        {formatClock(over ? 0 : Math.ceil(remaining))}
      </span>
      <span className="loop-clock-caption">
        {over
          ? `Time is up · ${formatDuration(-remaining)} over. Finish and submit: the round is marked overtime.`
          : `left of ${formatDuration(limitSec)} · the clock runs even if you leave`}
      </span>
      <span className="loop-clock-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(1, elapsed / limitSec) * 100}%` }} />
      </span>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
