// Frozen: mock loops and their rounds, the story bank, prep-plan preferences with spaced-repetition
// card states and their review log, share links with reviews and self-reviews, coach invites and
// coaching relationships.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not change when the app's types do.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('learned', 'text')
    .addColumn('competencies', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('overall', 'double precision', (c) => c.notNull())
    .addColumn('demonstrated', 'text', (c) => c.notNull())
    .addColumn('imported_from', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stories_user_created')
    .on('stories')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('stories_user_imported_from')
    .on('stories')
    .columns(['user_id', 'imported_from'])
    .unique()
    .execute();

  await db.schema
    .createTable('loops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('rounds_requested', 'integer')
    .addColumn('technical_round', 'text', (c) => c.notNull())
    .addColumn('take_home', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('imported_from', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loops_user_created').on('loops').columns(['user_id', 'created_at']).execute();
  await db.schema
    .createIndex('loops_user_imported_from')
    .on('loops')
    .columns(['user_id', 'imported_from'])
    .unique()
    .execute();

  await db.schema
    .createTable('loop_rounds')
    .addColumn('loop_id', 'text', (c) => c.notNull().references('loops.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owns', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('limit_sec', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('duration_sec', 'integer')
    .addColumn('overtime', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attempt_id', 'text', (c) => c.references('attempts.id').onDelete('set null'))
    .addColumn('story_id', 'text', (c) => c.references('stories.id').onDelete('set null'))
    .addColumn('draft', 'text')
    .addColumn('draft_updated_at', 'text')
    .addPrimaryKeyConstraint('loop_rounds_pk', ['loop_id', 'position'])
    .execute();
  await db.schema.createIndex('loop_rounds_attempt').on('loop_rounds').column('attempt_id').execute();
  await db.schema.createIndex('loop_rounds_story').on('loop_rounds').column('story_id').execute();

  await db.schema
    .createTable('plan_preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('sessions_per_day', 'integer', (c) => c.notNull())
    .addColumn('rest_days', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('card_states')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('card_states_pk', ['user_id', 'card_id'])
    .execute();
  await db.schema
    .createTable('card_reviews')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('card_reviews_user_reviewed')
    .on('card_reviews')
    .columns(['user_id', 'reviewed_at'])
    .execute();

  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('attempt_id', 'text', (c) => c.references('attempts.id').onDelete('cascade'))
    .addColumn('revision', 'integer')
    .addColumn('loop_id', 'text', (c) => c.references('loops.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shares_user').on('shares').column('user_id').execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('share_id', 'text', (c) => c.notNull().references('shares.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('comments', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reviews_share_reviewer_attempt')
    .on('reviews')
    .columns(['share_id', 'reviewer_id', 'attempt_id'])
    .unique()
    .execute();
  await db.schema.createIndex('reviews_attempt').on('reviews').column('attempt_id').execute();

  await db.schema
    .createTable('self_reviews')
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('self_reviews_pk', ['attempt_id', 'revision'])
    .execute();

  await db.schema
    .createTable('coach_invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('accepted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coach_invites_user').on('coach_invites').column('user_id').execute();

  await db.schema
    .createTable('coachings')
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('coach_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coachings_pk', ['candidate_id', 'coach_id'])
    .execute();
  await db.schema.createIndex('coachings_coach').on('coachings').column('coach_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'coachings',
    'coach_invites',
    'self_reviews',
    'reviews',
    'shares',
    'card_reviews',
    'card_states',
    'plan_preferences',
    'loop_rounds',
    'loops',
    'stories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
