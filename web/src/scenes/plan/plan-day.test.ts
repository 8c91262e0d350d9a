// The plan's own days: the candidate's today, and today's item in words.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../api/client.js';
import { localDay, sessionsLeft, todayLine } from './plan-day.js';

const plan = (day: Partial<Plan['days'][number]>): Plan =>
  ({
    today: '2026-03-02',
    days: [{ date: '2026-03-02', type: 'practice', sessions: [], reviews: 0, note: '', ...day }],
  }) as unknown as Plan;

const name = (kind: string) => (kind === 'product_sense' ? 'Product sense' : 'Metrics');

describe('localDay', () => {
  it('is the date in this browser’s time zone, not UTC', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('todayLine', () => {
  it('lists the sessions still to do, each with its focus', () => {
    const line = todayLine(
      plan({
        sessions: [
          { kind: 'product_sense', focus: 'User insight', done: true },
          { kind: 'metrics', focus: 'Metrics and data', done: false },
        ],
      }),
      name,
    );
    expect(line).toBe('Today: Metrics (metrics and data).');
  });

  it('says when the practice is done, and names the other kinds of day', () => {
    expect(todayLine(plan({ sessions: [{ kind: 'metrics', focus: null, done: true }] }), name)).toBe(
      'Today’s practice is done.',
    );
    expect(todayLine(plan({ type: 'rest' }), name)).toBe('Today is a rest day.');
    expect(todayLine(plan({ type: 'mock_loop' }), name)).toMatch(/mock loop/);
    expect(todayLine(plan({ type: 'review', reviews: 1 }), name)).toBe(
      'Today: review 1 card and your stories.',
    );
  });

  it('has nothing left on a day without sessions', () => {
    expect(sessionsLeft(undefined)).toEqual([]);
  });
});
