import { describe, expect, it } from 'vitest';
import {
  type CardState,
  cardQueue,
  type DeckCard,
  newCardsPerDay,
  reviewCard,
  reviewForecast,
} from './cards.js';
import { addDays, dayOf } from './days.js';

const deck: DeckCard[] = Array.from({ length: 20 }, (_, i) => ({
  id: `concept:c${i}`,
  type: 'concept',
  front: `Front ${i}`,
  back: `Back ${i}`,
  detail: 'Why it matters',
}));

describe('spaced repetition scheduled back from the interview date', () => {
  it('never schedules a review after the day before the interview', () => {
    let now = new Date('2026-12-01T09:00:00Z');
    const interview = '2026-12-20';
    let state: CardState | null = null;
    let reviews = 0;
    // Reviewing on the eve of the interview can only set the next review after it.
    while (dayOf(now) < addDays(interview, -1)) {
      state = reviewCard(state, 'easy', now, interview);
      reviews++;
      expect(dayOf(state.due) <= addDays(interview, -1)).toBe(true);
      now = new Date(state.due);
    }
    expect(reviews).toBeGreaterThanOrEqual(2);
    expect(state?.reps).toBe(reviews);
    expect(state?.phase).toBe('review');
    expect(state?.introducedOn).toBe('2026-12-01');
  });

  it('brings a forgotten card back sooner than a known one', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const learnt = reviewCard(
      reviewCard(null, 'good', now, '2027-03-01'),
      'good',
      new Date('2026-12-02T09:00:00Z'),
      '2027-03-01',
    );
    const later = new Date(learnt.due);
    const again = reviewCard(learnt, 'again', later, '2027-03-01');
    const good = reviewCard(learnt, 'good', later, '2027-03-01');
    expect(Date.parse(again.due)).toBeLessThan(Date.parse(good.due));
    expect(again.lapses).toBe(1);
  });

  it('paces new cards so every one is introduced a couple of days before the interview', () => {
    expect(newCardsPerDay(20, '2026-12-01', '2026-12-12')).toBe(3);
    expect(newCardsPerDay(20, '2026-12-01', '2026-12-02')).toBe(15);
    const now = new Date('2026-12-01T09:00:00Z');
    const queue = cardQueue(deck, new Map(), now, '2026-12-12');
    expect(queue.new.map((c) => c.id)).toEqual(['concept:c0', 'concept:c1', 'concept:c2']);
    // Cards introduced today count against today's quota.
    const seen = new Map([['concept:c0', reviewCard(null, 'good', now, '2026-12-12')]]);
    const next = cardQueue(deck, seen, now, '2026-12-12');
    expect(next.new.map((c) => c.id)).toEqual(['concept:c1', 'concept:c2']);
    expect(next.due).toEqual([]);
    expect(
      cardQueue(deck, seen, new Date('2026-12-03T09:00:00Z'), '2026-12-12').due.map((c) => c.id),
    ).toEqual(['concept:c0']);
    // On interview day nothing new is introduced.
    expect(cardQueue(deck, new Map(), new Date('2026-12-12T08:00:00Z'), '2026-12-12').new).toEqual([]);
  });

  it('forecasts the cards due each day, new ones included, none on the interview day', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const states = new Map([['concept:c0', reviewCard(null, 'good', now, '2026-12-12')]]);
    const forecast = reviewForecast(deck, states, '2026-12-01', '2026-12-12');
    const total = [...forecast.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(20);
    expect(forecast.get('2026-12-12')).toBeUndefined();
    expect([...forecast.keys()].every((d) => d >= '2026-12-01' && d <= '2026-12-11')).toBe(true);
  });
});
