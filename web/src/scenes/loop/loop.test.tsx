// The loop's own logic: the clock counted on from the server's reading (and past the limit), the round
// to resume with (this browser's copy or the server's draft), each round's place in the stepper, and
// the time a round took in the packet.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoopRound } from '../../api/client.js';
import { roundState } from './index.js';
import { elapsedSince, LoopClock } from './loop-clock.js';
import { timeTaken } from './packet.js';
import { resumeAnswer } from './round-draft.js';

describe('the round clock', () => {
  it('counts on from the server’s reading, never backwards', () => {
    expect(elapsedSince(100, 1_000_000, 1_030_000)).toBe(130);
    expect(elapsedSince(100, 1_000_000, 999_000)).toBe(100);
  });

  it('shows the time left, then that time is up and by how much, without stopping', () => {
    const readAt = 1_000_000;
    const { rerender } = render(
      <LoopClock limitSec={600} elapsedSec={120} readAt={readAt} now={() => readAt} />,
    );
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toBe('8:00');
    rerender(<LoopClock limitSec={600} elapsedSec={120} readAt={readAt} now={() => readAt + 600_000} />);
    expect(screen.getByRole('timer', { name: 'Time is up' }).textContent).toBe('0:00');
    expect(screen.getByText(/Time is up · 2 minutes over\. Finish and submit/)).toBeTruthy();
  });
});

describe('resumeAnswer', () => {
  const server = { answer: 'from the server', updatedAt: '2026-03-01T10:00:00.000Z' };
  it('takes this browser’s copy only when it is newer than the server’s draft', () => {
    const newer = { value: { answer: 'typed offline' }, savedAt: Date.parse('2026-03-01T10:05:00Z') };
    const older = { value: { answer: 'stale' }, savedAt: Date.parse('2026-03-01T09:00:00Z') };
    expect(resumeAnswer(server, newer)).toBe('typed offline');
    expect(resumeAnswer(server, older)).toBe('from the server');
    expect(resumeAnswer(null, older)).toBe('stale');
    expect(resumeAnswer(null, null)).toBe('');
  });
});

describe('roundState and timeTaken', () => {
  const round = (position: number, submittedAt: string | null) => ({ position, submittedAt }) as LoopRound;
  it('places each round: answered, the current one, or to come', () => {
    expect(roundState(round(1, '2026-03-01T10:00:00Z'), 2)).toBe('answered');
    expect(roundState(round(2, null), 2)).toBe('current');
    expect(roundState(round(3, null), 2)).toBe('upcoming');
  });

  it('says the time a round took against its limit, and overtime', () => {
    expect(timeTaken({ durationSec: 600, limitSec: 1800, overtime: false })).toBe(
      'took 10 minutes · limit 30 minutes',
    );
    expect(timeTaken({ durationSec: 2000, limitSec: 1800, overtime: true })).toBe(
      'took 33 minutes · limit 30 minutes · overtime',
    );
    expect(timeTaken({ durationSec: null, limitSec: 1800, overtime: false })).toBe('limit 30 minutes');
  });
});
