// Profiles on every test database: one per user, replaced on save, merged from exports newest-wins.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProfile, importProfile, type ProfileInput, saveProfile } from './profiles.repository.js';
import { createUsers, type TestStore, testDatabases } from './test-databases.js';

const T = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;

const SENIOR: ProfileInput = {
  targetLevel: 'senior',
  interviewDate: '2027-01-15',
  company: 'Acme',
  loop: { rounds: 5, technicalRound: 'yes', takeHome: 'unknown' },
};

describe.each(testDatabases())('profiles on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['a', 'b'], T(0));
  });
  afterEach(async () => store.close());

  it('has none before onboarding, then the one saved, replaced on the next save', async () => {
    expect(await getProfile(store.db, 'a')).toBeNull();
    expect(await saveProfile(store.db, 'a', SENIOR, T(1))).toEqual({
      ...SENIOR,
      createdAt: T(1),
      updatedAt: T(1),
    });
    const changed: ProfileInput = {
      targetLevel: 'staff',
      interviewDate: null,
      company: null,
      loop: { rounds: 4, technicalRound: 'no', takeHome: 'yes' },
    };
    expect(await saveProfile(store.db, 'a', changed, T(2))).toEqual({
      ...changed,
      createdAt: T(1),
      updatedAt: T(2),
    });
    expect(await getProfile(store.db, 'b')).toBeNull();
  });

  it('imports a profile unless the one held is as new or newer', async () => {
    const exported = { ...SENIOR, createdAt: T(1), updatedAt: T(3) };
    expect(await importProfile(store.db, 'b', exported)).toBe(true);
    expect(await getProfile(store.db, 'b')).toEqual(exported);
    expect(await importProfile(store.db, 'b', exported)).toBe(false);
    const older = { ...exported, targetLevel: 'apm' as const, updatedAt: T(2) };
    expect(await importProfile(store.db, 'b', older)).toBe(false);
    expect((await getProfile(store.db, 'b'))?.targetLevel).toBe('senior');
    const newer = { ...exported, company: 'Initech', updatedAt: T(4) };
    expect(await importProfile(store.db, 'b', newer)).toBe(true);
    expect(await getProfile(store.db, 'b')).toEqual({ ...newer, createdAt: T(1) });
    expect(await getProfile(store.db, 'a')).toBeNull();
  });

  it('goes with its user', async () => {
    await saveProfile(store.db, 'a', SENIOR, T(1));
    await store.db.deleteFrom('users').where('id', '=', 'a').execute();
    expect(await store.db.selectFrom('profiles').selectAll().execute()).toEqual([]);
  });
});
