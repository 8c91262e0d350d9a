// Coach invites (a link token whose hash is stored, accepted once) and the coaching relationships
// they create: a coach sees the candidates who invited them, and nothing else of anyone.
import type { Insertable, Selectable } from 'kysely';

export interface CoachInvitesTable {
  id: string;
  /** The candidate who invites. */
  user_id: string;
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  accepted_by: string | null;
  accepted_at: string | null;
  created_at: string;
}

export interface CoachingsTable {
  candidate_id: string;
  coach_id: string;
  created_at: string;
}

export type CoachInviteRow = Selectable<CoachInvitesTable>;
export type NewCoachInviteRow = Insertable<CoachInvitesTable>;
export type CoachingRow = Selectable<CoachingsTable>;
