// Failed logins per key, counted over a window: the throttle every server process shares.
import type { Db } from './database.js';

export async function recordLoginFailure(db: Db, keys: string[], at: string): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, failed_at: at })))
    .execute();
}

export async function countLoginFailures(db: Db, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('key', '=', key)
    .where('failed_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

/** Forget failures older than any window still counts. */
export async function pruneLoginFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('failed_at', '<=', before).execute();
}
