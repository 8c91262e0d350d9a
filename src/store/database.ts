// Opens the store: SQLite (better-sqlite3, WAL) in the data folder by default, PostgreSQL when the
// database URL says postgres://; runs the migrations that have not run yet.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { AttemptRevisionsTable, AttemptsTable } from './attempts.table.js';
import type { CoachInvitesTable, CoachingsTable } from './coaching.table.js';
import type { DraftsTable } from './drafts.table.js';
import type { LoginFailuresTable } from './login-failures.table.js';
import type { LoopRoundsTable, LoopsTable } from './loops.table.js';
import { MIGRATIONS } from './migrations/index.js';
import type { CardReviewsTable, CardStatesTable, PlanPreferencesTable } from './plan.table.js';
import type { ProfilesTable } from './profiles.table.js';
import type { ReviewsTable, SelfReviewsTable, SharesTable } from './reviews.table.js';
import type { SessionsTable } from './sessions.table.js';
import type { StoriesTable } from './stories.table.js';
import type { UsersTable } from './users.table.js';

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  attempts: AttemptsTable;
  attempt_revisions: AttemptRevisionsTable;
  drafts: DraftsTable;
  login_failures: LoginFailuresTable;
  profiles: ProfilesTable;
  stories: StoriesTable;
  loops: LoopsTable;
  loop_rounds: LoopRoundsTable;
  plan_preferences: PlanPreferencesTable;
  card_states: CardStatesTable;
  card_reviews: CardReviewsTable;
  shares: SharesTable;
  reviews: ReviewsTable;
  self_reviews: SelfReviewsTable;
  coach_invites: CoachInvitesTable;
  coachings: CoachingsTable;
}

export type Db = Kysely<Database>;

export type StoreConfig =
  | { dialect: 'sqlite' /** A file path, or ':memory:'. */; file: string }
  | { dialect: 'postgres'; url: string; poolSize?: number };

export class StoreError extends Error {
  constructor(
    readonly code: 'store_config',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The store the environment asks for: DATABASE_URL if it is a postgres URL, else LADDER_DATA/ladder.db. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new StoreError(
        'store_config',
        'DATABASE_URL must be a postgres:// or postgresql:// URL; unset it to use SQLite in LADDER_DATA',
      );
    }
    return { dialect: 'postgres', url };
  }
  return { dialect: 'sqlite', file: join(resolve(env.LADDER_DATA?.trim() || 'data'), 'ladder.db') };
}

export function openDb(config: StoreConfig): Db {
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.file !== ':memory:') mkdirSync(resolve(config.file, '..'), { recursive: true });
  const sqlite = new SQLite(config.file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a write is on disk before the request that made it is acknowledged.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Several server processes may share the file; wait for a writer rather than fail.
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Runs every migration not yet applied; throws with the failing migration's name. */
export async function migrate(db: Db, dialect: StoreConfig['dialect']): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema; name ours so that a database holding
  // several schemas (one per test run) keeps each schema's migrations apart.
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Opens and migrates: what a server or a test needs before the first query. */
export async function openStore(config: StoreConfig): Promise<Db> {
  const db = openDb(config);
  try {
    await migrate(db, config.dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
