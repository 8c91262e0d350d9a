// A spaced-review session: one card at a time, its front first; Space or Enter (or the button) reveals
// the back; then Again, Hard, Good or Easy (keys 1 to 4, or the buttons) records how well it was recalled
// and brings the next. A rating that fails to save keeps the card on screen with the reason.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardRating, ReviewCard } from '../../api/client.js';
import { messageOf } from '../../components/ui.js';

export const RATINGS: { rating: CardRating; key: string; label: string; hint: string }[] = [
  { rating: 'again', key: '1', label: 'Again', hint: 'forgot it: see it again soon' },
  { rating: 'hard', key: '2', label: 'Hard', hint: 'recalled with effort' },
  { rating: 'good', key: '3', label: 'Good', hint: 'recalled it' },
  { rating: 'easy', key: '4', label: 'Easy', hint: 'knew it at once' },
];

export type CardKeyAction = { type: 'reveal' } | { type: 'rate'; rating: CardRating } | null;

/**
 * What a key press does in a session: Space or Enter reveals the back; once it shows, 1 to 4 rate the
 * card. Keys with a modifier, and keys typed into a form field or on a focused button or link (whose own
 * Space and Enter must keep working), do nothing here.
 */
export function cardKeyAction(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null },
  revealed: boolean,
): CardKeyAction {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable) return null;
  const control = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
  if (!revealed) return (event.key === ' ' || event.key === 'Enter') && !control ? { type: 'reveal' } : null;
  const rated = RATINGS.find((r) => r.key === event.key);
  return rated ? { type: 'rate', rating: rated.rating } : null;
}

export function CardSession({
  cards,
  onRate,
  onDone,
}: {
  cards: readonly ReviewCard[];
  /** Saves the rating; rejects with an error to show when it could not be saved. */
  onRate: (card: ReviewCard, rating: CardRating) => Promise<void>;
  onDone: (reviewed: number) => void;
}) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const frontRef = useRef<HTMLHeadingElement>(null);
  const card = cards[index];

  const reveal = useCallback(() => setRevealed(true), []);
  const rate = useCallback(
    async (rating: CardRating) => {
      if (!card || busy) return;
      setBusy(true);
      setError(null);
      try {
        await onRate(card, rating);
        setRevealed(false);
        if (index + 1 >= cards.length) onDone(index + 1);
        else setIndex(index + 1);
      } catch (failure) {
        setError(failure);
      } finally {
        setBusy(false);
      }
    },
    [card, busy, onRate, index, cards.length, onDone],
  );

  // The answer, once shown, is where a screen reader goes next; a new card starts at its front.
  useEffect(() => {
    if (revealed) backRef.current?.focus({ preventScroll: true });
  }, [revealed]);
  useEffect(() => {
    if (index > 0) frontRef.current?.focus({ preventScroll: true });
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = cardKeyAction(event, revealed);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'reveal') reveal();
      else void rate(action.rating);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [revealed, reveal, rate]);

  if (!card) return null;
  return (
    <section className="card review-card" aria-labelledby="card-front">
      <div className="review-card-meta">
        <span className={`badge card-type card-type-${card.type}`}>
          {card.type === 'concept' ? 'Concept' : 'Skill'}
        </span>
        <span className="muted">
          Card {index + 1} of {cards.length}
        </span>
      </div>
      <h2 id="card-front" ref={frontRef} tabIndex={-1} className="card-front">
        {card.front}
      </h2>
      {revealed ? (
        <div ref={backRef} tabIndex={-1} className="card-back" aria-live="polite">
          <p>{card.back}</p>
          {card.detail ? (
            <p className="muted card-detail">
              {card.type === 'concept' ? 'For the product: ' : 'Dimension: '}
              {card.detail}
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          The rating was not saved: {messageOf(error)} Rate the card again.
        </p>
      ) : null}
      {revealed ? (
        <fieldset className="ratings" disabled={busy}>
          <legend>How well did you recall it?</legend>
          <div className="rating-buttons">
            {RATINGS.map((r) => (
              <button
                key={r.rating}
                type="button"
                className={`button rating rating-${r.rating}`}
                onClick={() => void rate(r.rating)}
                aria-keyshortcuts={r.key}
              >
                <span className="rating-label">
                  <kbd>{r.key}</kbd> {r.label}
                </span>
                <span className="rating-hint">{r.hint}</span>
              </button>
            ))}
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          className="button primary reveal"
          onClick={reveal}
          aria-keyshortcuts="Space Enter"
        >
          Show the answer
        </button>
      )}
      <p className="muted review-keys">
        Keys: <kbd>Space</kbd> shows the answer, then <kbd>1</kbd>–<kbd>4</kbd> rate it.
      </p>
    </section>
  );
}
