// The prep plan: from today to the interview date, what to practise each day (recomputed on every
// read, so attempts re-plan it and a missed day is absorbed), its calendar file, the candidate's
// practice preferences, and spaced repetition of concept cards and weak skills.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type CardState, cardQueue, reviewCard, reviewForecast } from '../../../plan/cards.js';
import { planCalendar } from '../../../plan/ics.js';
import { planDays } from '../../../plan/schedule.js';
import {
  cardStates,
  getPreferences,
  kindsPractisedOn,
  recordReview,
  savePreferences,
} from '../../../store/plan.repository.js';
import { getProfile } from '../../../store/profiles.repository.js';
import { ApiError } from '../../errors.js';
import { currentUser, requireUser } from '../../session.js';
import { knownCard, planContext, requireInterviewDate, todayOf } from './context.js';
import {
  calendarSchema,
  cardsSchema,
  getPreferencesSchema,
  planSchema,
  reviewCardSchema,
  savePreferencesSchema,
} from './schema.js';

const stateView = (state: CardState) => ({
  due: state.due,
  phase: state.phase,
  reps: state.reps,
  lapses: state.lapses,
  scheduledDays: state.scheduledDays,
  lastReview: state.lastReview,
});

const plan: FastifyPluginAsyncTypebox = async (app) => {
  const { db, content } = app;
  const { rubric } = content.grader;
  app.addHook('preHandler', requireUser);

  const buildPlan = async (userId: string, query: Parameters<typeof planContext>[3] & { today?: string }) => {
    const now = new Date();
    const today = todayOf(query.today, now);
    const context = await planContext(db, content, userId, query, today);
    const interviewDate = requireInterviewDate(context.target.interviewDate, today);
    const doneToday = await kindsPractisedOn(db, userId, today);
    const days = planDays({
      today,
      interviewDate,
      loop: context.shape.rounds.map((r) => r.kind),
      need: context.need,
      focus: context.focus,
      sessionsPerDay: context.preferences.sessionsPerDay,
      restDays: context.preferences.restDays,
      doneToday,
      reviews: reviewForecast(context.deck, context.states, today, interviewDate),
    });
    const queue = cardQueue(context.deck, context.states, now, interviewDate);
    return {
      ...days,
      level: context.target.level,
      restDays: context.preferences.restDays,
      loop: context.shape.rounds.map((r) => ({ kind: r.kind, name: r.name })),
      standing: context.standings,
      cards: {
        due: queue.due.length,
        new: queue.new.length,
        unseen: queue.unseen,
        newPerDay: queue.newPerDay,
      },
    };
  };

  app.get('/plan', { schema: planSchema }, async (request) =>
    buildPlan(currentUser(request).id, request.query),
  );

  app.get('/plan.ics', { schema: calendarSchema }, async (request, reply) => {
    const user = currentUser(request);
    const built = await buildPlan(user.id, request.query);
    const kindLabel = (kind: string) => rubric.kinds.find((k) => k.id === kind)?.label ?? kind;
    const ics = planCalendar(built, {
      // Stable per candidate, so that importing the file again updates the events instead of doubling them.
      uidPrefix: createHash('sha256').update(user.id).digest('hex').slice(0, 16),
      now: new Date(),
      kindLabel,
      levelLabel: rubric.levels.find((l) => l.id === built.level)?.label ?? built.level,
    });
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="ladder-plan-${built.interviewDate}.ics"`)
      .send(ics);
  });

  app.get('/plan/preferences', { schema: getPreferencesSchema }, async (request) =>
    getPreferences(db, currentUser(request).id),
  );

  app.put('/plan/preferences', { schema: savePreferencesSchema }, async (request) =>
    savePreferences(db, currentUser(request).id, request.body, new Date().toISOString()),
  );

  app.get('/plan/cards', { schema: cardsSchema }, async (request) => {
    const userId = currentUser(request).id;
    const now = new Date();
    const today = todayOf(request.query.today, now);
    const context = await planContext(db, content, userId, request.query, today);
    const interviewDate = context.target.interviewDate;
    const queue = cardQueue(context.deck, context.states, now, interviewDate);
    return {
      interviewDate,
      due: queue.due.map(({ state, ...card }) => ({ ...card, state: stateView(state) })),
      new: queue.new,
      counts: {
        due: queue.due.length,
        new: queue.new.length,
        unseen: queue.unseen,
        deck: context.deck.length,
      },
      newPerDay: queue.newPerDay,
    };
  });

  app.post('/plan/cards/:cardId/reviews', { schema: reviewCardSchema }, async (request) => {
    const userId = currentUser(request).id;
    const { cardId } = request.params;
    if (!knownCard(content, cardId)) {
      throw new ApiError(
        404,
        'card_not_found',
        `There is no card ${cardId}: review the cards of GET /api/plan/cards.`,
      );
    }
    const { rating } = request.body;
    const interviewDate = request.body.interviewDate ?? (await getProfile(db, userId))?.interviewDate ?? null;
    const now = new Date();
    // A past interview date no longer bounds the intervals.
    const bound = interviewDate !== null && interviewDate > todayOf(undefined, now) ? interviewDate : null;
    const previous = (await cardStates(db, userId)).get(cardId) ?? null;
    const state = reviewCard(previous, rating, now, bound);
    await recordReview(db, userId, cardId, rating, state, now.toISOString());
    return { cardId, rating, state: stateView(state) };
  });
};

export default plan;
