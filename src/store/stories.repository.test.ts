// The story bank on every test database, across two users.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../engine/index.js';
import {
  allStories,
  createStory,
  deleteStory,
  getStory,
  importStory,
  listStories,
  updateStory,
} from './stories.repository.js';
import { createUsers, strongReport, type TestStore, testDatabases } from './test-databases.js';

const NOW = '2026-11-28T10:00:00.000Z';
const LATER = '2026-11-29T10:00:00.000Z';
let report: Report;
beforeAll(() => {
  report = strongReport('behavioral', 'pm2');
});

const fields = {
  title: 'The checkout rewrite',
  situation: 'Our checkout lost a fifth of buyers.',
  task: 'I had to win them back in a quarter.',
  action: 'I pulled the funnel data and proposed a single page.',
  result: 'Conversion rose from 61% to 70%.',
  learned: null,
  competencies: ['data-driven-decision'],
};

describe.each(testDatabases())('stories on $name', (database) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await database.open();
    await createUsers(store.db, ['a', 'b'], NOW);
  });
  afterEach(async () => store.close());

  it('creates, reads, updates, lists and deletes a story for its owner only', async () => {
    const story = await createStory(store.db, 'a', { ...fields, level: 'pm2', report }, NOW);
    expect(story).toMatchObject({ ...fields, level: 'pm2', createdAt: NOW });
    expect(story.report.overall).toBe(report.overall);
    expect(await getStory(store.db, 'b', story.id)).toBeUndefined();
    expect(
      await updateStory(store.db, 'b', story.id, { ...fields, title: 'B', level: 'pm2', report }, LATER),
    ).toBeUndefined();
    const updated = await updateStory(
      store.db,
      'a',
      story.id,
      { ...fields, learned: 'Ask first.', level: 'senior', report },
      LATER,
    );
    expect(updated).toMatchObject({
      learned: 'Ask first.',
      level: 'senior',
      createdAt: NOW,
      updatedAt: LATER,
    });
    expect((await listStories(store.db, 'a')).map((s) => s.title)).toEqual(['The checkout rewrite']);
    expect(await listStories(store.db, 'b')).toEqual([]);
    expect(await deleteStory(store.db, 'b', story.id)).toBe(false);
    expect(await deleteStory(store.db, 'a', story.id)).toBe(true);
  });

  it('imports an exported story once, however often', async () => {
    const story = await createStory(store.db, 'a', { ...fields, level: 'pm2', report }, NOW);
    const [exported] = await allStories(store.db, 'a');
    if (!exported) throw new Error('nothing exported');
    expect(await importStory(store.db, 'a', story.id, exported)).toEqual({ id: story.id, created: false });
    const first = await importStory(store.db, 'b', story.id, exported);
    expect(first.created).toBe(true);
    expect(await importStory(store.db, 'b', story.id, exported)).toEqual({ id: first.id, created: false });
    expect((await allStories(store.db, 'b')).map((s) => s.title)).toEqual([fields.title]);
  });
});
