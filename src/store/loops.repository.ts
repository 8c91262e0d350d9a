// Mock loops and their rounds. Every function takes the owner's id and matches on it, so another
// user's loop reads exactly like one that does not exist.
import { randomUUID } from 'node:crypto';
import type { KindId, LevelId, Report } from '../engine/index.js';
import type { Db } from './database.js';
import type { LoopRoundRow, LoopRow, NewLoopRow } from './loops.table.js';

export type RecruiterAnswer = 'yes' | 'no' | 'unknown';

export interface LoopRound {
  position: number;
  kind: KindId;
  name: string;
  owns: string[];
  questionId: string;
  question: string;
  limitSec: number;
  startedAt: string | null;
  submittedAt: string | null;
  durationSec: number | null;
  overtime: boolean;
  attemptId: string | null;
  storyId: string | null;
  draft: { answer: string; updatedAt: string } | null;
}

export interface Loop {
  id: string;
  level: LevelId;
  roundsRequested: number | null;
  technicalRound: RecruiterAnswer;
  takeHome: RecruiterAnswer;
  notes: string[];
  createdAt: string;
  finishedAt: string | null;
  rounds: LoopRound[];
}

/** What a round is before anyone starts it. */
export type RoundPlan = Pick<
  LoopRound,
  'position' | 'kind' | 'name' | 'owns' | 'questionId' | 'question' | 'limitSec'
>;

export interface NewLoop {
  userId: string;
  level: LevelId;
  roundsRequested: number | null;
  technicalRound: RecruiterAnswer;
  takeHome: RecruiterAnswer;
  notes: string[];
  rounds: RoundPlan[];
  now: string;
}

export async function createLoop(db: Db, input: NewLoop): Promise<Loop> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('loops')
      .values(
        loopRowOf(id, input.userId, { ...input, finishedAt: null, importedFrom: null, createdAt: input.now }),
      )
      .execute();
    await trx
      .insertInto('loop_rounds')
      .values(input.rounds.map((r) => ({ ...roundRowOf(id, r), overtime: 0 })))
      .execute();
  });
  const loop = await getLoop(db, input.userId, id);
  if (!loop) throw new Error(`loop ${id} vanished right after it was created`);
  return loop;
}

export async function getLoop(db: Db, userId: string, id: string): Promise<Loop | undefined> {
  const row = await db
    .selectFrom('loops')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const rounds = await db
    .selectFrom('loop_rounds')
    .selectAll()
    .where('loop_id', '=', id)
    .orderBy('position')
    .execute();
  return loopOf(row, rounds);
}

/** The user's loops, newest first, one page, and how many there are. */
export async function listLoops(
  db: Db,
  userId: string,
  page: { limit: number; offset: number },
): Promise<{ loops: Loop[]; total: number }> {
  const { n } = await db
    .selectFrom('loops')
    .where('user_id', '=', userId)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('loops')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { loops: await withRounds(db, rows), total: Number(n) };
}

/** Every loop of the user, oldest first: the body of an export. */
export async function allLoops(db: Db, userId: string): Promise<Loop[]> {
  const rows = await db
    .selectFrom('loops')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return withRounds(db, rows);
}

