// The clock of a loop round, kept by the server: a round runs from the moment it is started for its
// question's time limit and keeps running through a break; an answer after the limit is taken but
// flagged overtime.

export type RoundStatus = 'waiting' | 'running' | 'overtime' | 'submitted';

export interface RoundTimes {
  limitSec: number;
  startedAt: string | null;
  submittedAt: string | null;
}

export interface RoundClock {
  status: RoundStatus;
  /** Seconds since the start, up to the submission once submitted; 0 before the start. */
  elapsedSec: number;
  /** Seconds left of the limit, never below 0. */
  remainingSec: number;
  /** Seconds past the limit, 0 within it. */
  overtimeSec: number;
}

export function roundClock(round: RoundTimes, now: Date): RoundClock {
  if (round.startedAt === null) {
    return { status: 'waiting', elapsedSec: 0, remainingSec: round.limitSec, overtimeSec: 0 };
  }
  const end = round.submittedAt === null ? now.getTime() : Date.parse(round.submittedAt);
  const elapsedSec = Math.max(0, Math.floor((end - Date.parse(round.startedAt)) / 1000));
  const overtimeSec = Math.max(0, elapsedSec - round.limitSec);
  const status: RoundStatus =
    round.submittedAt !== null ? 'submitted' : overtimeSec > 0 ? 'overtime' : 'running';
  return { status, elapsedSec, remainingSec: Math.max(0, round.limitSec - elapsedSec), overtimeSec };
}

/** The first round not yet answered: the one the candidate is on. Null once every round is. */
export function currentRound<T extends { submittedAt: string | null }>(rounds: readonly T[]): T | null {
  return rounds.find((r) => r.submittedAt === null) ?? null;
}
