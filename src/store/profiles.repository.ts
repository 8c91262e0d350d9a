// The onboarding profile of a user: read, save (create or replace), and merge from an export.
import type { LevelId } from '../engine/index.js';
import type { Db } from './database.js';
import type { ProfileRow } from './profiles.table.js';

export const LOOP_ANSWERS = ['yes', 'no', 'unknown'] as const;
/** What the candidate knows about a part of the loop: the recruiter said yes, said no, or nothing yet. */
export type LoopAnswer = (typeof LOOP_ANSWERS)[number];

export interface ProfileInput {
  targetLevel: LevelId;
  /** YYYY-MM-DD, or null when not yet known. */
  interviewDate: string | null;
  company: string | null;
  loop: { rounds: number; technicalRound: LoopAnswer; takeHome: LoopAnswer };
}

export interface Profile extends ProfileInput {
  createdAt: string;
  updatedAt: string;
}

export async function getProfile(db: Db, userId: string): Promise<Profile | null> {
  const row = await db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row ? profileOf(row) : null;
}

/** Creates the profile or replaces what it says; the first save's time is kept as createdAt. */
export async function saveProfile(
  db: Db,
  userId: string,
  input: ProfileInput,
  now: string,
): Promise<Profile> {
  const values = columnsOf(input);
  await db
    .insertInto('profiles')
    .values({ user_id: userId, ...values, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated_at: now }))
    .execute();
  const saved = await getProfile(db, userId);
  if (!saved) throw new Error(`profile of ${userId} vanished right after it was saved`);
  return saved;
}

/**
 * Takes a profile from an export unless the user's own is as new or newer, so that importing the
 * same file twice changes nothing and an old export never overwrites a newer profile. True when saved.
 */
export async function importProfile(db: Db, userId: string, profile: Profile): Promise<boolean> {
  const values = { ...columnsOf(profile), updated_at: profile.updatedAt };
  const result = await db
    .insertInto('profiles')
    .values({ user_id: userId, ...values, created_at: profile.createdAt })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet(values).where('profiles.updated_at', '<', profile.updatedAt),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A company name is one line: runs of spaces and line breaks become one space; nothing left is none. */
export function companyName(company: string | null): string | null {
  return company?.replace(/\s+/g, ' ').trim() || null;
}

function columnsOf(input: ProfileInput) {
  return {
    target_level: input.targetLevel,
    interview_date: input.interviewDate,
    company: companyName(input.company),
    loop_rounds: input.loop.rounds,
    technical_round: input.loop.technicalRound,
    take_home: input.loop.takeHome,
  };
}

function profileOf(row: ProfileRow): Profile {
  return {
    targetLevel: row.target_level as LevelId,
    interviewDate: row.interview_date,
    company: row.company,
    loop: {
      rounds: row.loop_rounds,
      technicalRound: row.technical_round as LoopAnswer,
      takeHome: row.take_home as LoopAnswer,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
