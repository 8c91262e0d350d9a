// Coach invites and relationships on every test database: an invite is accepted once, and a coach
// reaches only the candidates who invited them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acceptInvite,
  candidatesOf,
  coachesOf,
  createInvite,
  endCoaching,
  findInviteByToken,
  isCoachOf,
  listInvites,
  revokeInvite,
} from './coaching.repository.js';
import { createUsers, type TestStore, testDatabases } from './test-databases.js';

const NOW = '2026-11-28T10:00:00.000Z';

describe.each(testDatabases())('coaching on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['cand', 'coach', 'other'], NOW);
  });
  afterEach(async () => store.close());

  it('accepts an invite once, for the first coach only, and lists each side to the other', async () => {
    const invite = await createInvite(store.db, {
      userId: 'cand',
      tokenHash: 'h1',
      expiresAt: NOW,
      now: NOW,
    });
    expect((await findInviteByToken(store.db, 'h1'))?.candidateEmail).toBe('cand@x.io');
    expect(await findInviteByToken(store.db, 'nope')).toBeUndefined();
    expect(await acceptInvite(store.db, invite.id, 'coach', NOW)).toBe(true);
    expect(await acceptInvite(store.db, invite.id, 'coach', NOW)).toBe(true);
    expect(await acceptInvite(store.db, invite.id, 'other', NOW)).toBe(false);
    expect(await isCoachOf(store.db, 'coach', 'cand')).toBe(true);
    expect(await isCoachOf(store.db, 'other', 'cand')).toBe(false);
    expect(await isCoachOf(store.db, 'cand', 'coach')).toBe(false);
    expect((await candidatesOf(store.db, 'coach')).map((c) => c.email)).toEqual(['cand@x.io']);
    expect((await coachesOf(store.db, 'cand')).map((c) => c.email)).toEqual(['coach@x.io']);
    expect(await candidatesOf(store.db, 'other')).toEqual([]);
    expect(await endCoaching(store.db, 'cand', 'coach')).toBe(true);
    expect(await isCoachOf(store.db, 'coach', 'cand')).toBe(false);
  });

  it("revokes only the candidate's own invites", async () => {
    const invite = await createInvite(store.db, {
      userId: 'cand',
      tokenHash: 'h2',
      expiresAt: NOW,
      now: NOW,
    });
    expect(await revokeInvite(store.db, 'other', invite.id, NOW)).toBeUndefined();
    expect((await revokeInvite(store.db, 'cand', invite.id, NOW))?.revokedAt).toBe(NOW);
    expect((await listInvites(store.db, 'cand'))[0]?.revokedAt).toBe(NOW);
    expect(await listInvites(store.db, 'other')).toEqual([]);
  });
});
