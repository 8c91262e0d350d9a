// Attempts at a question and every revision of the answer, each with the engine's report as JSON.
import type { Insertable, Selectable } from 'kysely';

export interface AttemptsTable {
  id: string;
  user_id: string;
  /** The bank question answered, or null for a prompt of the user's own. */
  question_id: string | null;
  /** The prompt as it was graded. */
  question: string;
  kind: string;
  level: string;
  /** The id the attempt had in the export it was imported from, so that a second import merges. */
  imported_from: string | null;
  created_at: string;
  updated_at: string;
}

export interface AttemptRevisionsTable {
  attempt_id: string;
  /** 1 for the first answer, then 2, 3...: unique within an attempt. */
  number: number;
  answer: string;
  duration_sec: number | null;
  /** The engine's report, JSON. */
  report: string;
  /** Copied out of the report so that lists need not parse it. */
  overall: number;
  demonstrated: string;
  verdict: string;
  created_at: string;
}

export type AttemptRow = Selectable<AttemptsTable>;
export type NewAttemptRow = Insertable<AttemptsTable>;
export type AttemptRevisionRow = Selectable<AttemptRevisionsTable>;
export type NewAttemptRevisionRow = Insertable<AttemptRevisionsTable>;
