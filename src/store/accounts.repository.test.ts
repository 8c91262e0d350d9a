// Users, sessions and login failures on every test database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearLoginFailures,
  countLoginFailures,
  pruneLoginFailures,
  recordLoginFailure,
} from './login-failures.repository.js';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSessionUser,
} from './sessions.repository.js';
import { type TestStore, testDatabases } from './test-databases.js';
import { createUser, findUserByEmail, findUserById } from './users.repository.js';

const T0 = '2025-11-26T10:00:00.000Z';

describe.each(testDatabases())('accounts on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
  });
  afterEach(async () => store.close());

  it('creates a user once per email and finds it by email and id', async () => {
    const user = await createUser(store.db, {
      id: 'u1',
      email: 'a@x.io',
      password_hash: 'h',
      created_at: T0,
    });
    expect(user).toEqual({ id: 'u1', email: 'a@x.io', password_hash: 'h', created_at: T0 });
    expect(
      await createUser(store.db, { id: 'u2', email: 'a@x.io', password_hash: 'h2', created_at: T0 }),
    ).toBeUndefined();
    expect((await findUserByEmail(store.db, 'a@x.io'))?.id).toBe('u1');
    expect(await findUserById(store.db, 'u1')).toMatchObject({ email: 'a@x.io' });
    expect(await findUserById(store.db, 'u2')).toBeUndefined();
  });

  it('finds the user of a live session only', async () => {
    await createUser(store.db, { id: 'u1', email: 'a@x.io', password_hash: 'h', created_at: T0 });
    await createSession(store.db, {
      token_hash: 'live',
      user_id: 'u1',
      created_at: T0,
      expires_at: '2025-12-26T10:00:00.000Z',
    });
    await createSession(store.db, {
      token_hash: 'old',
      user_id: 'u1',
      created_at: T0,
      expires_at: '2025-11-26T11:00:00.000Z',
    });
    const now = '2025-11-26T12:00:00.000Z';
    expect(await findSessionUser(store.db, 'live', now)).toEqual({
      id: 'u1',
      email: 'a@x.io',
      created_at: T0,
    });
    expect(await findSessionUser(store.db, 'old', now)).toBeUndefined();
    expect(await findSessionUser(store.db, 'nope', now)).toBeUndefined();
    expect(await deleteExpiredSessions(store.db, now)).toBe(1);
    await deleteSession(store.db, 'live');
    expect(await findSessionUser(store.db, 'live', now)).toBeUndefined();
  });

  it('counts login failures per key within the window', async () => {
    await recordLoginFailure(store.db, ['account:a@x.io', 'address:1.2.3.4'], '2025-11-26T10:00:00.000Z');
    await recordLoginFailure(store.db, ['account:a@x.io'], '2025-11-26T10:10:00.000Z');
    expect(await countLoginFailures(store.db, 'account:a@x.io', '2025-11-26T09:00:00.000Z')).toBe(2);
    expect(await countLoginFailures(store.db, 'account:a@x.io', '2025-11-26T10:05:00.000Z')).toBe(1);
    expect(await countLoginFailures(store.db, 'address:1.2.3.4', '2025-11-26T09:00:00.000Z')).toBe(1);
    await pruneLoginFailures(store.db, '2025-11-26T10:05:00.000Z');
    expect(await countLoginFailures(store.db, 'address:1.2.3.4', '2025-11-26T09:00:00.000Z')).toBe(0);
    await clearLoginFailures(store.db, 'account:a@x.io');
    expect(await countLoginFailures(store.db, 'account:a@x.io', '2025-11-26T09:00:00.000Z')).toBe(0);
  });
});
