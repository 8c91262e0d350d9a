// Attempts, their revisions and drafts. Every function takes the owner's id and matches on it, so
// another user's attempt reads exactly like one that does not exist.
import { randomUUID } from 'node:crypto';
import type { DemonstratedLevel, KindId, LevelId, Report, Verdict } from '../engine/index.js';
import type { AttemptRevisionRow, AttemptRow } from './attempts.table.js';
import type { Db } from './database.js';
import { type ScoreChange, scoreChange } from './score-change.js';

/** A revision as graded, before it is stored. */
export interface GradedRevision {
  answer: string;
  durationSec: number | null;
  report: Report;
}

export interface Revision {
  number: number;
  answer: string;
  durationSec: number | null;
  createdAt: string;
  report: Report;
  /** The change from the revision before; null for the first. */
  change: ScoreChange | null;
}

export interface Draft {
  answer: string;
  updatedAt: string;
}

export interface LatestScore {
  number: number;
  overall: number;
  demonstrated: DemonstratedLevel;
  verdict: Verdict;
  createdAt: string;
}

export interface AttemptSummary {
  id: string;
  questionId: string | null;
  question: string;
  kind: KindId;
  level: LevelId;
  createdAt: string;
  updatedAt: string;
  revisionCount: number;
  latest: LatestScore | null;
}

export interface AttemptDetail extends AttemptSummary {
  revisions: Revision[];
  draft: Draft | null;
}

export interface NewAttempt {
  userId: string;
  questionId: string | null;
  question: string;
  kind: KindId;
  level: LevelId;
  revision: GradedRevision;
  now: string;
}

export async function createAttempt(db: Db, input: NewAttempt): Promise<AttemptDetail> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('attempts')
      .values({
        id,
        user_id: input.userId,
        question_id: input.questionId,
        question: input.question,
        kind: input.kind,
        level: input.level,
        imported_from: null,
        created_at: input.now,
        updated_at: input.now,
      })
      .execute();
    await trx
      .insertInto('attempt_revisions')
      .values(revisionRow(id, 1, input.revision, input.now))
      .execute();
  });
  const attempt = await getAttempt(db, input.userId, id);
  if (!attempt) throw new Error(`attempt ${id} vanished right after it was created`);
  return attempt;
}

export const ATTEMPT_SORTS = ['newest', 'oldest', 'score_desc', 'score_asc'] as const;
/** Newest or oldest first by when the attempt began; or by the overall score of its latest revision. */
export type AttemptSort = (typeof ATTEMPT_SORTS)[number];

export interface AttemptFilter {
  kind?: KindId;
  level?: LevelId;
  questionId?: string;
  /** The verdict of the latest revision. */
  verdict?: Verdict;
  /** newest when not given. */
  sort?: AttemptSort;
  limit: number;
  offset: number;
}

/** The user's attempts in the order asked for (newest first by default), one page, and how many match. */
export async function listAttempts(
  db: Db,
  userId: string,
  filter: AttemptFilter,
): Promise<{ attempts: AttemptSummary[]; total: number }> {
  let query = db
    .selectFrom('attempts')
    // Every attempt has at least one revision; its latest gives the score and verdict to sort and filter by.
    .innerJoin('attempt_revisions as latest', 'latest.attempt_id', 'attempts.id')
    .where('attempts.user_id', '=', userId)
    .where((eb) =>
      eb(
        'latest.number',
        '=',
        eb
          .selectFrom('attempt_revisions as r')
          .select((s) => s.fn.max('r.number').as('n'))
          .whereRef('r.attempt_id', '=', 'attempts.id'),
      ),
    );
  if (filter.kind) query = query.where('attempts.kind', '=', filter.kind);
  if (filter.level) query = query.where('attempts.level', '=', filter.level);
  if (filter.questionId) query = query.where('attempts.question_id', '=', filter.questionId);
  if (filter.verdict) query = query.where('latest.verdict', '=', filter.verdict);
  const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  let ordered = query.selectAll('attempts');
  const sort = filter.sort ?? 'newest';
  if (sort === 'score_desc') ordered = ordered.orderBy('latest.overall', 'desc');
  if (sort === 'score_asc') ordered = ordered.orderBy('latest.overall', 'asc');
  // Equal scores, and the plain orders, go by time, the id settling attempts made in the same instant.
  const direction = sort === 'oldest' ? 'asc' : 'desc';
  const rows = await ordered
    .orderBy('attempts.created_at', direction)
    .orderBy('attempts.id', direction)
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const latest = await latestScores(
    db,
    rows.map((r) => r.id),
  );
  return {
    attempts: rows.map((row) => summary(row, latest.get(row.id))),
    total: Number(n),
  };
}

