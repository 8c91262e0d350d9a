// Today's item of the prep plan, in a line with the way to it: shown on Home when there is a plan (an
// interview date still ahead).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { planApi } from '../api/client.js';
import { kindLabel, useKinds } from '../api/queries.js';
import { localDay, todayLine } from '../scenes/plan/plan-day.js';
import { useProfile } from '../session.js';
import './today-plan.css';

export function TodayPlan() {
  const profile = useProfile();
  const kinds = useKinds();
  const today = localDay();
  const date = profile.data?.interviewDate ?? null;
  const plan = useQuery({
    queryKey: ['plan', today],
    queryFn: () => planApi.get(today),
    enabled: date !== null && date >= today,
  });
  // Home says itself when there is no date; a plan that failed to load is the plan page's to explain.
  if (!plan.data) return null;
  return (
    <p className="today-plan">
      <span className="today-plan-label">Your plan</span>
      <span>{todayLine(plan.data, (kind) => kindLabel(kinds.data, kind))}</span>
      <Link to="/plan">Open today's plan</Link>
    </p>
  );
}
