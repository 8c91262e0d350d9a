// The prep plan's stored data: practice preferences, spaced-repetition card states with their review
// log, and the graded answers the plan and progress are computed from.
import type { KindId, Report } from '../engine/index.js';
import type { CardRating, CardState } from '../plan/cards.js';
import { addDays } from '../plan/days.js';
import type { GradedAnswer } from '../plan/standing.js';
import type { Db } from './database.js';

export interface PlanPreferences {
  sessionsPerDay: number;
  restDays: number[];
  updatedAt: string | null;
}

export const DEFAULT_PREFERENCES: PlanPreferences = { sessionsPerDay: 2, restDays: [], updatedAt: null };

export async function getPreferences(db: Db, userId: string): Promise<PlanPreferences> {
  const row = await db
    .selectFrom('plan_preferences')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? {
        sessionsPerDay: row.sessions_per_day,
        restDays: JSON.parse(row.rest_days) as number[],
        updatedAt: row.updated_at,
      }
    : DEFAULT_PREFERENCES;
}

export async function savePreferences(
  db: Db,
  userId: string,
  preferences: { sessionsPerDay: number; restDays: number[] },
  now: string,
): Promise<PlanPreferences> {
  const values = {
    sessions_per_day: preferences.sessionsPerDay,
    rest_days: JSON.stringify([...new Set(preferences.restDays)].sort()),
    updated_at: now,
  };
  await db
    .insertInto('plan_preferences')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  return getPreferences(db, userId);
}

/** Takes exported preferences unless the user's own are as new or newer. */
export async function importPreferences(
  db: Db,
  userId: string,
  preferences: PlanPreferences,
): Promise<boolean> {
  if (!preferences.updatedAt) return false;
  const values = {
    sessions_per_day: preferences.sessionsPerDay,
    rest_days: JSON.stringify(preferences.restDays),
    updated_at: preferences.updatedAt,
  };
  const result = await db
    .insertInto('plan_preferences')
    .values({ user_id: userId, ...values })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet(values)
        .where('plan_preferences.updated_at', '<', preferences.updatedAt ?? ''),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function cardStates(db: Db, userId: string): Promise<Map<string, CardState>> {
  const rows = await db
    .selectFrom('card_states')
    .select(['card_id', 'state'])
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.card_id, JSON.parse(r.state) as CardState]));
}

/** Stores a card's new state and logs the review, together. */
export async function recordReview(
  db: Db,
  userId: string,
  cardId: string,
  rating: string,
  state: CardState,
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const values = { state: JSON.stringify(state), due: state.due, updated_at: now };
    await trx
      .insertInto('card_states')
      .values({ user_id: userId, card_id: cardId, ...values })
      .onConflict((oc) => oc.columns(['user_id', 'card_id']).doUpdateSet(values))
      .execute();
    await trx
      .insertInto('card_reviews')
      .values({ user_id: userId, card_id: cardId, rating, reviewed_at: now })
      .execute();
  });
}

export interface ExportedCard {
  cardId: string;
  state: CardState;
  reviews: Array<{ rating: CardRating; reviewedAt: string }>;
}

/** Every card state with its review log: the body of an export. */
export async function allCards(db: Db, userId: string): Promise<ExportedCard[]> {
  const states = await db
    .selectFrom('card_states')
    .select(['card_id', 'state'])
    .where('user_id', '=', userId)
    .orderBy('card_id')
    .execute();
  const reviews = await db
    .selectFrom('card_reviews')
    .select(['card_id', 'rating', 'reviewed_at'])
    .where('user_id', '=', userId)
    .orderBy('reviewed_at')
    .execute();
  return states.map((s) => ({
    cardId: s.card_id,
    state: JSON.parse(s.state) as CardState,
    // Only ratings the API validated are ever written.
    reviews: reviews
      .filter((r) => r.card_id === s.card_id)
      .map((r) => ({ rating: r.rating as CardRating, reviewedAt: r.reviewed_at })),
  }));
}

/** Takes an exported card unless the user's own has been reviewed as recently or since. */
export async function importCard(db: Db, userId: string, card: ExportedCard, now: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const held = await trx
      .selectFrom('card_states')
      .select('state')
      .where('user_id', '=', userId)
      .where('card_id', '=', card.cardId)
      .executeTakeFirst();
    const heldLast = held ? ((JSON.parse(held.state) as CardState).lastReview ?? '') : null;
    if (heldLast !== null && heldLast >= (card.state.lastReview ?? '')) return false;
    const values = { state: JSON.stringify(card.state), due: card.state.due, updated_at: now };
    await trx
      .insertInto('card_states')
      .values({ user_id: userId, card_id: card.cardId, ...values })
      .onConflict((oc) => oc.columns(['user_id', 'card_id']).doUpdateSet(values))
      .execute();
    const logged = new Set(
      (
        await trx
          .selectFrom('card_reviews')
          .select('reviewed_at')
          .where('user_id', '=', userId)
          .where('card_id', '=', card.cardId)
          .execute()
      ).map((r) => r.reviewed_at),
    );
    const missing = card.reviews.filter((r) => !logged.has(r.reviewedAt));
    if (missing.length) {
      await trx
        .insertInto('card_reviews')
        .values(
          missing.map((r) => ({
            user_id: userId,
            card_id: card.cardId,
            rating: r.rating,
            reviewed_at: r.reviewedAt,
          })),
        )
        .execute();
    }
    return true;
  });
}

/** The user's answers graded at their latest revision, newest first, at most `limit`. */
export async function gradedAnswers(db: Db, userId: string, limit = 200): Promise<GradedAnswer[]> {
  const rows = await db
    .selectFrom('attempts')
    .innerJoin('attempt_revisions', 'attempt_revisions.attempt_id', 'attempts.id')
    .select(['attempts.kind', 'attempt_revisions.created_at', 'attempt_revisions.report'])
    .where('attempts.user_id', '=', userId)
    // The latest revision of each of the user's attempts, found by attempt (not by grouping every user's).
    .where((eb) =>
      eb(
        'attempt_revisions.number',
        '=',
        eb
          .selectFrom('attempt_revisions as r')
          .select((s) => s.fn.max('r.number').as('n'))
          .whereRef('r.attempt_id', '=', 'attempts.id'),
      ),
    )
    .orderBy('attempt_revisions.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    kind: r.kind as KindId,
    createdAt: r.created_at,
    report: JSON.parse(r.report) as Report,
  }));
}

/** The kinds of the attempts made (or revised) on a day, YYYY-MM-DD in UTC. */
export async function kindsPractisedOn(db: Db, userId: string, day: string): Promise<KindId[]> {
  const rows = await db
    .selectFrom('attempt_revisions')
    .innerJoin('attempts', 'attempts.id', 'attempt_revisions.attempt_id')
    .select(['attempts.kind'])
    .where('attempts.user_id', '=', userId)
    .where('attempt_revisions.created_at', '>=', `${day}T00:00:00.000Z`)
    .where('attempt_revisions.created_at', '<', `${addDays(day, 1)}T00:00:00.000Z`)
    .orderBy('attempt_revisions.created_at')
    .execute();
  return rows.map((r) => r.kind as KindId);
}
