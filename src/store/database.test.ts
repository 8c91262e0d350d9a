import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, storeConfigFromEnv } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import { type TestStore, testDatabases } from './test-databases.js';

describe('storeConfigFromEnv', () => {
  it('uses SQLite in LADDER_DATA, ./data by default', () => {
    expect(storeConfigFromEnv({})).toEqual({ dialect: 'sqlite', file: join(resolve('data'), 'ladder.db') });
    expect(storeConfigFromEnv({ LADDER_DATA: '/tmp/x' })).toEqual({
      dialect: 'sqlite',
      file: '/tmp/x/ladder.db',
    });
  });

  it('uses PostgreSQL for a postgres URL and refuses any other URL', () => {
    expect(storeConfigFromEnv({ DATABASE_URL: 'postgres://u:p@h/db' })).toEqual({
      dialect: 'postgres',
      url: 'postgres://u:p@h/db',
    });
    expect(storeConfigFromEnv({ DATABASE_URL: 'postgresql://h/db' }).dialect).toBe('postgres');
    expect(() => storeConfigFromEnv({ DATABASE_URL: 'mysql://h/db' })).toThrow(/postgres:\/\//);
  });
});

describe('migrations', () => {
  it('are named by date, so that they sort in the order they run', () => {
    const names = Object.keys(MIGRATIONS);
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    expect([...names].sort()).toEqual(names);
  });
});

describe.each(testDatabases())('the store on $name', (database) => {
  let store: TestStore;
  afterEach(async () => store?.close());

  it('has run every migration, and running them again does nothing', async () => {
    store = await database.open();
    expect(await migrate(store.db, store.config.dialect)).toEqual([]);
    const tables = await store.db.introspection.getTables();
    expect(tables.map((t) => t.name).sort()).toEqual(
      expect.arrayContaining([
        'attempt_revisions',
        'attempts',
        'drafts',
        'login_failures',
        'profiles',
        'sessions',
        'users',
      ]),
    );
  });
});

describe('SQLite', () => {
  let store: TestStore;
  afterEach(async () => store?.close());

  it('runs in WAL mode with foreign keys on', async () => {
    const sqlite = testDatabases().find((d) => d.name === 'sqlite');
    if (!sqlite) throw new Error('SQLite is always a test database');
    store = await sqlite.open();
    const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(store.db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
  });
});
