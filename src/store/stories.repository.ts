// The story bank. Every function takes the owner's id and matches on it, so another user's story
// reads exactly like one that does not exist.
import { randomUUID } from 'node:crypto';
import type { DemonstratedLevel, LevelId, Report } from '../engine/index.js';
import type { Db } from './database.js';
import type { StoryRow } from './stories.table.js';

export interface StoryInput {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learned: string | null;
  competencies: string[];
}

export interface Story extends StoryInput {
  id: string;
  level: LevelId;
  report: Report;
  createdAt: string;
  updatedAt: string;
}

export interface StorySummary {
  id: string;
  title: string;
  competencies: string[];
  level: LevelId;
  overall: number;
  demonstrated: DemonstratedLevel;
  createdAt: string;
  updatedAt: string;
}

export async function createStory(
  db: Db,
  userId: string,
  input: StoryInput & { level: LevelId; report: Report },
  now: string,
): Promise<Story> {
  const id = randomUUID();
  await db
    .insertInto('stories')
    .values({ id, user_id: userId, ...columns(input), imported_from: null, created_at: now, updated_at: now })
    .execute();
  const story = await getStory(db, userId, id);
  if (!story) throw new Error(`story ${id} vanished right after it was created`);
  return story;
}

/** Replaces the story's fields and grade; undefined when the user has no such story. */
export async function updateStory(
  db: Db,
  userId: string,
  id: string,
  input: StoryInput & { level: LevelId; report: Report },
  now: string,
): Promise<Story | undefined> {
  const result = await db
    .updateTable('stories')
    .set({ ...columns(input), updated_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return getStory(db, userId, id);
}

export async function getStory(db: Db, userId: string, id: string): Promise<Story | undefined> {
  const row = await db
    .selectFrom('stories')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? storyOf(row) : undefined;
}

/** The user's stories, newest first, without their reports. */
export async function listStories(db: Db, userId: string): Promise<StorySummary[]> {
  const rows = await db
    .selectFrom('stories')
    .select(['id', 'title', 'competencies', 'level', 'overall', 'demonstrated', 'created_at', 'updated_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    competencies: JSON.parse(r.competencies) as string[],
    level: r.level as LevelId,
    overall: Number(r.overall),
    demonstrated: r.demonstrated as DemonstratedLevel,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** Every story of the user with its report, oldest first: the body of an export. */
export async function allStories(db: Db, userId: string): Promise<Story[]> {
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(storyOf);
}

export async function deleteStory(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('stories')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Adds a story from an export unless the user has it already (by id or by the id it was imported
 * from); returns the id it has in this account, and whether it was created.
 */
export async function importStory(
  db: Db,
  userId: string,
  sourceId: string,
  story: StoryInput & { level: LevelId; report: Report; createdAt: string; updatedAt: string },
): Promise<{ id: string; created: boolean }> {
  const held = () =>
    db
      .selectFrom('stories')
      .select('id')
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('id', '=', sourceId), eb('imported_from', '=', sourceId)]))
      .executeTakeFirst();
  const existing = await held();
  if (existing) return { id: existing.id, created: false };
  const id = randomUUID();
  const inserted = await db
    .insertInto('stories')
    .values({
      id,
      user_id: userId,
      ...columns(story),
      imported_from: sourceId,
      created_at: story.createdAt,
      updated_at: story.updatedAt,
    })
    .onConflict((oc) => oc.columns(['user_id', 'imported_from']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { id, created: true };
  const raced = await held();
  if (!raced) throw new Error(`import of story ${sourceId} found no story after inserting one`);
  return { id: raced.id, created: false };
}

function columns(input: StoryInput & { level: LevelId; report: Report }) {
  return {
    title: input.title,
    situation: input.situation,
    task: input.task,
    action: input.action,
    result: input.result,
    learned: input.learned,
    competencies: JSON.stringify(input.competencies),
    level: input.level,
    report: JSON.stringify(input.report),
    overall: input.report.overall,
    demonstrated: input.report.level_fit.demonstrated,
  };
}

function storyOf(row: StoryRow): Story {
  return {
    id: row.id,
    title: row.title,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    learned: row.learned,
    competencies: JSON.parse(row.competencies) as string[],
    level: row.level as LevelId,
    report: JSON.parse(row.report) as Report,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
