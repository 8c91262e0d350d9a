// The onboarding profile: at most one per user, what the candidate is preparing for.
import type { Insertable, Selectable } from 'kysely';

export interface ProfilesTable {
  user_id: string;
  /** A level id: apm, pm2, senior or staff. */
  target_level: string;
  /** The day of the interview, YYYY-MM-DD; null when not yet known. */
  interview_date: string | null;
  company: string | null;
  /** How many rounds the recruiter said the loop has. */
  loop_rounds: number;
  /** Whether the loop has a technical round: yes, no or unknown. */
  technical_round: string;
  /** Whether the loop has a take-home assignment: yes, no or unknown. */
  take_home: string;
  created_at: string;
  updated_at: string;
}

export type ProfileRow = Selectable<ProfilesTable>;
export type NewProfileRow = Insertable<ProfilesTable>;
