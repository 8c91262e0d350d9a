// Composing a mock onsite loop: the rounds a level faces (content/levels/<level>.yaml, adjusted to what
// the recruiter said) and a bank question for each that the candidate has not seen recently.
import type { LevelGuide } from '../content/levels.schema.js';
import type { Question } from '../content/questions.schema.js';
import type { KindId, LevelId } from '../engine/index.js';
import { addDays } from '../plan/days.js';

/** What the recruiter said about a part of the loop. */
export type RecruiterAnswer = 'yes' | 'no' | 'unknown';

export interface LoopDetails {
  /** How many rounds the recruiter said the loop has; null for the level's usual loop. */
  rounds: number | null;
  technicalRound: RecruiterAnswer;
  takeHome: RecruiterAnswer;
}

export interface PlannedRound {
  kind: KindId;
  /** What companies call the round. */
  name: string;
  /** The signals this round's interviewer listens for. */
  owns: string[];
}

export interface LoopShape {
  level: LevelId;
  /** In the order they run. */
  rounds: PlannedRound[];
  /** Why the loop differs from the level's default, in words for the candidate. */
  notes: string[];
}

/** The kind whose count each recruiter answer settles. */
const ANSWERED: Array<{ kind: KindId; answer: keyof Omit<LoopDetails, 'rounds'>; label: string }> = [
  { kind: 'technical', answer: 'technicalRound', label: 'technical round' },
  { kind: 'take_home', answer: 'takeHome', label: 'take-home' },
];

/** The rounds of a mock loop for the level: its default, with the recruiter's answers and round count applied. */
export function loopShape(guide: LevelGuide, details: LoopDetails): LoopShape {
  const rounds = guide.loop.rounds;
  const counts = rounds.map((r) => r.default);
  const locked = rounds.map(() => false);
  const notes: string[] = [];

  for (const { kind, answer, label } of ANSWERED) {
    const said = details[answer];
    const i = rounds.findIndex((r) => r.kind === kind);
    const round = rounds[i];
    if (said === 'unknown') {
      if (round && round.count.min === 0 && round.count.max > 0) {
        notes.push(
          `${guide.label} loops ${round.default > 0 ? 'usually have' : 'often have no'} ${article(label)}; ask your recruiter, since the loop ${round.default > 0 ? 'includes' : 'leaves out'} one until you know.`,
        );
      }
      continue;
    }
    if (!round) {
      if (said === 'yes')
        notes.push(`The ${guide.label} loop data has no ${label}, so the mock loop has none.`);
      continue;
    }
    locked[i] = true;
    // The recruiter's word beats the usual loop, even below its minimum.
    counts[i] = said === 'yes' ? Math.max(counts[i] ?? 0, 1) : 0;
    if (said === 'no' && round.count.min > 0) {
      notes.push(`No ${label}, as your recruiter said, though ${guide.label} loops usually have one.`);
    }
    if (said === 'yes' && round.default === 0) notes.push(`A ${label}, as your recruiter said.`);
  }

  // The recruiter's round count is the onsite's: a take-home done before it is not one of them.
  const onsite = rounds.map((r) => !r.before_onsite);
  const unconfirmed = new Set(
    ANSWERED.filter(({ answer }) => details[answer] === 'unknown').map(({ kind }) => kind as string),
  );
  const total = () => counts.reduce((sum, n, i) => sum + (onsite[i] ? n : 0), 0);
  const adjustable = (i: number) => !locked[i] && onsite[i] === true;
  if (details.rounds !== null) {
    const wanted = details.rounds;
    // Add from the top of the list (the most essential rounds), a round the recruiter has not
    // confirmed only when no other will do; drop from the bottom.
    while (total() < wanted) {
      const room = (r: (typeof rounds)[number], j: number) => adjustable(j) && (counts[j] ?? 0) < r.count.max;
      let i = rounds.findIndex((r, j) => room(r, j) && !unconfirmed.has(r.kind));
      if (i < 0) i = rounds.findIndex(room);
      if (i < 0) break;
      counts[i] = (counts[i] ?? 0) + 1;
    }
    while (total() > wanted) {
      const i = findLastIndex(rounds, (r, j) => adjustable(j) && (counts[j] ?? 0) > r.count.min);
      if (i < 0) break;
      counts[i] = (counts[i] ?? 0) - 1;
    }
    if (total() !== wanted) {
      notes.push(
        `A ${guide.label} onsite of ${wanted} round${wanted === 1 ? '' : 's'} cannot be built from its usual rounds; this one has ${total()}.`,
      );
    }
  }

  const order = [...rounds.keys()].sort(
    (a, b) => Number(rounds[b]?.before_onsite) - Number(rounds[a]?.before_onsite) || a - b,
  );
  const planned: PlannedRound[] = [];
  for (const i of order) {
    const round = rounds[i];
    if (!round) continue;
    for (let n = 0; n < (counts[i] ?? 0); n++) {
      const repeat = n > 0 ? round.repeat : undefined;
      planned.push({
        kind: round.kind,
        name: repeat?.round ?? round.round,
        owns: [...(repeat?.owns ?? round.owns)],
      });
    }
  }
  return { level: guide.id, rounds: planned, notes };
}

