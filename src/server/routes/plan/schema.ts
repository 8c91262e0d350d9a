// Request and response schemas of the prep plan: the plan day by day, its calendar file, the
// candidate's practice preferences, and the spaced-repetition cards with their reviews.
import { Type } from 'typebox';
import { DIMENSION_IDS, KIND_IDS, LEVEL_IDS } from '../../../engine/index.js';
import { CARD_RATINGS } from '../../../plan/cards.js';
import { errors } from '../../schemas/common.js';

const RecruiterAnswer = Type.Enum(['yes', 'no', 'unknown']);
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const DateTime = Type.String({ format: 'date-time' });

/** What a plan request may give; what it leaves out comes from the profile. */
const PlanQuery = Type.Object(
  {
    level: Type.Optional(Type.Enum(LEVEL_IDS, { description: 'default: your profile' })),
    interviewDate: Type.Optional(Type.String({ format: 'date', description: 'default: your profile' })),
    rounds: Type.Optional(Type.Integer({ minimum: 1, maximum: 8 })),
    technicalRound: Type.Optional(RecruiterAnswer),
    takeHome: Type.Optional(RecruiterAnswer),
    today: Type.Optional(
      Type.String({
        format: 'date',
        description: 'your own date, within a day of the server’s; default: the server’s',
      }),
    ),
  },
  { additionalProperties: false },
);

const StandingSchema = Type.Object({
  dimension: Type.Enum(DIMENSION_IDS),
  label: Type.String(),
  bar: Type.Integer(),
  mean: Type.Union([Type.Number(), Type.Null()], { description: 'of your latest scores; null before any' }),
  answers: Type.Integer(),
  gap: Type.Union([Type.Number(), Type.Null()], { description: 'bar - mean: above 0 is below the bar' }),
});

export const PlanSchema = Type.Object({
  level: Type.Enum(LEVEL_IDS),
  today: Day,
  interviewDate: Day,
  daysLeft: Type.Integer(),
  sessionsPerDay: Type.Integer(),
  restDays: Type.Array(Type.Integer()),
  loop: Type.Array(Type.Object({ kind: Type.Enum(KIND_IDS), name: Type.String() })),
  weights: Type.Array(
    Type.Object({
      kind: Type.Enum(KIND_IDS),
      rounds: Type.Integer(),
      need: Type.Number({ description: '0 (at the bar) to 3: how far below the bar your answers of it are' }),
      share: Type.Number({ description: 'its share of the sessions' }),
    }),
  ),
  standing: Type.Array(StandingSchema),
  days: Type.Array(
    Type.Object({
      date: Day,
      type: Type.Enum(['practice', 'rest', 'mock_loop', 'review', 'interview']),
      sessions: Type.Array(
        Type.Object({
          kind: Type.Enum(KIND_IDS),
          focus: Type.Union([Type.String(), Type.Null()], { description: 'the dimension to work on' }),
          done: Type.Boolean({ description: 'today only: an attempt of this kind was made today' }),
        }),
      ),
      reviews: Type.Integer({ description: 'cards due that day' }),
      note: Type.String(),
    }),
  ),
  cards: Type.Object({
    due: Type.Integer(),
    new: Type.Integer(),
    unseen: Type.Integer(),
    newPerDay: Type.Integer(),
  }),
});

const PreferencesSchema = Type.Object({
  sessionsPerDay: Type.Integer(),
  restDays: Type.Array(Type.Integer(), { description: '0 for Sunday to 6 for Saturday' }),
  updatedAt: Type.Union([DateTime, Type.Null()], { description: 'null until saved: the defaults' }),
});

const CardStateSchema = Type.Object({
  due: DateTime,
  phase: Type.Enum(['new', 'learning', 'review', 'relearning']),
  reps: Type.Integer(),
  lapses: Type.Integer(),
  scheduledDays: Type.Integer(),
  lastReview: Type.Union([DateTime, Type.Null()]),
});

const CardSchema = Type.Object({
  id: Type.String({ description: 'concept:<id> or skill:<signal>' }),
  type: Type.Enum(['concept', 'skill']),
  front: Type.String(),
  back: Type.String(),
  detail: Type.String({ description: 'a concept’s product implication, a skill’s dimension' }),
});

const auth = { security: [{ session: [] }], tags: ['plan'] };

export const planSchema = {
  ...auth,
  summary: 'Your prep plan from today to the interview date, re-planned as attempts come in',
  querystring: PlanQuery,
  response: { 200: PlanSchema, ...errors(400, 401) },
};

export const calendarSchema = {
  ...auth,
  summary: 'Your prep plan as an iCalendar (.ics) file',
  querystring: PlanQuery,
  produces: ['text/calendar'],
  response: {
    // The body is a file, sent as it is, never serialized as JSON.
    200: Type.Unsafe<string>({ type: 'string', description: 'an iCalendar file' }),
    ...errors(400, 401),
  },
};

export const getPreferencesSchema = {
  ...auth,
  summary: 'How many sessions a day you practise, and on which weekdays you rest',
  response: { 200: PreferencesSchema, ...errors(401) },
};

export const savePreferencesSchema = {
  ...auth,
  summary: 'Save how many sessions a day you practise and your rest days',
  body: Type.Object(
    {
      sessionsPerDay: Type.Integer({ minimum: 1, maximum: 6 }),
      restDays: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), { maxItems: 6, uniqueItems: true }),
    },
    { additionalProperties: false },
  ),
  response: { 200: PreferencesSchema, ...errors(400, 401, 403, 413, 415) },
};

export const cardsSchema = {
  ...auth,
  summary: 'The cards to review now: due ones, then today’s new ones (concepts and your weak skills)',
  querystring: PlanQuery,
  response: {
    200: Type.Object({
      interviewDate: Type.Union([Day, Type.Null()]),
      due: Type.Array(Type.Object({ ...CardSchema.properties, state: CardStateSchema })),
      new: Type.Array(CardSchema),
      counts: Type.Object({
        due: Type.Integer(),
        new: Type.Integer(),
        unseen: Type.Integer(),
        deck: Type.Integer(),
      }),
      newPerDay: Type.Integer(),
    }),
    ...errors(400, 401),
  },
};

export const reviewCardSchema = {
  ...auth,
  summary: 'Record how well you recalled a card: its next review is scheduled back from the interview date',
  params: Type.Object({
    cardId: Type.String({ maxLength: 120, pattern: '^(concept|skill):[a-z0-9_-]+$' }),
  }),
  body: Type.Object(
    {
      rating: Type.Enum(CARD_RATINGS),
      interviewDate: Type.Optional(Type.String({ format: 'date', description: 'default: your profile' })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({ cardId: Type.String(), rating: Type.Enum(CARD_RATINGS), state: CardStateSchema }),
    ...errors(400, 401, 403, 404, 413, 415),
  },
};
