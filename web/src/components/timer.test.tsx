// The practice timer: the clock's words, the milestones it speaks, and the component counting down, pausing
// and saying when time is up without announcing every second.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock, formatDuration, milestoneCrossed, Timer, useTimer } from './timer.js';

describe('formatClock and formatDuration', () => {
  it('reads as a clock, with hours for take-homes', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59.9)).toBe('0:59');
    expect(formatClock(40 * 60)).toBe('40:00');
    expect(formatClock(7 * 3600 + 5)).toBe('7:00:05');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('says a duration in words', () => {
    expect(formatDuration(20)).toBe('less than a minute');
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(40 * 60)).toBe('40 minutes');
    expect(formatDuration(7 * 3600)).toBe('7 hours');
    expect(formatDuration(61 * 60)).toBe('1 hour 1 minute');
  });
});

describe('milestoneCrossed', () => {
  const limit = 40 * 60;
  it('speaks at halfway, 5 minutes, 1 minute and time up, and nowhere else', () => {
    expect(milestoneCrossed(limit, 0, 1)).toBeNull();
    expect(milestoneCrossed(limit, 1199, 1200)).toBe('Halfway: 20 minutes left.');
    expect(milestoneCrossed(limit, 1200, 1201)).toBeNull();
    expect(milestoneCrossed(limit, limit - 301, limit - 300)).toBe('5 minutes left.');
    expect(milestoneCrossed(limit, limit - 61, limit - 60)).toBe('1 minute left.');
    expect(milestoneCrossed(limit, limit - 1, limit)).toBe('Time is up. You can still finish and submit.');
    expect(milestoneCrossed(limit, limit, limit + 1)).toBeNull();
  });

  it('says only the latest milestone when a background tab jumps past several', () => {
    expect(milestoneCrossed(limit, 100, limit + 50)).toBe('Time is up. You can still finish and submit.');
    expect(milestoneCrossed(limit, 100, limit - 100)).toBe('5 minutes left.');
  });

  it('has no halfway for short limits, and no 5-minute mark for a 5-minute limit', () => {
    expect(milestoneCrossed(600, 299, 300)).toBe('5 minutes left.');
    expect(milestoneCrossed(300, 0, 1)).toBeNull();
  });
});

function Harness({ limitSec, initial = 0 }: { limitSec: number; initial?: number }) {
  const timer = useTimer(initial);
  return <Timer limitSec={limitSec} timer={timer} />;
}

describe('Timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  const advance = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });

  it('waits for the start, counts down, pauses and resumes', () => {
    render(<Harness limitSec={600} />);
    const clock = screen.getByRole('timer');
    expect(clock.textContent).toBe('10:00');
    expect(screen.getByText('10 minutes · starts when you type')).toBeTruthy();
    advance(5000);
    expect(clock.textContent).toBe('10:00');

    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    advance(3000);
    expect(clock.textContent).toBe('9:57');

    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    advance(60_000);
    expect(clock.textContent).toBe('9:57');
    expect(screen.getByText('Paused')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    advance(2000);
    expect(clock.textContent).toBe('9:55');
  });

  it('says clearly when time is up, counts the overrun, and never stops', () => {
    render(<Harness limitSec={120} initial={100} />);
    fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    advance(25_000);
    const clock = screen.getByRole('timer');
    expect(clock.textContent).toBe('0:00');
    expect(screen.getByText(/Time is up · less than a minute over/)).toBeTruthy();
    advance(120_000);
    expect(screen.getByText(/Time is up · 2 minutes over/)).toBeTruthy();
  });

  it('announces milestones in a polite live region, not the seconds', () => {
    const { container } = render(<Harness limitSec={400} />);
    const live = container.querySelector('[aria-live="polite"]');
    expect(screen.getByRole('timer').getAttribute('aria-live')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    advance(50_000);
    expect(live?.textContent).toBe('');
    advance(51_000);
    expect(live?.textContent).toBe('5 minutes left.');
    advance(10_000);
    expect(live?.textContent).toBe('5 minutes left.');
  });
});
