// Everything a plan is computed from, gathered for one request: the target and the loop, the
// candidate's standing against the bar, the deck of cards (concepts for the loop's kinds and the
// skills their answers miss) with its states, their preferences and what they did today.
import { levelGuide } from '../../../content/bank.js';
import { signalCatalog } from '../../../content/loop-signals.js';
import type { KindId } from '../../../engine/index.js';
import { loopShape } from '../../../loops/compose.js';
import { type CardState, conceptDeck, type DeckCard, skillCard } from '../../../plan/cards.js';
import { addDays, dayOf, daysBetween } from '../../../plan/days.js';
import { dimensionStandings, kindFocus, kindNeed, weakSkills } from '../../../plan/standing.js';
import type { Db } from '../../../store/database.js';
import { cardStates, getPreferences, gradedAnswers } from '../../../store/plan.repository.js';
import type { Content } from '../../content.js';
import { ApiError } from '../../errors.js';
import { resolveTarget, type TargetOverrides } from './target.js';

/** The furthest interview date a plan is made for. */
export const MAX_PLAN_DAYS = 365;

/** The candidate's own today (their time zone), if they give it: at most a day from the server's. */
export function todayOf(requested: string | undefined, now: Date): string {
  const server = dayOf(now);
  if (requested === undefined) return server;
  if (Math.abs(daysBetween(server, requested)) > 1) {
    throw new ApiError(
      400,
      'today_out_of_range',
      `today must be within a day of ${server}, the server's date.`,
    );
  }
  return requested;
}

export async function planContext(
  db: Db,
  content: Content,
  userId: string,
  overrides: TargetOverrides,
  today: string,
) {
  const { rubric } = content.grader;
  const target = await resolveTarget(db, userId, overrides);
  const shape = loopShape(levelGuide(content.bank, target.level), target.details);
  const loopKinds = [...new Set(shape.rounds.map((r) => r.kind))];
  const [answers, states, preferences] = await Promise.all([
    gradedAnswers(db, userId),
    cardStates(db, userId),
    getPreferences(db, userId),
  ]);
  const standings = dimensionStandings(answers, rubric, target.level);
  const need: Partial<Record<KindId, number>> = {};
  const focus: Partial<Record<KindId, string>> = {};
  for (const kind of loopKinds) {
    need[kind] = kindNeed(kind, standings, rubric);
    const weakest = kindFocus(kind, standings, rubric);
    if (weakest) focus[kind] = weakest.label;
  }
  const deck = cardDeck(content, target.level, loopKinds, answers, standings, states);
  return { target, shape, loopKinds, answers, standings, need, focus, deck, states, preferences, today };
}

function cardDeck(
  content: Content,
  level: string,
  loopKinds: KindId[],
  answers: Awaited<ReturnType<typeof gradedAnswers>>,
  standings: ReturnType<typeof dimensionStandings>,
  states: ReadonlyMap<string, CardState>,
): DeckCard[] {
  const { rubric } = content.grader;
  const catalog = signalCatalog();
  const skills = weakSkills(answers, standings, rubric, loopKinds).map((s) => s.signal);
  // A skill once started stays in the deck, so its reviews go on after the answers improve.
  for (const id of states.keys()) {
    if (id.startsWith('skill:') && !skills.includes(id.slice(6))) skills.push(id.slice(6));
  }
  const skillCards = skills.flatMap((signal) => {
    const words = catalog.get(signal);
    if (!words?.missing) return [];
    const dimension = rubric.dimensions[words.dimension as keyof typeof rubric.dimensions];
    return [skillCard(signal, words.message, words.missing, dimension?.label ?? words.dimension)];
  });
  return [
    ...skillCards,
    ...conceptDeck(content.bank.concepts, level, conceptKinds(content.bank), new Set(loopKinds)),
  ];
}

const kindsByConcept = new WeakMap<Content['bank'], Map<string, Set<string>>>();

/** The kinds of the bank questions that name each concept: derived once per bank, not per request. */
function conceptKinds(bank: Content['bank']): ReadonlyMap<string, ReadonlySet<string>> {
  let kinds = kindsByConcept.get(bank);
  if (!kinds) {
    kinds = new Map();
    for (const q of bank.questions) {
      for (const c of q.concepts) kinds.set(c, (kinds.get(c) ?? new Set<string>()).add(q.kind));
    }
    kindsByConcept.set(bank, kinds);
  }
  return kinds;
}

/** The interview date a plan needs: given, not past, not beyond MAX_PLAN_DAYS. */
export function requireInterviewDate(date: string | null, today: string): string {
  if (date === null) {
    throw new ApiError(
      400,
      'interview_date_required',
      'A plan runs to the interview date: pass interviewDate, or set it in your profile (PUT /api/me/profile).',
    );
  }
  if (date < today) {
    throw new ApiError(
      400,
      'interview_date_past',
      `The interview date ${date} has passed: set the next one.`,
    );
  }
  if (date > addDays(today, MAX_PLAN_DAYS)) {
    throw new ApiError(
      400,
      'interview_date_too_far',
      `A plan covers at most ${MAX_PLAN_DAYS} days: ${date} is further than that.`,
    );
  }
  return date;
}

/** A card id of the deck, or of a concept or skill that exists: what a review may name. */
export function knownCard(content: Content, id: string): boolean {
  const [type, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  if (type === 'concept') return content.bank.concepts.some((c) => c.id === key);
  if (type === 'skill') return Boolean(signalCatalog().get(key)?.missing);
  return false;
}