export async function getAttempt(db: Db, userId: string, id: string): Promise<AttemptDetail | undefined> {
  const row = await db
    .selectFrom('attempts')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const revisions = await db
    .selectFrom('attempt_revisions')
    .selectAll()
    .where('attempt_id', '=', id)
    .orderBy('number')
    .execute();
  const draft = await db.selectFrom('drafts').selectAll().where('attempt_id', '=', id).executeTakeFirst();
  return detail(row, revisions, draft ? { answer: draft.answer, updatedAt: draft.updated_at } : null);
}

/** Adds the next revision; undefined when the user has no such attempt. Submitting clears the draft. */
export async function addRevision(
  db: Db,
  userId: string,
  attemptId: string,
  revision: GradedRevision,
  now: string,
): Promise<Revision | undefined> {
  return db.transaction().execute(async (trx) => {
    // The update comes first: on PostgreSQL it locks the attempt, so concurrent revisions number in turn.
    const touched = await trx
      .updateTable('attempts')
      .set({ updated_at: now })
      .where('id', '=', attemptId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(touched.numUpdatedRows) === 0) return undefined;
    const last = await trx
      .selectFrom('attempt_revisions')
      .select(['number', 'report'])
      .where('attempt_id', '=', attemptId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst();
    const number = (last?.number ?? 0) + 1;
    const row = revisionRow(attemptId, number, revision, now);
    await trx.insertInto('attempt_revisions').values(row).execute();
    await trx.deleteFrom('drafts').where('attempt_id', '=', attemptId).execute();
    return {
      number,
      answer: revision.answer,
      durationSec: revision.durationSec,
      createdAt: now,
      report: revision.report,
      change: last ? scoreChange(last.number, JSON.parse(last.report) as Report, revision.report) : null,
    };
  });
}

/** Saves the autosaved answer; undefined when the user has no such attempt. */
export async function saveDraft(
  db: Db,
  userId: string,
  attemptId: string,
  answer: string,
  now: string,
): Promise<Draft | undefined> {
  // One statement: the draft is written only if the attempt is there and the user's.
  const result = await db
    .insertInto('drafts')
    .columns(['attempt_id', 'answer', 'updated_at'])
    .expression((eb) =>
      eb
        .selectFrom('attempts')
        .select((s) => [
          s.ref('id').as('attempt_id'),
          s.val(answer).as('answer'),
          s.val(now).as('updated_at'),
        ])
        .where('id', '=', attemptId)
        .where('user_id', '=', userId),
    )
    .onConflict((oc) => oc.column('attempt_id').doUpdateSet({ answer, updated_at: now }))
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? { answer, updatedAt: now } : undefined;
}

export async function deleteAttempt(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('attempts')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every attempt of the user with all revisions and drafts, oldest first: the body of an export. */
export async function allAttempts(db: Db, userId: string): Promise<AttemptDetail[]> {
  const rows = await db
    .selectFrom('attempts')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const owned = db.selectFrom('attempts').select('id').where('user_id', '=', userId);
  const revisions = await db
    .selectFrom('attempt_revisions')
    .selectAll()
    .where('attempt_id', 'in', owned)
    .orderBy('attempt_id')
    .orderBy('number')
    .execute();
  const drafts = await db.selectFrom('drafts').selectAll().where('attempt_id', 'in', owned).execute();
  const byAttempt = groupBy(revisions, (r) => r.attempt_id);
  const draftOf = new Map(drafts.map((d) => [d.attempt_id, { answer: d.answer, updatedAt: d.updated_at }]));
  return rows.map((row) => detail(row, byAttempt.get(row.id) ?? [], draftOf.get(row.id) ?? null));
}

/** An attempt from an export, its revisions already graded. */
export interface ImportedAttempt {
  /** Its id in the export. */
  sourceId: string;
  questionId: string | null;
  question: string;
  kind: KindId;
  level: LevelId;
  createdAt: string;
  revisions: Array<GradedRevision & { number: number; createdAt: string }>;
  draft: Draft | null;
}

/**
 * For each exported id, the revision numbers the user already holds of that attempt (matched by its
 * id or by the id it was imported from), so that only the missing revisions need grading.
 */
export async function importedRevisionNumbers(
  db: Db,
  userId: string,
  sourceIds: string[],
): Promise<Map<string, Set<number>>> {
  const found = new Map<string, Set<number>>();
  for (let i = 0; i < sourceIds.length; i += 500) {
    const chunk = sourceIds.slice(i, i + 500);
    const rows = await db
      .selectFrom('attempts')
      .leftJoin('attempt_revisions', 'attempt_revisions.attempt_id', 'attempts.id')
      .select(['attempts.id', 'attempts.imported_from', 'attempt_revisions.number'])
      .where('attempts.user_id', '=', userId)
      .where((eb) => eb.or([eb('attempts.id', 'in', chunk), eb('attempts.imported_from', 'in', chunk)]))
      .execute();
    for (const row of rows) {
      const source = chunk.includes(row.id) ? row.id : (row.imported_from ?? row.id);
      const numbers = found.get(source) ?? new Set<number>();
      if (row.number !== null) numbers.add(row.number);
      found.set(source, numbers);
    }
  }
  return found;
}

export interface ImportOutcome {
  attemptId: string;
  created: boolean;
  revisionsAdded: number;
  draftSaved: boolean;
}

/**
 * Merges one exported attempt into the user's: a new attempt (with a new id) the first time, and
 * only the revisions and the newer draft it lacks after that, so importing twice changes nothing.
 */
export async function importAttempt(db: Db, userId: string, item: ImportedAttempt): Promise<ImportOutcome> {
  return db.transaction().execute(async (trx) => {
    const findTarget = () =>
      trx
        .selectFrom('attempts')
        .select('id')
        .where('user_id', '=', userId)
        .where((eb) => eb.or([eb('id', '=', item.sourceId), eb('imported_from', '=', item.sourceId)]))
        .executeTakeFirst();
    let target = await findTarget();
    let created = false;
    if (!target) {
      const updatedAt = [item.createdAt, ...item.revisions.map((r) => r.createdAt)].sort().at(-1);
      const inserted = await trx
        .insertInto('attempts')
        .values({
          id: randomUUID(),
          user_id: userId,
          question_id: item.questionId,
          question: item.question,
          kind: item.kind,
          level: item.level,
          imported_from: item.sourceId,
          created_at: item.createdAt,
          updated_at: updatedAt ?? item.createdAt,
        })
        .onConflict((oc) => oc.columns(['user_id', 'imported_from']).doNothing())
        .returning('id')
        .executeTakeFirst();
      created = inserted !== undefined;
      target = inserted ?? (await findTarget());
      if (!target) throw new Error(`import of ${item.sourceId} found no attempt after inserting one`);
    }
    const attemptId = target.id;
    let revisionsAdded = 0;
    for (const revision of item.revisions) {
      const result = await trx
        .insertInto('attempt_revisions')
        .values(revisionRow(attemptId, revision.number, revision, revision.createdAt))
        .onConflict((oc) => oc.columns(['attempt_id', 'number']).doNothing())
        .executeTakeFirst();
      revisionsAdded += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    let draftSaved = false;
    if (item.draft) {
      const current = await trx
        .selectFrom('drafts')
        .select('updated_at')
        .where('attempt_id', '=', attemptId)
        .executeTakeFirst();
      if (!current || current.updated_at < item.draft.updatedAt) {
        await trx
          .insertInto('drafts')
          .values({ attempt_id: attemptId, answer: item.draft.answer, updated_at: item.draft.updatedAt })
          .onConflict((oc) =>
            oc
              .column('attempt_id')
              .doUpdateSet({ answer: item.draft?.answer ?? '', updated_at: item.draft?.updatedAt ?? '' }),
          )
          .execute();
        draftSaved = true;
      }
    }
    return { attemptId, created, revisionsAdded, draftSaved };
  });
}

function revisionRow(attemptId: string, number: number, revision: GradedRevision, createdAt: string) {
  return {
    attempt_id: attemptId,
    number,
    answer: revision.answer,
    duration_sec: revision.durationSec,
    report: JSON.stringify(revision.report),
    overall: revision.report.overall,
    demonstrated: revision.report.level_fit.demonstrated,
    verdict: revision.report.level_fit.verdict,
    created_at: createdAt,
  };
}

async function latestScores(
  db: Db,
  attemptIds: string[],
): Promise<Map<string, LatestScore & { count: number }>> {
  const out = new Map<string, LatestScore & { count: number }>();
  if (attemptIds.length === 0) return out;
  const rows = await db
    .selectFrom('attempt_revisions')
    .select(['attempt_id', 'number', 'overall', 'demonstrated', 'verdict', 'created_at'])
    .where('attempt_id', 'in', attemptIds)
    .orderBy('number')
    .execute();
  for (const r of rows) {
    const count = (out.get(r.attempt_id)?.count ?? 0) + 1;
    out.set(r.attempt_id, {
      number: r.number,
      overall: Number(r.overall),
      demonstrated: r.demonstrated as DemonstratedLevel,
      verdict: r.verdict as Verdict,
      createdAt: r.created_at,
      count,
    });
  }
  return out;
}

function summary(row: AttemptRow, latest: (LatestScore & { count: number }) | undefined): AttemptSummary {
  return {
    id: row.id,
    questionId: row.question_id,
    question: row.question,
    // Only validated kinds and levels are ever written.
    kind: row.kind as KindId,
    level: row.level as LevelId,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revisionCount: latest?.count ?? 0,
    latest: latest
      ? {
          number: latest.number,
          overall: latest.overall,
          demonstrated: latest.demonstrated,
          verdict: latest.verdict,
          createdAt: latest.createdAt,
        }
      : null,
  };
}

function detail(row: AttemptRow, rows: AttemptRevisionRow[], draft: Draft | null): AttemptDetail {
  const revisions: Revision[] = [];
  let previous: Revision | undefined;
  for (const r of rows) {
    const report = JSON.parse(r.report) as Report;
    const revision: Revision = {
      number: r.number,
      answer: r.answer,
      durationSec: r.duration_sec,
      createdAt: r.created_at,
      report,
      change: previous ? scoreChange(previous.number, previous.report, report) : null,
    };
    revisions.push(revision);
    previous = revision;
  }
  const last = rows.at(-1);
  const latest = last
    ? {
        number: last.number,
        overall: Number(last.overall),
        demonstrated: last.demonstrated as DemonstratedLevel,
        verdict: last.verdict as Verdict,
        createdAt: last.created_at,
        count: rows.length,
      }
    : undefined;
  return { ...summary(row, latest), revisions, draft };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
