// Failed logins by key ("account:<email>" or "address:<ip>"), kept in the database so that every
// server process throttles against the same count.
import type { Insertable, Selectable } from 'kysely';

export interface LoginFailuresTable {
  key: string;
  failed_at: string;
}

export type LoginFailureRow = Selectable<LoginFailuresTable>;
export type NewLoginFailureRow = Insertable<LoginFailuresTable>;
