// The prep plan: from today to the interview date, what to practise each day. Kinds are weighted by
// how often the loop asks them and by how far the candidate's answers are below the bar; the plan is
// recomputed from today on every read, so attempts re-plan it and a missed day is absorbed (its
// sessions are not carried over: every day keeps the same number of sessions).
import type { KindId } from '../engine/index.js';
import { addDays, daysBetween, weekday } from './days.js';

export type DayType = 'practice' | 'rest' | 'mock_loop' | 'review' | 'interview';

export interface PlanSession {
  kind: KindId;
  /** The dimension to work on in it; null when no dimension of the kind is below the bar. */
  focus: string | null;
  /** Today only: an attempt of this kind was made today. */
  done: boolean;
}

export interface PlanDay {
  date: string;
  type: DayType;
  sessions: PlanSession[];
  /** Spaced-repetition cards due that day (concept cards and weak skills). */
  reviews: number;
  /** What the day is for, in a sentence. */
  note: string;
}

export interface KindWeight {
  kind: KindId;
  /** Rounds of this kind in the loop. */
  rounds: number;
  /** 0 (at or above the bar) to 3: how far below the bar the candidate's answers of it are. */
  need: number;
  /** Its share of the practice sessions, 0 to 1. */
  share: number;
}

export interface Plan {
  today: string;
  interviewDate: string;
  daysLeft: number;
  sessionsPerDay: number;
  weights: KindWeight[];
  days: PlanDay[];
}

export interface PlanInput {
  /** YYYY-MM-DD. */
  today: string;
  /** YYYY-MM-DD, today or later. */
  interviewDate: string;
  /** The kinds of the loop's rounds, one entry per round. */
  loop: readonly KindId[];
  /** How far below the bar each kind is (kindNeed), 0 to 3. */
  need: Readonly<Partial<Record<KindId, number>>>;
  /** The dimension each kind should work on (kindFocus), by label. */
  focus: Readonly<Partial<Record<KindId, string>>>;
  sessionsPerDay: number;
  /** Weekdays without practice, 0 for Sunday to 6 for Saturday. */
  restDays: readonly number[];
  /** The kinds of today's attempts, one entry per attempt. */
  doneToday: readonly KindId[];
  /** Cards due on each day. */
  reviews: ReadonlyMap<string, number>;
}

/** Full mock loops this many days before the interview: one to learn from, one to rehearse. */
export const MOCK_LOOP_DAYS_BEFORE = [10, 3];

export function planDays(input: PlanInput): Plan {
  const { today, interviewDate, sessionsPerDay } = input;
  const daysLeft = daysBetween(today, interviewDate);
  if (daysLeft < 0) throw new RangeError(`the interview date ${interviewDate} is before today ${today}`);
  const rest = new Set(input.restDays);

  const types = new Map<string, DayType>();
  for (let i = 0; i <= daysLeft; i++) {
    const date = addDays(today, i);
    types.set(date, rest.has(weekday(date)) ? 'rest' : 'practice');
  }
  types.set(interviewDate, 'interview');
  if (daysLeft >= 1) types.set(addDays(interviewDate, -1), 'review');
  // Counted back from the interview, so that a day keeps its place whichever day the plan is read on.
  const mockDays = MOCK_LOOP_DAYS_BEFORE.map((n) => addDays(interviewDate, -n)).filter((d) => d >= today);
  for (const day of mockDays) {
    // A mock loop takes a day of its own; on a rest day it moves to the day before.
    let d = day;
    while (types.get(d) === 'rest' && d > today) d = addDays(d, -1);
    if (types.get(d) === 'practice' || types.get(d) === 'rest') types.set(d, 'mock_loop');
  }

  const weights = kindWeights(input.loop, input.need);
  const practiceDays = [...types].filter(([, t]) => t === 'practice').map(([d]) => d);
  // Today's attempts fill today's sessions first, so the day does not change under the candidate.
  const todayDone = types.get(today) === 'practice' ? input.doneToday.slice(0, sessionsPerDay) : [];
  const slots = practiceDays.length * sessionsPerDay - todayDone.length;
  const sequence = interleave(weights, slots);

  let next = 0;
  const days: PlanDay[] = [...types].map(([date, type]) => {
    const sessions: PlanSession[] = [];
    if (type === 'practice') {
      if (date === today) {
        for (const kind of todayDone) sessions.push({ kind, focus: input.focus[kind] ?? null, done: true });
      }
      while (sessions.length < sessionsPerDay && next < sequence.length) {
        const kind = sequence[next++] as KindId;
        sessions.push({ kind, focus: input.focus[kind] ?? null, done: false });
      }
    }
    return {
      date,
      type,
      sessions,
      reviews: type === 'interview' ? 0 : (input.reviews.get(date) ?? 0),
      note: NOTES[type],
    };
  });
  return { today, interviewDate, daysLeft, sessionsPerDay, weights, days };
}

const NOTES: Record<DayType, string> = {
  practice: 'Practise the kinds listed, each on its focus dimension, then review the cards due.',
  rest: 'Rest: no practice. Cards due today can wait a day.',
  mock_loop: 'Run a full mock loop, round after round, timed, and read its packet.',
  review: 'The day before: review the cards due and your stories; no new practice.',
  interview: 'Interview day.',
};

/** Each loop kind's share of practice: its rounds in the loop, raised by how far below the bar it is. */
export function kindWeights(
  loop: readonly KindId[],
  need: Readonly<Partial<Record<KindId, number>>>,
): KindWeight[] {
  const rounds = new Map<KindId, number>();
  for (const kind of loop) rounds.set(kind, (rounds.get(kind) ?? 0) + 1);
  const raw = [...rounds].map(([kind, n]) => ({
    kind,
    rounds: n,
    need: need[kind] ?? 0,
    w: n * (1 + (need[kind] ?? 0)),
  }));
  const total = raw.reduce((a, b) => a + b.w, 0) || 1;
  return raw
    .map(({ kind, rounds: n, need: k, w }) => ({
      kind,
      rounds: n,
      need: k,
      share: Math.round((w / total) * 1000) / 1000,
    }))
    .sort((a, b) => b.share - a.share || a.kind.localeCompare(b.kind));
}

/**
 * `slots` kinds in proportion to their shares, spread out rather than bunched (smooth weighted
 * round-robin): the heaviest kind comes first, and no kind waits long for its turn.
 */
export function interleave(weights: readonly KindWeight[], slots: number): KindId[] {
  const current = new Map(weights.map((w) => [w.kind, 0]));
  const total = weights.reduce((a, b) => a + b.share, 0);
  const out: KindId[] = [];
  if (total <= 0) return out;
  for (let i = 0; i < slots; i++) {
    let best: KindId | undefined;
    for (const w of weights) {
      const value = (current.get(w.kind) ?? 0) + w.share;
      current.set(w.kind, value);
      if (best === undefined || value > (current.get(best) ?? 0)) best = w.kind;
    }
    if (best === undefined) break;
    current.set(best, (current.get(best) ?? 0) - total);
    out.push(best);
  }
  return out;
}
