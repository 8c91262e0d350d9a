// Spaced review of the plan's cards (/plan/cards): the concept cards of the loop's technical questions and
// the skills the candidate's answers keep missing, due ones first, then today's new ones; each rating is
// scheduled by the API (FSRS) back from the interview date.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { type CardRating, planApi, type ReviewCard } from '../../api/client.js';
import { EmptyState, ErrorAlert, Loading, PageHeader } from '../../components/ui.js';
import { localDay } from '../plan/plan-day.js';
import { CardSession } from './card-session.js';
import './cards.css';

export default function CardsScene() {
  const client = useQueryClient();
  const today = localDay();
  const queue = useQuery({
    queryKey: ['plan', 'cards', today],
    queryFn: () => planApi.cards(today),
    // The session works from the queue it started with; a refetch midway must not reshuffle it.
    staleTime: Infinity,
  });
  const [session, setSession] = useState<ReviewCard[] | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  if (queue.isPending) return <Loading label="Loading your cards" />;
  const cards = session ?? (queue.data ? [...queue.data.due, ...queue.data.new] : []);
  if (session === null && queue.data) setSession(cards);

  const onRate = async (card: ReviewCard, rating: CardRating) => {
    await planApi.review(card.id, rating);
  };
  const onDone = (reviewed: number) => {
    setDone(reviewed);
    void client.invalidateQueries({ queryKey: ['plan'] });
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <div className="page narrow cards-page">
      <PageHeader
        title="Spaced review"
        lead={
          queue.data
            ? `${queue.data.counts.due} due and ${queue.data.counts.new} new today, of ${queue.data.counts.deck} cards in your deck.`
            : undefined
        }
        actions={
          <Link className="button" to="/plan">
            Back to the plan
          </Link>
        }
      />
      <ErrorAlert error={queue.error} title="Your cards could not be loaded." />
      {done !== null ? (
        <section className="card cards-done" aria-labelledby="done-title">
          <h2 id="done-title" ref={heading} tabIndex={-1}>
            Done for now: {done} card{done === 1 ? '' : 's'} reviewed
          </h2>
          <p>
            Each comes back just before you would forget it, and no later than the day before your interview.
            Now practise today's item of your <Link to="/plan">plan</Link>.
          </p>
        </section>
      ) : cards.length ? (
        <CardSession cards={cards} onRate={onRate} onDone={onDone} />
      ) : queue.data ? (
        <EmptyState title="Nothing to review now">
          <p>
            Every card is scheduled for later. New ones arrive each day until two days before your interview;
            skills join the deck when your answers miss them.
          </p>
          <p>
            <Link to="/plan">Back to your plan</Link>
          </p>
        </EmptyState>
      ) : null}
    </div>
  );
}
