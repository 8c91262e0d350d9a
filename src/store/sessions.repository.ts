// Server-side sessions, looked up by the SHA-256 of the cookie's token.
import type { Db } from './database.js';
import type { NewSessionRow } from './sessions.table.js';
import type { UserRow } from './users.table.js';

export type SessionUser = Pick<UserRow, 'id' | 'email' | 'created_at'>;

export async function createSession(db: Db, session: NewSessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** The user a live session belongs to; undefined for an unknown or expired token. */
export async function findSessionUser(
  db: Db,
  tokenHash: string,
  now: string,
): Promise<SessionUser | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.created_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
