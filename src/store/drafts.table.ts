// The autosaved, not yet submitted answer of an attempt: at most one per attempt.
import type { Insertable, Selectable } from 'kysely';

export interface DraftsTable {
  attempt_id: string;
  answer: string;
  updated_at: string;
}

export type DraftRow = Selectable<DraftsTable>;
export type NewDraftRow = Insertable<DraftsTable>;
