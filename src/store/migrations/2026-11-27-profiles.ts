// Frozen: one onboarding profile per user (target level, interview date, company, what the loop holds).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration must not change when the app's types do.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('target_level', 'text', (c) => c.notNull())
    .addColumn('interview_date', 'text')
    .addColumn('company', 'text')
    .addColumn('loop_rounds', 'integer', (c) => c.notNull())
    .addColumn('technical_round', 'text', (c) => c.notNull())
    .addColumn('take_home', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('profiles').execute();
}
