// The prep plan's own data: how the candidate wants to practise, and the spaced-repetition state of
// each card with the log of its reviews. The plan itself is computed on every read.
import type { Insertable, Selectable } from 'kysely';

export interface PlanPreferencesTable {
  user_id: string;
  sessions_per_day: number;
  /** Weekdays without practice, JSON array of 0 (Sunday) to 6. */
  rest_days: string;
  updated_at: string;
}

export interface CardStatesTable {
  user_id: string;
  /** "concept:<id>" or "skill:<signal>". */
  card_id: string;
  /** The FSRS state, JSON (src/plan/cards.ts CardState). */
  state: string;
  /** Copied out of the state so that due cards can be found without parsing it. */
  due: string;
  updated_at: string;
}

export interface CardReviewsTable {
  user_id: string;
  card_id: string;
  rating: string;
  reviewed_at: string;
}

export type PlanPreferencesRow = Selectable<PlanPreferencesTable>;
export type CardStateRow = Selectable<CardStatesTable>;
export type NewCardStateRow = Insertable<CardStatesTable>;
