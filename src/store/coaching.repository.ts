// Coach invites and coaching relationships. A coach reaches a candidate's data only through
// isCoachOf, which holds only for a candidate whose invite the coach accepted and who has not
// removed them since.
import { randomUUID } from 'node:crypto';
import type { CoachInviteRow } from './coaching.table.js';
import type { Db } from './database.js';

export interface CoachInvite {
  id: string;
  expiresAt: string;
  revokedAt: string | null;
  acceptedBy: string | null;
  acceptedAt: string | null;
  createdAt: string;
}

export interface CoachLink {
  /** The other side: the coach for a candidate, the candidate for a coach. */
  userId: string;
  email: string;
  since: string;
}

export async function createInvite(
  db: Db,
  invite: { userId: string; tokenHash: string; expiresAt: string; now: string },
): Promise<CoachInvite> {
  const id = randomUUID();
  await db
    .insertInto('coach_invites')
    .values({
      id,
      user_id: invite.userId,
      token_hash: invite.tokenHash,
      expires_at: invite.expiresAt,
      revoked_at: null,
      accepted_by: null,
      accepted_at: null,
      created_at: invite.now,
    })
    .execute();
  return {
    id,
    expiresAt: invite.expiresAt,
    revokedAt: null,
    acceptedBy: null,
    acceptedAt: null,
    createdAt: invite.now,
  };
}

/** The user's invites, newest first, each with the email of the coach who accepted it. */
export async function listInvites(
  db: Db,
  userId: string,
): Promise<Array<CoachInvite & { coachEmail: string | null }>> {
  const rows = await db
    .selectFrom('coach_invites')
    .leftJoin('users', 'users.id', 'coach_invites.accepted_by')
    .selectAll('coach_invites')
    .select('users.email as coach_email')
    .where('coach_invites.user_id', '=', userId)
    .orderBy('coach_invites.created_at', 'desc')
    .orderBy('coach_invites.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...inviteOf(r), coachEmail: r.coach_email }));
}

export async function revokeInvite(
  db: Db,
  userId: string,
  id: string,
  now: string,
): Promise<CoachInvite | undefined> {
  // Revoking again keeps the first time.
  const row = await db
    .updateTable('coach_invites')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
  return row ? inviteOf(row) : undefined;
}

export async function findInviteByToken(
  db: Db,
  tokenHash: string,
): Promise<(CoachInvite & { candidateId: string; candidateEmail: string }) | undefined> {
  const row = await db
    .selectFrom('coach_invites')
    .innerJoin('users', 'users.id', 'coach_invites.user_id')
    .selectAll('coach_invites')
    .select('users.email')
    .where('coach_invites.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { ...inviteOf(row), candidateId: row.user_id, candidateEmail: row.email } : undefined;
}

/**
 * Accepts the invite for the coach: the first acceptance wins, and accepting again as the same coach
 * changes nothing. False when someone else accepted it first.
 */
export async function acceptInvite(db: Db, inviteId: string, coachId: string, now: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('coach_invites')
      .set({ accepted_by: coachId, accepted_at: now })
      .where('id', '=', inviteId)
      .where('accepted_by', 'is', null)
      .execute();
    const invite = await trx
      .selectFrom('coach_invites')
      .select(['user_id', 'accepted_by'])
      .where('id', '=', inviteId)
      .executeTakeFirst();
    if (!invite || invite.accepted_by !== coachId) return false;
    await trx
      .insertInto('coachings')
      .values({ candidate_id: invite.user_id, coach_id: coachId, created_at: now })
      .onConflict((oc) => oc.columns(['candidate_id', 'coach_id']).doNothing())
      .execute();
    return true;
  });
}

export async function isCoachOf(db: Db, coachId: string, candidateId: string): Promise<boolean> {
  const row = await db
    .selectFrom('coachings')
    .select('coach_id')
    .where('coach_id', '=', coachId)
    .where('candidate_id', '=', candidateId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The candidates who invited this coach. */
export async function candidatesOf(db: Db, coachId: string): Promise<CoachLink[]> {
  const rows = await db
    .selectFrom('coachings')
    .innerJoin('users', 'users.id', 'coachings.candidate_id')
    .select(['users.id', 'users.email', 'coachings.created_at'])
    .where('coachings.coach_id', '=', coachId)
    .orderBy('coachings.created_at')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, since: r.created_at }));
}

/** The coaches this candidate invited. */
export async function coachesOf(db: Db, candidateId: string): Promise<CoachLink[]> {
  const rows = await db
    .selectFrom('coachings')
    .innerJoin('users', 'users.id', 'coachings.coach_id')
    .select(['users.id', 'users.email', 'coachings.created_at'])
    .where('coachings.candidate_id', '=', candidateId)
    .orderBy('coachings.created_at')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, since: r.created_at }));
}

/** Ends a coaching relationship from either side; false when there was none. */
export async function endCoaching(db: Db, candidateId: string, coachId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('coachings')
    .where('candidate_id', '=', candidateId)
    .where('coach_id', '=', coachId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

function inviteOf(row: CoachInviteRow): CoachInvite {
  return {
    id: row.id,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    acceptedBy: row.accepted_by,
    acceptedAt: row.accepted_at,
    createdAt: row.created_at,
  };
}
