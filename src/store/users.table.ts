// The users table: one row per account. Emails are stored trimmed and lower-cased.
import type { Insertable, Selectable } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  /** An argon2id PHC string; never leaves the server. */
  password_hash: string;
  created_at: string;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
