// Share links (a token whose hash is stored, for one attempt's revision or one loop), the reviews a
// signed-in reviewer writes through them, and the candidate's own scores of an answer.
import type { Insertable, Selectable } from 'kysely';

export interface SharesTable {
  id: string;
  /** The candidate who shared. */
  user_id: string;
  /** Exactly one of attempt_id and loop_id is set. */
  attempt_id: string | null;
  /** The revision of the attempt shared. */
  revision: number | null;
  loop_id: string | null;
  /** SHA-256 of the link's token; the token itself is never stored. */
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
}

export interface ReviewsTable {
  id: string;
  share_id: string;
  reviewer_id: string;
  attempt_id: string;
  revision: number;
  /** Dimension id to 1-4, JSON. */
  scores: string;
  /** Comments on spans of the answer, JSON: [{start, end, comment}]. */
  comments: string;
  summary: string | null;
  created_at: string;
  updated_at: string;
}

export interface SelfReviewsTable {
  attempt_id: string;
  revision: number;
  user_id: string;
  scores: string;
  note: string | null;
  updated_at: string;
}

export type ShareRow = Selectable<SharesTable>;
export type NewShareRow = Insertable<SharesTable>;
export type ReviewRow = Selectable<ReviewsTable>;
export type SelfReviewRow = Selectable<SelfReviewsTable>;
