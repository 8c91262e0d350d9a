import { describe, expect, it } from 'vitest';
import type { KindId } from '../engine/index.js';
import { addDays, daysBetween, isDay, weekday } from './days.js';
import { interleave, kindWeights, type PlanInput, planDays } from './schedule.js';

const LOOP: KindId[] = ['product_sense', 'product_improvement', 'behavioral', 'technical', 'strategy'];

const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  today: '2026-12-01',
  interviewDate: '2026-12-15',
  loop: LOOP,
  need: { product_sense: 0.5, product_improvement: 0.2, behavioral: 1, technical: 2, strategy: 0 },
  focus: { technical: 'Technical understanding' },
  sessionsPerDay: 2,
  restDays: [],
  doneToday: [],
  reviews: new Map(),
  ...over,
});

const sessionsOf = (plan: ReturnType<typeof planDays>) =>
  plan.days.flatMap((d) => d.sessions.map((s) => s.kind));

describe('days', () => {
  it('are real calendar days, counted and moved without time zones', () => {
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-1-01')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-12-01', '2026-12-15')).toBe(14);
    expect(weekday('2026-11-29')).toBe(0);
  });
});

describe('the prep plan', () => {
  it('runs from today to the interview date, with a mock loop, a review day and the interview', () => {
    const plan = planDays(input());
    expect(plan.days[0]?.date).toBe('2026-12-01');
    expect(plan.days.at(-1)).toMatchObject({ date: '2026-12-15', type: 'interview', sessions: [] });
    expect(plan.days.at(-2)).toMatchObject({ date: '2026-12-14', type: 'review', sessions: [] });
    expect(plan.days.filter((d) => d.type === 'mock_loop').map((d) => d.date)).toEqual([
      '2026-12-05',
      '2026-12-12',
    ]);
    for (const day of plan.days.filter((d) => d.type === 'practice')) expect(day.sessions).toHaveLength(2);
  });

  it('weights kinds by the loop and by how far below the bar they are', () => {
    const plan = planDays(input());
    const count = (kind: KindId) => sessionsOf(plan).filter((k) => k === kind).length;
    expect(count('technical')).toBeGreaterThan(count('product_sense'));
    expect(count('behavioral')).toBeGreaterThan(count('strategy'));
    // A kind the loop does not ask is never practised.
    expect(count('take_home')).toBe(0);
    expect(plan.weights[0]?.kind).toBe('technical');
    expect(plan.days[0]?.sessions[0]).toEqual({
      kind: 'technical',
      focus: 'Technical understanding',
      done: false,
    });
    // Two rounds of a kind weigh twice one.
    const twice = kindWeights(['behavioral', 'behavioral', 'strategy'], {});
    expect(twice.find((w) => w.kind === 'behavioral')?.share).toBeCloseTo(2 / 3, 2);
  });

  it('spreads kinds out rather than bunching them', () => {
    const sequence = interleave(kindWeights(['metrics', 'behavioral'], {}), 6);
    expect(sequence).toEqual(['behavioral', 'metrics', 'behavioral', 'metrics', 'behavioral', 'metrics']);
  });

  it("marks today's attempts done and keeps them in today's sessions, re-planning the rest", () => {
    const before = planDays(input());
    const after = planDays(input({ doneToday: ['strategy'], need: { ...input().need, strategy: 0 } }));
    expect(after.days[0]?.sessions).toEqual([
      { kind: 'strategy', focus: null, done: true },
      { kind: 'technical', focus: 'Technical understanding', done: false },
    ]);
    // The day keeps its size; the rest of the plan shrinks by the session done.
    expect(sessionsOf(after)).toHaveLength(sessionsOf(before).length);
  });

  it('absorbs a missed day: the next day has no more sessions than any other, and the plan ends on time', () => {
    const planned = planDays(input());
    // The candidate did nothing on Dec 1; on Dec 2 the plan starts again from that day.
    const replanned = planDays(input({ today: '2026-12-02' }));
    expect(replanned.days[0]?.date).toBe('2026-12-02');
    expect(Math.max(...replanned.days.map((d) => d.sessions.length))).toBe(2);
    expect(replanned.days.at(-1)?.date).toBe('2026-12-15');
    // The sessions of the missed day are not piled on later ones: one day less, two sessions less.
    expect(sessionsOf(replanned).length).toBe(sessionsOf(planned).length - 2);
    // The kind most in need still comes first, so the missed practice is made up by priority, not volume.
    expect(replanned.days[0]?.sessions[0]?.kind).toBe('technical');
  });

  it('follows a moved interview date: earlier compresses the plan, later spreads it, and the mock loop moves with it', () => {
    const earlier = planDays(input({ interviewDate: '2026-12-08' }));
    expect(earlier.days.at(-1)).toMatchObject({ date: '2026-12-08', type: 'interview' });
    expect(earlier.days.filter((d) => d.type === 'mock_loop').map((d) => d.date)).toEqual(['2026-12-05']);
    const later = planDays(input({ interviewDate: '2027-01-05' }));
    expect(later.days).toHaveLength(36);
    expect(later.days.filter((d) => d.type === 'mock_loop').map((d) => d.date)).toEqual([
      '2026-12-26',
      '2027-01-02',
    ]);
    expect(sessionsOf(later).length).toBeGreaterThan(sessionsOf(earlier).length);
    // An interview tomorrow leaves a review day and the interview.
    expect(planDays(input({ interviewDate: '2026-12-02' })).days.map((d) => d.type)).toEqual([
      'review',
      'interview',
    ]);
    expect(planDays(input({ interviewDate: '2026-12-01' })).days.map((d) => d.type)).toEqual(['interview']);
    expect(() => planDays(input({ interviewDate: '2026-11-30' }))).toThrow(RangeError);
  });

  it('keeps rest days free, moving a mock loop off them', () => {
    // 2026-12-12 is a Saturday.
    const plan = planDays(input({ restDays: [6, 0] }));
    for (const day of plan.days.filter((d) => [0, 6].includes(weekday(d.date)) && d.type !== 'mock_loop')) {
      expect(day.type === 'rest' || day.type === 'interview' || day.type === 'review').toBe(true);
      expect(day.sessions).toEqual([]);
    }
    expect(plan.days.find((d) => d.type === 'mock_loop' && d.date > '2026-12-09')?.date).toBe('2026-12-11');
  });

  it('shows the cards due each day', () => {
    const plan = planDays(input({ reviews: new Map([['2026-12-03', 7]]) }));
    expect(plan.days.find((d) => d.date === '2026-12-03')?.reviews).toBe(7);
  });
});
