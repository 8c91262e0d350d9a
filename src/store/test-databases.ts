// The databases every store and server test runs on: SQLite always, PostgreSQL when
// TEST_DATABASE_URL names one. In CI PostgreSQL is required: a missing URL fails instead of skipping.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { STRONG_ANSWER } from '../../test/sample-answers.js';
import { contentGrader } from '../content/grader.js';
import type { Report } from '../engine/index.js';
import { type Db, openStore, type StoreConfig } from './database.js';
import { createUser } from './users.repository.js';

export interface TestStore {
  db: Db;
  config: StoreConfig;
  /** An environment that points a server process at this same database. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty database of its own. */
  open(): Promise<TestStore>;
}

export function postgresTestUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (url) return url;
  if (process.env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: the store tests must run on PostgreSQL in CI');
  }
  return undefined;
}

export function testDatabases(): TestDatabase[] {
  const url = postgresTestUrl();
  const sqlite: TestDatabase = { name: 'sqlite', open: openSqlite };
  return url ? [sqlite, { name: 'postgres', open: () => openPostgres(url) }] : [sqlite];
}

async function openSqlite(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-test-'));
  const config: StoreConfig = { dialect: 'sqlite', file: join(dir, 'ladder.db') };
  const db = await openStore(config);
  return {
    db,
    config,
    env: { LADDER_DATA: dir, DATABASE_URL: '' },
    close: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A schema of its own in the test database, so that test files running at once never meet. */
async function openPostgres(adminUrl: string): Promise<TestStore> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const config: StoreConfig = { dialect: 'postgres', url: url.toString(), poolSize: 5 };
  const db = await openStore(config);
  return {
    db,
    config,
    env: { DATABASE_URL: url.toString() },
    close: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** Creates one user per id, with the email <id>@x.io, as the store tests' owners of their rows. */
export async function createUsers(db: Db, ids: string[], createdAt: string): Promise<void> {
  for (const id of ids)
    await createUser(db, { id, email: `${id}@x.io`, password_hash: 'h', created_at: createdAt });
}

/** The grader's report on the strong sample answer, for rows that carry a report. */
export function strongReport(kind: string, level: string): Report {
  return contentGrader().grade({ answer: STRONG_ANSWER, kind, level, question: null });
}
