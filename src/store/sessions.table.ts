// Server-side sessions, so that any server process can serve any signed-in user. The cookie holds a
// random token; the table holds only its SHA-256, so a copy of the database signs no one in.
import type { Insertable, Selectable } from 'kysely';

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export type SessionRow = Selectable<SessionsTable>;
export type NewSessionRow = Insertable<SessionsTable>;
