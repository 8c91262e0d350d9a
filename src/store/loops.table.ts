// Mock onsite loops and their rounds. A round's answer is an attempt (so it shows in history and
// progress); the round keeps its clock, its draft and the story it was started from.
import type { Insertable, Selectable } from 'kysely';

export interface LoopsTable {
  id: string;
  user_id: string;
  /** The level the loop is for. */
  level: string;
  /** The round count the loop was composed for; null for the level's usual loop. */
  rounds_requested: number | null;
  /** What the recruiter said: yes, no or unknown. */
  technical_round: string;
  take_home: string;
  /** How the loop was composed, JSON: an array of sentences. */
  notes: string;
  /** Set when the last round is answered. */
  finished_at: string | null;
  imported_from: string | null;
  created_at: string;
}

export interface LoopRoundsTable {
  loop_id: string;
  /** 1, 2, 3... in the order the rounds run. */
  position: number;
  kind: string;
  name: string;
  /** The signals the round owns, JSON: an array of signal ids. */
  owns: string;
  question_id: string;
  question: string;
  limit_sec: number;
  started_at: string | null;
  submitted_at: string | null;
  duration_sec: number | null;
  /** 1 when the answer came after the limit. */
  overtime: number;
  /** The attempt the answer became; null before it is answered, or once the attempt is deleted. */
  attempt_id: string | null;
  story_id: string | null;
  draft: string | null;
  draft_updated_at: string | null;
}

export type LoopRow = Selectable<LoopsTable>;
export type NewLoopRow = Insertable<LoopsTable>;
export type LoopRoundRow = Selectable<LoopRoundsTable>;
export type NewLoopRoundRow = Insertable<LoopRoundsTable>;