/** When the candidate last met a question: the day of their latest attempt at it or loop round with it. */
export type SeenQuestions = ReadonlyMap<string, string>;

export interface ComposedRound extends PlannedRound {
  /** 1, 2, 3... in the order they run. */
  position: number;
  questionId: string;
  question: string;
  /** The round's time: the question's time limit. */
  limitSec: number;
  /** The day the candidate last met this question (or a variant of it); null when never. */
  seenOn: string | null;
}

export interface ComposeOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** A question met within this many days counts as seen recently. */
  recentDays: number;
  /** A number in [0, 1). */
  random: () => number;
}

export class LoopCompositionError extends Error {
  readonly code = 'no_question_for_round';
  constructor(message: string) {
    super(message);
    this.name = 'LoopCompositionError';
  }
}

/**
 * A question for each round: one never met if there is one, else the one met longest ago, never the
 * same question (or a variant of it) twice in one loop, and for behavioral rounds a competency the
 * loop has not asked about yet where the bank allows.
 */
export function pickQuestions(
  shape: LoopShape,
  bank: readonly Question[],
  seen: SeenQuestions,
  options: ComposeOptions,
): { rounds: ComposedRound[]; notes: string[] } {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const lastSeen = (q: Question): string | null => {
    const days = [q.id, ...q.variants].flatMap((id) => seen.get(id) ?? []);
    return days.length ? (days.sort().at(-1) ?? null) : null;
  };
  const recentSince = addDays(options.today, -options.recentDays);
  const used = new Set<string>();
  const askedCompetencies = new Set<string>();
  const notes: string[] = [];

  const rounds = shape.rounds.map((round, i): ComposedRound => {
    const candidates = bank.filter(
      (q) => q.kind === round.kind && q.levels.includes(shape.level) && !used.has(q.id),
    );
    if (candidates.length === 0) {
      throw new LoopCompositionError(
        `The bank has no ${round.kind} question for ${shape.level} left for round ${i + 1}.`,
      );
    }
    // Lower is better: never met, then met before the recent window, then met recently; fewer
    // competencies already asked; then met longer ago.
    const rank = (q: Question) => {
      const on = lastSeen(q);
      const tier = on === null ? 0 : on < recentSince ? 1 : 2;
      const repeats = q.competencies.filter((c) => askedCompetencies.has(c)).length;
      return { tier, repeats, on: on ?? '' };
    };
    const ranked = candidates.map((q) => ({ q, ...rank(q) }));
    const best = ranked.reduce((a, b) =>
      b.tier < a.tier ||
      (b.tier === a.tier && (b.repeats < a.repeats || (b.repeats === a.repeats && b.on < a.on)))
        ? b
        : a,
    );
    const ties = ranked.filter((r) => r.tier === best.tier && r.repeats === best.repeats && r.on === best.on);
    const chosen = ties[Math.min(ties.length - 1, Math.floor(options.random() * ties.length))]?.q ?? best.q;
    if (best.tier === 2) {
      notes.push(
        `Round ${i + 1}: every ${round.kind} question for ${shape.level} was met recently; this one longest ago.`,
      );
    }
    used.add(chosen.id);
    for (const v of chosen.variants) if (byId.has(v)) used.add(v);
    for (const c of chosen.competencies) askedCompetencies.add(c);
    return {
      ...round,
      position: i + 1,
      questionId: chosen.id,
      question: chosen.prompt,
      limitSec: chosen.time_limit_min * 60,
      seenOn: lastSeen(chosen),
    };
  });
  return { rounds, notes };
}

/** The loop a candidate runs: its rounds with their questions and every note on how it was built. */
export function composeLoop(
  guide: LevelGuide,
  details: LoopDetails,
  bank: readonly Question[],
  seen: SeenQuestions,
  options: ComposeOptions,
): { level: LevelId; rounds: ComposedRound[]; notes: string[] } {
  const shape = loopShape(guide, details);
  const picked = pickQuestions(shape, bank, seen, options);
  return { level: guide.id, rounds: picked.rounds, notes: [...shape.notes, ...picked.notes] };
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T, i)) return i;
  return -1;
}