async function withRounds(db: Db, rows: LoopRow[]): Promise<Loop[]> {
  if (rows.length === 0) return [];
  const rounds = await db
    .selectFrom('loop_rounds')
    .selectAll()
    .where(
      'loop_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('loop_id')
    .orderBy('position')
    .execute();
  return rows.map((row) =>
    loopOf(
      row,
      rounds.filter((r) => r.loop_id === row.id),
    ),
  );
}

export async function deleteLoop(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('loops')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Starts the round's clock if it has not started; false when the user has no such loop or round. */
export async function startRound(
  db: Db,
  userId: string,
  loopId: string,
  position: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('loop_rounds')
    .set({ started_at: now })
    .where('loop_id', '=', loopId)
    .where('position', '=', position)
    .where('started_at', 'is', null)
    .where('loop_id', 'in', (eb) => eb.selectFrom('loops').select('id').where('user_id', '=', userId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Saves the round's draft (and the story it starts from); false when the round is not the user's or is answered. */
export async function saveRoundDraft(
  db: Db,
  userId: string,
  loopId: string,
  position: number,
  draft: { answer: string; storyId: string | null },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('loop_rounds')
    .set({ draft: draft.answer, draft_updated_at: now, story_id: draft.storyId })
    .where('loop_id', '=', loopId)
    .where('position', '=', position)
    .where('submitted_at', 'is', null)
    .where('loop_id', 'in', (eb) => eb.selectFrom('loops').select('id').where('user_id', '=', userId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface RoundSubmission {
  attemptId: string;
  durationSec: number;
  overtime: boolean;
  storyId: string | null;
  now: string;
}

/**
 * Records the round's answer; false when it was answered meanwhile (a second submission racing the
 * first). The loop is finished once no round is left unanswered.
 */
export async function submitRound(
  db: Db,
  userId: string,
  loopId: string,
  position: number,
  submission: RoundSubmission,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('loop_rounds')
      .set({
        submitted_at: submission.now,
        duration_sec: submission.durationSec,
        overtime: submission.overtime ? 1 : 0,
        attempt_id: submission.attemptId,
        story_id: submission.storyId,
        draft: null,
        draft_updated_at: null,
      })
      .where('loop_id', '=', loopId)
      .where('position', '=', position)
      .where('submitted_at', 'is', null)
      .where('loop_id', 'in', (eb) => eb.selectFrom('loops').select('id').where('user_id', '=', userId))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    const open = await trx
      .selectFrom('loop_rounds')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('loop_id', '=', loopId)
      .where('submitted_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(open.n) === 0) {
      await trx.updateTable('loops').set({ finished_at: submission.now }).where('id', '=', loopId).execute();
    }
    return true;
  });
}

/** The answer each round gave: the first revision of its attempt, with its report. */
export async function roundAnswers(
  db: Db,
  attemptIds: string[],
): Promise<Map<string, { answer: string; report: Report; revision: number }>> {
  const out = new Map<string, { answer: string; report: Report; revision: number }>();
  if (attemptIds.length === 0) return out;
  const rows = await db
    .selectFrom('attempt_revisions')
    .select(['attempt_id', 'answer', 'report', 'number'])
    .where('attempt_id', 'in', attemptIds)
    .where('number', '=', 1)
    .execute();
  for (const r of rows)
    out.set(r.attempt_id, { answer: r.answer, report: JSON.parse(r.report) as Report, revision: r.number });
  return out;
}

/**
 * The last day the user met each bank question: in an attempt or in a loop round. A loop's
 * questions count from the day it was composed, whether or not the round was reached.
 */
export async function seenQuestions(db: Db, userId: string): Promise<Map<string, string>> {
  const attempts = await db
    .selectFrom('attempts')
    .select(['question_id', (eb) => eb.fn.max('created_at').as('last')])
    .where('user_id', '=', userId)
    .where('question_id', 'is not', null)
    .groupBy('question_id')
    .execute();
  const rounds = await db
    .selectFrom('loop_rounds')
    .innerJoin('loops', 'loops.id', 'loop_rounds.loop_id')
    .select(['loop_rounds.question_id', (eb) => eb.fn.max('loops.created_at').as('last')])
    .where('loops.user_id', '=', userId)
    .groupBy('loop_rounds.question_id')
    .execute();
  const out = new Map<string, string>();
  for (const r of [...attempts, ...rounds]) {
    if (!r.question_id || !r.last) continue;
    const day = String(r.last).slice(0, 10);
    if ((out.get(r.question_id) ?? '') < day) out.set(r.question_id, day);
  }
  return out;
}

/** How many loop rounds were answered starting from each of the user's stories. */
export async function storyUses(db: Db, userId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('loop_rounds')
    .innerJoin('loops', 'loops.id', 'loop_rounds.loop_id')
    .select(['loop_rounds.story_id', (eb) => eb.fn.countAll().as('n')])
    .where('loops.user_id', '=', userId)
    .where('loop_rounds.story_id', 'is not', null)
    .where('loop_rounds.submitted_at', 'is not', null)
    .groupBy('loop_rounds.story_id')
    .execute();
  return new Map(rows.flatMap((r) => (r.story_id ? [[r.story_id, Number(r.n)] as const] : [])));
}

/** A loop from an export, its rounds' attempts already imported (their new ids given). */
export interface ImportedLoop extends Omit<Loop, 'id' | 'rounds'> {
  sourceId: string;
  rounds: Array<Omit<LoopRound, 'storyId'> & { storyId: string | null }>;
}

/** Adds the exported loop unless the user already has it (by id or by the id it was imported from). */
export async function importLoop(db: Db, userId: string, loop: ImportedLoop): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const held = await trx
      .selectFrom('loops')
      .select('id')
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('id', '=', loop.sourceId), eb('imported_from', '=', loop.sourceId)]))
      .executeTakeFirst();
    if (held) return false;
    const id = randomUUID();
    const inserted = await trx
      .insertInto('loops')
      .values(loopRowOf(id, userId, { ...loop, importedFrom: loop.sourceId }))
      .onConflict((oc) => oc.columns(['user_id', 'imported_from']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await trx
      .insertInto('loop_rounds')
      .values(
        loop.rounds.map((r) => ({
          ...roundRowOf(id, r),
          started_at: r.startedAt,
          submitted_at: r.submittedAt,
          duration_sec: r.durationSec,
          overtime: r.overtime ? 1 : 0,
          attempt_id: r.attemptId,
          story_id: r.storyId,
          draft: r.draft?.answer ?? null,
          draft_updated_at: r.draft?.updatedAt ?? null,
        })),
      )
      .execute();
    return true;
  });
}

/** A loop's row, the same whether the loop is new or imported. */
function loopRowOf(
  id: string,
  userId: string,
  loop: Pick<
    Loop,
    'level' | 'roundsRequested' | 'technicalRound' | 'takeHome' | 'notes' | 'finishedAt' | 'createdAt'
  > & {
    importedFrom: string | null;
  },
): NewLoopRow {
  return {
    id,
    user_id: userId,
    level: loop.level,
    rounds_requested: loop.roundsRequested,
    technical_round: loop.technicalRound,
    take_home: loop.takeHome,
    notes: JSON.stringify(loop.notes),
    finished_at: loop.finishedAt,
    imported_from: loop.importedFrom,
    created_at: loop.createdAt,
  };
}

/** What a round is, as a row: an imported round adds where it had got to. */
function roundRowOf(loopId: string, round: RoundPlan) {
  return {
    loop_id: loopId,
    position: round.position,
    kind: round.kind,
    name: round.name,
    owns: JSON.stringify(round.owns),
    question_id: round.questionId,
    question: round.question,
    limit_sec: round.limitSec,
  };
}

function loopOf(row: LoopRow, rounds: LoopRoundRow[]): Loop {
  return {
    id: row.id,
    // Only validated levels and answers are ever written.
    level: row.level as LevelId,
    roundsRequested: row.rounds_requested,
    technicalRound: row.technical_round as RecruiterAnswer,
    takeHome: row.take_home as RecruiterAnswer,
    notes: JSON.parse(row.notes) as string[],
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    rounds: rounds.map((r) => ({
      position: r.position,
      kind: r.kind as KindId,
      name: r.name,
      owns: JSON.parse(r.owns) as string[],
      questionId: r.question_id,
      question: r.question,
      limitSec: r.limit_sec,
      startedAt: r.started_at,
      submittedAt: r.submitted_at,
      durationSec: r.duration_sec,
      overtime: Number(r.overtime) === 1,
      attemptId: r.attempt_id,
      storyId: r.story_id,
      draft:
        r.draft !== null && r.draft_updated_at !== null
          ? { answer: r.draft, updatedAt: r.draft_updated_at }
          : null,
    })),
  };
}
