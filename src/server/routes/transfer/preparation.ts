// The preparation part of an export: stories, mock loops, the plan's preferences and card states, and
// self-reviews; and its import, which maps the ids of the file's attempts and stories to the ones they
// get in this account. Every part is optional on import, so that older exports stay importable.
// Reviews by others, share links and coaching involve other accounts and are not exported.
import { type Static, Type } from 'typebox';
import { KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { CARD_RATINGS } from '../../../plan/cards.js';
import type { Db } from '../../../store/database.js';
import { allLoops, importLoop } from '../../../store/loops.repository.js';
import { allCards, getPreferences, importCard, importPreferences } from '../../../store/plan.repository.js';
import { allSelfReviews, saveSelfReview, selfReviews } from '../../../store/reviews.repository.js';
import { allStories, importStory } from '../../../store/stories.repository.js';
import { storyText } from '../../../stories/story.js';
import type { Content } from '../../content.js';
import { QuestionText, Text, Uuid } from '../../schemas/common.js';
import { MAX_LOOP_ROUNDS } from '../loops/schema.js';
import { MAX_COMPETENCIES, MAX_FIELD_CHARS, MAX_TITLE_CHARS } from '../stories/schema.js';

export const MAX_IMPORTED_STORIES = 500;
export const MAX_IMPORTED_LOOPS = 500;
export const MAX_IMPORTED_CARDS = 2_000;

const DateTime = Type.String({ format: 'date-time' });
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const RecruiterAnswer = Type.Enum(['yes', 'no', 'unknown']);
const SignalId = Type.String({ maxLength: 80, pattern: '^[a-z][a-z0-9_]*$' });
const CompetencyId = Type.String({ maxLength: 80, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
const closed = { additionalProperties: false } as const;
const fieldText = (min: number) => Text({ minLength: min, maxLength: MAX_FIELD_CHARS });

const storyFields = {
  id: Uuid,
  title: Text({ minLength: 1, maxLength: MAX_TITLE_CHARS }),
  situation: fieldText(1),
  task: fieldText(1),
  action: fieldText(1),
  result: fieldText(1),
  learned: Type.Union([fieldText(0), Type.Null()]),
  competencies: Type.Array(CompetencyId, { maxItems: MAX_COMPETENCIES }),
  level: Type.Enum(LEVEL_IDS),
  createdAt: DateTime,
  updatedAt: DateTime,
};

const roundFields = {
  position: Type.Integer({ minimum: 1, maximum: MAX_LOOP_ROUNDS }),
  kind: Type.Enum(KIND_IDS),
  name: Text({ minLength: 1, maxLength: 200 }),
  owns: Type.Array(SignalId, { maxItems: 20 }),
  questionId: Type.String({ maxLength: 200, pattern: '^[a-z0-9-]+$' }),
  question: QuestionText,
  limitSec: Type.Integer({ minimum: 1, maximum: 86_400 }),
  startedAt: NullableDateTime,
  submittedAt: NullableDateTime,
  durationSec: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  overtime: Type.Boolean(),
  attemptId: Type.Union([Uuid, Type.Null()]),
  storyId: Type.Union([Uuid, Type.Null()]),
  draft: Type.Union([Type.Object({ answer: fieldText(0), updatedAt: DateTime }, closed), Type.Null()]),
};

const loopFields = {
  id: Uuid,
  level: Type.Enum(LEVEL_IDS),
  roundsRequested: Type.Union([Type.Integer({ minimum: 1, maximum: MAX_LOOP_ROUNDS }), Type.Null()]),
  technicalRound: RecruiterAnswer,
  takeHome: RecruiterAnswer,
  notes: Type.Array(Text({ maxLength: 1_000 }), { maxItems: 20 }),
  createdAt: DateTime,
  finishedAt: NullableDateTime,
};

const cardStateFields = {
  due: DateTime,
  stability: Type.Number({ minimum: 0 }),
  difficulty: Type.Number({ minimum: 0 }),
  elapsedDays: Type.Number({ minimum: 0 }),
  scheduledDays: Type.Number({ minimum: 0 }),
  learningSteps: Type.Integer({ minimum: 0 }),
  reps: Type.Integer({ minimum: 0 }),
  lapses: Type.Integer({ minimum: 0 }),
  phase: Type.Enum(['new', 'learning', 'review', 'relearning']),
  lastReview: NullableDateTime,
  introducedOn: Type.String({ format: 'date' }),
};

const cardFields = {
  cardId: Type.String({ maxLength: 120, pattern: '^(concept|skill):[a-z0-9_-]+$' }),
  state: Type.Object(cardStateFields, closed),
  reviews: Type.Array(Type.Object({ rating: Type.Enum(CARD_RATINGS), reviewedAt: DateTime }, closed), {
    maxItems: 1_000,
  }),
};

const scoreFields = Type.Record(
  Type.String({ pattern: '^[a-z_]+$' }),
  Type.Integer({ minimum: 1, maximum: 4 }),
);

const selfReviewFields = {
  attemptId: Uuid,
  revision: Type.Integer({ minimum: 1 }),
  scores: scoreFields,
  note: Type.Union([Text({ maxLength: 4_000 }), Type.Null()]),
  updatedAt: DateTime,
};

const preferencesFields = {
  sessionsPerDay: Type.Integer({ minimum: 1, maximum: 6 }),
  restDays: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { maxItems: 6 }),
  updatedAt: NullableDateTime,
};

/** What an export adds for the preparation features. */
export const PreparationExport = {
  stories: Type.Array(Type.Object(storyFields)),
  loops: Type.Array(Type.Object({ ...loopFields, rounds: Type.Array(Type.Object(roundFields)) })),
  plan: Type.Object({
    preferences: Type.Object(preferencesFields),
    cards: Type.Array(Type.Object(cardFields)),
  }),
  selfReviews: Type.Array(Type.Object(selfReviewFields)),
};

/** The same, read back: every part optional, so that an export made before they existed imports. */
export const PreparationImport = {
  stories: Type.Optional(Type.Array(Type.Object(storyFields, closed), { maxItems: MAX_IMPORTED_STORIES })),
  loops: Type.Optional(
    Type.Array(
      Type.Object(
        {
          ...loopFields,
          rounds: Type.Array(Type.Object(roundFields, closed), { minItems: 1, maxItems: MAX_LOOP_ROUNDS }),
        },
        closed,
      ),
      {
        maxItems: MAX_IMPORTED_LOOPS,
      },
    ),
  ),
  plan: Type.Optional(
    Type.Object(
      {
        preferences: Type.Object(preferencesFields, closed),
        cards: Type.Array(Type.Object(cardFields, closed), { maxItems: MAX_IMPORTED_CARDS }),
      },
      closed,
    ),
  ),
  selfReviews: Type.Optional(
    Type.Array(Type.Object(selfReviewFields, closed), { maxItems: MAX_IMPORTED_CARDS }),
  ),
};

export const PreparationImportResult = {
  stories: Type.Object({ created: Type.Integer(), merged: Type.Integer() }),
  loops: Type.Object({ created: Type.Integer(), merged: Type.Integer() }),
  plan: Type.Object({ preferencesSaved: Type.Boolean(), cardsSaved: Type.Integer() }),
  selfReviews: Type.Object({ saved: Type.Integer() }),
};

export async function exportPreparation(db: Db, userId: string) {
  const [stories, loops, preferences, cards, selfReviews] = await Promise.all([
    allStories(db, userId),
    allLoops(db, userId),
    getPreferences(db, userId),
    allCards(db, userId),
    allSelfReviews(db, userId),
  ]);
  return {
    stories: stories.map(({ report: _report, ...story }) => story),
    loops,
    plan: { preferences, cards },
    selfReviews,
  };
}

const PreparationImportObject = Type.Object(PreparationImport);
export type PreparationImportBody = Static<typeof PreparationImportObject>;

/**
 * Imports the preparation part of a file. `attemptIds` maps the file's attempt ids to this account's,
 * so that loop rounds and self-reviews point at the imported attempts.
 */
export async function importPreparation(
  db: Db,
  content: Content,
  userId: string,
  body: PreparationImportBody,
  attemptIds: ReadonlyMap<string, string>,
  now: string,
) {
  const result = {
    stories: { created: 0, merged: 0 },
    loops: { created: 0, merged: 0 },
    plan: { preferencesSaved: false, cardsSaved: 0 },
    selfReviews: { saved: 0 },
  };
  const storyIds = new Map<string, string>();
  for (const story of body.stories ?? []) {
    const { id, createdAt, updatedAt, ...fields } = story;
    const report = content.grader.grade({
      answer: storyText(fields).text,
      kind: 'behavioral',
      level: story.level,
      question: null,
    });
    const outcome = await importStory(db, userId, id, {
      ...fields,
      report,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    });
    storyIds.set(id, outcome.id);
    if (outcome.created) result.stories.created++;
    else result.stories.merged++;
  }
  for (const loop of body.loops ?? []) {
    const { id, rounds, ...fields } = loop;
    const created = await importLoop(db, userId, {
      ...fields,
      sourceId: id,
      createdAt: iso(fields.createdAt),
      finishedAt: fields.finishedAt ? iso(fields.finishedAt) : null,
      rounds: rounds.map((r) => ({
        ...r,
        // A round whose attempt or story is not in the file keeps its clock but loses the link.
        attemptId: r.attemptId ? (attemptIds.get(r.attemptId) ?? null) : null,
        storyId: r.storyId ? (storyIds.get(r.storyId) ?? null) : null,
      })),
    });
    if (created) result.loops.created++;
    else result.loops.merged++;
  }
  if (body.plan) {
    result.plan.preferencesSaved = await importPreferences(db, userId, body.plan.preferences);
    for (const card of body.plan.cards) {
      if (await importCard(db, userId, card, now)) result.plan.cardsSaved++;
    }
  }
  const imported = (body.selfReviews ?? []).flatMap((self) => {
    const attemptId = attemptIds.get(self.attemptId);
    return attemptId ? [{ ...self, attemptId, updatedAt: iso(self.updatedAt) }] : [];
  });
  // When each held self-review was written, read once for the whole file.
  const heldAt = new Map(
    (await selfReviews(db, userId, [...new Set(imported.map((s) => s.attemptId))])).map((s) => [
      `${s.attemptId}:${s.revision}`,
      s.updatedAt,
    ]),
  );
  for (const self of imported) {
    const key = `${self.attemptId}:${self.revision}`;
    // The newer self-review wins, so that importing the same file again changes nothing.
    const held = heldAt.get(key);
    if (held !== undefined && held >= self.updatedAt) continue;
    const saved = await saveSelfReview(db, userId, {
      attemptId: self.attemptId,
      revision: self.revision,
      scores: self.scores,
      note: self.note,
      now: self.updatedAt,
    });
    if (saved) {
      heldAt.set(key, self.updatedAt);
      result.selfReviews.saved++;
    }
  }
  return result;
}

const iso = (value: string) => new Date(value).toISOString();
