// Spaced repetition (FSRS, through ts-fsrs) of concept cards and weak rubric skills, scheduled back
// from the interview date: no review is set after the day before the interview, and new cards are
// introduced at a pace that leaves every one of them reviews before it.
import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import type { ConceptCard } from '../content/questions.schema.js';
import { addDays, dayOf, daysBetween } from './days.js';

export type CardType = 'concept' | 'skill';

export interface DeckCard {
  /** "concept:<card id>" or "skill:<signal id>". */
  id: string;
  type: CardType;
  front: string;
  back: string;
  /** A concept's product implication, or a skill's dimension. */
  detail: string;
}

export const CARD_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type CardRating = (typeof CARD_RATINGS)[number];

const RATING: Record<CardRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof STATES)[number];

/** A card's FSRS memory state, as stored: plain JSON, instants as ISO strings. */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  lastReview: string | null;
  /** The day it was first reviewed: new cards per day are paced by it. */
  introducedOn: string;
}

/** Reviews stop the day before the interview; the last few days only consolidate. */
export const INTRODUCE_UNTIL_DAYS_BEFORE = 2;
export const MAX_NEW_PER_DAY = 15;

/**
 * The card's state after a review at `now`, with no interval reaching past the day before the
 * interview; without an interview date, FSRS's own intervals.
 */
export function reviewCard(
  state: CardState | null,
  rating: CardRating,
  now: Date,
  interviewDate: string | null,
): CardState {
  const today = dayOf(now);
  const card = state ? toCard(state) : createEmptyCard(now);
  if (interviewDate === null) {
    return fromCard(
      fsrs({ enable_fuzz: false }).next(card, now, RATING[rating]).card,
      state?.introducedOn ?? today,
    );
  }
  const daysLeft = daysBetween(today, interviewDate);
  // Reviews are scheduled back from the interview: the longest interval ends the day before it.
  const scheduler = fsrs({ enable_fuzz: false, maximum_interval: Math.max(1, daysLeft - 1) });
  const next = scheduler.next(card, now, RATING[rating]).card;
  // FSRS may still set an easy review a day or two past its maximum interval: pull it back to the
  // eve of the interview, at the time of day the candidate reviews.
  const eve = addDays(interviewDate, -1);
  if (today < eve && dayOf(next.due) > eve) {
    next.due = new Date(Date.parse(`${eve}T00:00:00Z`) + (now.getTime() % 86_400_000));
    next.scheduled_days = daysBetween(today, eve);
  }
  return fromCard(next, state?.introducedOn ?? today);
}

export interface Queue {
  /** Cards whose review is due now, most overdue first. */
  due: Array<DeckCard & { state: CardState }>;
  /** Cards to see for the first time today, in deck order. */
  new: DeckCard[];
  /** Cards never seen, today's included. */
  unseen: number;
  /** New cards per day from now to the last day of introductions. */
  newPerDay: number;
}

/** New cards a day without an interview date. */
export const NEW_PER_DAY_WITHOUT_DATE = 10;

/** New cards per day so that every unseen card is introduced a few days before the interview. */
export function newCardsPerDay(unseen: number, today: string, interviewDate: string | null): number {
  if (interviewDate === null) return Math.min(unseen, NEW_PER_DAY_WITHOUT_DATE);
  const days = Math.max(1, daysBetween(today, interviewDate) - INTRODUCE_UNTIL_DAYS_BEFORE);
  return Math.min(MAX_NEW_PER_DAY, Math.ceil(unseen / days));
}

export function cardQueue(
  deck: readonly DeckCard[],
  states: ReadonlyMap<string, CardState>,
  now: Date,
  interviewDate: string | null,
): Queue {
  const today = dayOf(now);
  const due = deck
    .flatMap((card) => {
      const state = states.get(card.id);
      return state && Date.parse(state.due) <= now.getTime() ? [{ ...card, state }] : [];
    })
    .sort((a, b) => a.state.due.localeCompare(b.state.due) || a.id.localeCompare(b.id));
  const unseen = deck.filter((card) => !states.has(card.id));
  const introducedToday = [...states.values()].filter((s) => s.introducedOn === today).length;
  const perDay = newCardsPerDay(unseen.length + introducedToday, today, interviewDate);
  const interviewDay = interviewDate !== null && daysBetween(today, interviewDate) < 1;
  const quota = interviewDay ? 0 : Math.max(0, perDay - introducedToday);
  return { due, new: unseen.slice(0, quota), unseen: unseen.length, newPerDay: perDay };
}

/** Cards due on each day from today to the day before the interview: the reviews a plan shows. */
export function reviewForecast(
  deck: readonly DeckCard[],
  states: ReadonlyMap<string, CardState>,
  today: string,
  interviewDate: string,
): Map<string, number> {
  const out = new Map<string, number>();
  const last = addDays(interviewDate, -1);
  const add = (day: string, n: number) => out.set(day, (out.get(day) ?? 0) + n);
  for (const card of deck) {
    const state = states.get(card.id);
    if (!state) continue;
    const day = dayOf(state.due);
    if (day <= last) add(day < today ? today : day, 1);
  }
  let unseen = deck.filter((c) => !states.has(c.id)).length;
  const perDay = newCardsPerDay(unseen, today, interviewDate);
  for (let day = today; day <= last && unseen > 0; day = addDays(day, 1)) {
    const n = Math.min(perDay, unseen);
    add(day, n);
    unseen -= n;
  }
  return out;
}

/**
 * The concept cards worth reviewing: those suiting the level that a question of one of the loop's
 * kinds lists, or that no question lists (general knowledge), in the bank's order.
 */
export function conceptDeck(
  concepts: readonly ConceptCard[],
  level: string,
  referencedBy: ReadonlyMap<string, ReadonlySet<string>>,
  loopKinds: ReadonlySet<string>,
): DeckCard[] {
  return concepts
    .filter((c) => (c.levels as readonly string[]).includes(level))
    .filter((c) => {
      const kinds = referencedBy.get(c.id);
      return !kinds || [...kinds].some((k) => loopKinds.has(k));
    })
    .map((c) => ({
      id: `concept:${c.id}`,
      type: 'concept' as const,
      front: c.front,
      back: c.back,
      detail: c.product_implication,
    }));
}

/** A weak skill as a card: the signal as the front ("Sets a guardrail metric."), what to do as the back. */
export function skillCard(
  signal: string,
  message: string,
  missing: string,
  dimensionLabel: string,
): DeckCard {
  return { id: `skill:${signal}`, type: 'skill', front: message, back: missing, detail: dimensionLabel };
}

function toCard(state: CardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_OF[state.phase],
    ...(state.lastReview ? { last_review: new Date(state.lastReview) } : {}),
  };
}

const STATE_OF: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

function fromCard(card: Card, introducedOn: string): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: STATES[card.state] ?? 'review',
    lastReview: card.last_review ? card.last_review.toISOString() : null,
    introducedOn,
  };
}
